import ExcelJS from 'exceljs';
import {
  currencyCodes,
  ocopGroups,
  ocopStars,
  productCategories,
  provinces,
  units,
} from '@ketnoi/shared/reference';
import { storageModes } from '@ketnoi/shared';
import { toCsv } from './csv.ts';
import { headerLabel, importColumns } from './imports.columns.ts';
import { sheetLimits } from './spreadsheet-reader.ts';

/** Sheet names may not contain `/`, so the bilingual names use a dash. */
export const templateSheets = {
  products: 'Sản phẩm - Products',
  guide: 'Hướng dẫn - Guide',
} as const;

const storageNames: Record<(typeof storageModes)[number], { vi: string; en: string }> = {
  ambient: { vi: 'Nhiệt độ thường', en: 'Room temperature' },
  chilled: { vi: 'Bảo quản mát', en: 'Chilled' },
  frozen: { vi: 'Đông lạnh', en: 'Frozen' },
};

/** The CSV template: the header row only, with a BOM so Excel opens it as UTF-8. */
export function productTemplateCsv(): string {
  return toCsv([importColumns.map(headerLabel)]);
}

/**
 * The XLSX template. Sheet 1 holds the header row (one bilingual cell per column, `*` on the
 * required ones, a note with how to fill it); sheet 2 is the guide: the rules and every code
 * the coded columns accept. Coded columns get a drop-down from the guide's lists; names are
 * accepted too, so the drop-down only warns.
 */
export async function productTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KếtNối';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(templateSheets.products, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const guide = workbook.addWorksheet(templateSheets.guide);

  sheet.columns = importColumns.map((column) => ({
    header: headerLabel(column),
    key: column.field,
    width: column.kind === 'longText' ? 40 : column.kind === 'text' ? 28 : 18,
    // Text columns stay text when typed into (an HS code keeps its leading zero).
    style: column.kind === 'text' || column.kind === 'longText' ? { numFmt: '@' } : {},
  }));
  const headerRow = sheet.getRow(1);
  headerRow.height = 45;
  importColumns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.font = {
      bold: true,
      color: column.required ? { argb: 'FF9C0006' } : { argb: 'FF000000' },
    };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: column.required ? 'FFFFE4E1' : 'FFEFEFEF' },
    };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.note = `${column.hint.vi}\n${column.hint.en}`;
  });

  // ---- the guide
  guide.columns = [
    { width: 26 },
    { width: 34 },
    { width: 34 },
    { width: 48 },
    { width: 48 },
    { width: 22 },
  ];
  const title = (text: string) => {
    const row = guide.addRow([text]);
    row.font = { bold: true, size: 13 };
  };
  const tableHeader = (cells: string[]) => {
    const row = guide.addRow(cells);
    row.font = { bold: true };
  };
  title('Hướng dẫn nhập sản phẩm / Product import guide');
  for (const [vi, en] of [
    [
      `Mỗi dòng ở trang "${templateSheets.products}" là một sản phẩm, từ dòng 2; giữ nguyên dòng tiêu đề.`,
      `One product per row on the "${templateSheets.products}" sheet, from row 2; keep the header row.`,
    ],
    [
      'Cột có dấu * là bắt buộc. Cột lạ bị bỏ qua.',
      'Columns marked * are required. Unknown columns are ignored.',
    ],
    [
      `Tối đa ${sheetLimits.maxRows.toLocaleString('vi-VN')} dòng, tệp tối đa 10 MB, định dạng .xlsx hoặc .csv (UTF-8).`,
      `Up to ${sheetLimits.maxRows.toLocaleString('en-US')} rows, files up to 10 MB, .xlsx or .csv (UTF-8).`,
    ],
    [
      'Sản phẩm được tạo ở trạng thái nháp; kiểm tra rồi gửi duyệt.',
      'Products are created as drafts; check them, then submit them for review.',
    ],
    [
      'Dòng lỗi không được tạo; tải báo cáo lỗi, sửa và tải lên lại các dòng đó.',
      'Rows with errors are not created; download the error report, fix them and upload those rows again.',
    ],
    [
      'Tải lên lại đúng tệp cũ không tạo sản phẩm trùng.',
      'Uploading the very same file again creates no duplicates.',
    ],
    [
      'Ô có công thức: chỉ lấy giá trị Excel đã tính và lưu.',
      'Formula cells: only the value Excel computed and saved is used.',
    ],
    [
      'Số gõ dạng chữ: dấu chấm hoặc phẩy trước đúng 3 chữ số là phân cách hàng nghìn ("150.000" = "150,000" = 150000); "2,5" và "2.5" là hai phẩy năm.',
      'Numbers typed as text: a dot or comma before exactly 3 digits separates thousands ("150.000" = "150,000" = 150000); "2,5" and "2.5" are two and a half.',
    ],
  ]) {
    guide.addRow([vi, '', '', en]);
  }
  guide.addRow([]);
  title('Các cột / Columns');
  tableHeader([
    'Cột (vi)',
    'Column (en)',
    'Bắt buộc / Required',
    'Cách nhập',
    'How to fill',
    'Ví dụ / Example',
  ]);
  for (const column of importColumns) {
    guide.addRow([
      column.vi,
      column.en,
      column.required ? 'Có / Yes' : '',
      column.hint.vi,
      column.hint.en,
      column.example,
    ]);
  }

  /** Adds a code list and returns the guide's range of its codes (column A), for drop-downs. */
  const codeList = (heading: string, headers: string[], rows: (string | number)[][]) => {
    guide.addRow([]);
    title(heading);
    tableHeader(headers);
    const first = guide.rowCount + 1;
    for (const row of rows) {
      guide.addRow(row);
    }
    return `'${templateSheets.guide}'!$A$${first}:$A$${guide.rowCount}`;
  };
  const lists = {
    ocopGroup: codeList(
      'Nhóm OCOP / OCOP groups',
      ['Mã / Code', 'Tiếng Việt', 'English'],
      ocopGroups.map((g) => [g.code, g.vi, g.en]),
    ),
    category: codeList(
      'Danh mục / Categories',
      ['Mã / Code', 'Tiếng Việt', 'English', 'Nhóm / Group'],
      productCategories.map((c) => [c.code, c.vi, c.en, c.group]),
    ),
    ocopStars: codeList(
      'Số sao OCOP / OCOP stars',
      ['Số sao / Stars'],
      ocopStars.map((s) => [s]),
    ),
    unit: codeList(
      'Đơn vị / Units',
      ['Mã / Code', 'Tiếng Việt', 'English'],
      units.map((u) => [u.code, u.vi ?? u.code, u.label]),
    ),
    currency: codeList(
      'Tiền tệ / Currencies',
      ['Mã / Code'],
      currencyCodes.map((c) => [c]),
    ),
    storage: codeList(
      'Bảo quản / Storage',
      ['Mã / Code', 'Tiếng Việt', 'English'],
      storageModes.map((s) => [s, storageNames[s].vi, storageNames[s].en]),
    ),
  };
  codeList(
    'Tỉnh/thành (từ 1/7/2025) / Provinces (since 1 July 2025)',
    ['Mã / Code', 'Tiếng Việt', 'English', 'Gồm tỉnh cũ / Former provinces merged in'],
    provinces.map((p) => [p.code, p.vi, p.en, p.absorbed.join(', ')]),
  );
  guide.addRow([]);
  guide.addRow([
    'Đã xuất khẩu sang: mã quốc gia ISO 3166-1 hai chữ cái, ví dụ JP, KR, US, AU, DE, FR, SG, CN.',
    '',
    '',
    'Exported to: ISO 3166-1 two-letter country codes, e.g. JP, KR, US, AU, DE, FR, SG, CN.',
  ]);

  // Drop-downs on the data rows of the coded columns (exceljs keeps one range per column).
  const validations = (
    sheet as unknown as {
      dataValidations: { add: (range: string, rule: ExcelJS.DataValidation) => void };
    }
  ).dataValidations;
  importColumns.forEach((column, i) => {
    const list = lists[column.field as keyof typeof lists];
    if (!list) {
      return;
    }
    const letter = sheet.getColumn(i + 1).letter;
    validations.add(`${letter}2:${letter}${sheetLimits.maxRows + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: 'Giá trị không có trong danh sách (xem Hướng dẫn) / Not in the list (see Guide)',
    });
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
