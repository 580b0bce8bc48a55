import type { CreateProductBody } from '@ketnoi/shared';
import { normalizeText } from '@ketnoi/shared/reference';
import type { StoredText } from '../../db/schema/index.ts';

export type ColumnKind =
  | 'text'
  | 'longText'
  | 'number'
  | 'integer'
  | 'stars'
  | 'months'
  | 'countries'
  | 'group'
  | 'category'
  | 'unit'
  | 'currency'
  | 'storage';

export type ImportColumn = {
  field: keyof CreateProductBody;
  vi: string;
  en: string;
  required: boolean;
  kind: ColumnKind;
  hint: StoredText;
  example: string;
};

/**
 * The template's columns, in order: one per field of `CreateProductBodySchema` (the API's create
 * body), so an imported row is checked exactly like `POST /products`. Header cells read
 * `"<vi> / <en>"`, with ` *` on required columns.
 */
export const importColumns: readonly ImportColumn[] = [
  {
    field: 'nameVi',
    vi: 'Tên sản phẩm (tiếng Việt)',
    en: 'Product name (Vietnamese)',
    required: true,
    kind: 'text',
    example: 'Mật ong hoa nhãn',
    hint: { vi: '2–200 ký tự, một dòng', en: '2–200 characters, one line' },
  },
  {
    field: 'nameEn',
    vi: 'Tên sản phẩm (tiếng Anh)',
    en: 'Product name (English)',
    required: false,
    kind: 'text',
    example: 'Longan blossom honey',
    hint: { vi: 'Tối đa 200 ký tự', en: 'Up to 200 characters' },
  },
  {
    field: 'descriptionVi',
    vi: 'Mô tả (tiếng Việt)',
    en: 'Description (Vietnamese)',
    required: true,
    kind: 'longText',
    example: 'Mật ong nguyên chất thu hoạch vụ xuân',
    hint: { vi: 'Tối đa 10.000 ký tự', en: 'Up to 10,000 characters' },
  },
  {
    field: 'descriptionEn',
    vi: 'Mô tả (tiếng Anh)',
    en: 'Description (English)',
    required: false,
    kind: 'longText',
    example: 'Pure honey from the spring harvest',
    hint: { vi: 'Tối đa 10.000 ký tự', en: 'Up to 10,000 characters' },
  },
  {
    field: 'ocopGroup',
    vi: 'Nhóm OCOP',
    en: 'OCOP group',
    required: true,
    kind: 'group',
    example: 'food',
    hint: { vi: 'Mã nhóm (xem Hướng dẫn)', en: 'Group code (see Guide)' },
  },
  {
    field: 'category',
    vi: 'Danh mục',
    en: 'Category',
    required: true,
    kind: 'category',
    example: 'honey',
    hint: {
      vi: 'Mã danh mục thuộc nhóm đã chọn (xem Hướng dẫn)',
      en: 'Category code within the group (see Guide)',
    },
  },
  {
    field: 'ocopStars',
    vi: 'Số sao OCOP',
    en: 'OCOP stars',
    required: false,
    kind: 'stars',
    example: '4',
    hint: { vi: '3, 4, 5 hoặc để trống', en: '3, 4, 5 or blank' },
  },
  {
    field: 'province',
    vi: 'Tỉnh/thành xuất xứ',
    en: 'Province of origin',
    required: true,
    kind: 'text',
    example: 'hung-yen',
    hint: {
      vi: 'Mã hoặc tên tỉnh (kể cả tên trước 2025)',
      en: 'Province code or name (pre-2025 names accepted)',
    },
  },
  {
    field: 'originLegacyProvince',
    vi: 'Tỉnh cũ (trước 2025)',
    en: 'Former province (pre-2025)',
    required: false,
    kind: 'text',
    example: 'Hưng Yên',
    hint: {
      vi: 'Tỉnh cũ mà tên sản phẩm mang, phải thuộc tỉnh xuất xứ',
      en: 'The pre-2025 province the name carries; must be part of the province of origin',
    },
  },
  {
    field: 'monthsAvailable',
    vi: 'Tháng có hàng',
    en: 'Months available',
    required: false,
    kind: 'months',
    example: '3-5',
    hint: {
      vi: 'Ví dụ "1,2,3" hoặc "1-3" hoặc "11-2"; để trống = cả năm',
      en: 'E.g. "1,2,3" or "1-3" or "11-2"; blank = all year',
    },
  },
  {
    field: 'hsCode',
    vi: 'Mã HS',
    en: 'HS code',
    required: false,
    kind: 'text',
    example: '0409.00',
    hint: {
      vi: '6–10 chữ số; nên định dạng ô là Văn bản để giữ số 0 đầu',
      en: '6–10 digits; format the cell as Text to keep leading zeros',
    },
  },
  {
    field: 'unit',
    vi: 'Đơn vị',
    en: 'Unit',
    required: true,
    kind: 'unit',
    example: 'jar',
    hint: { vi: 'Mã đơn vị (xem Hướng dẫn)', en: 'Unit code (see Guide)' },
  },
  {
    field: 'moq',
    vi: 'Đơn hàng tối thiểu (MOQ)',
    en: 'Minimum order quantity',
    required: true,
    kind: 'number',
    example: '100',
    hint: { vi: 'Số lớn hơn 0, theo đơn vị', en: 'A number above 0, in the unit' },
  },
  {
    field: 'monthlyCapacity',
    vi: 'Năng lực cung ứng/tháng',
    en: 'Monthly capacity',
    required: false,
    kind: 'number',
    example: '2000',
    hint: { vi: 'Theo đơn vị mỗi tháng', en: 'In the unit per month' },
  },
  {
    field: 'leadTimeDays',
    vi: 'Thời gian giao hàng (ngày)',
    en: 'Lead time (days)',
    required: false,
    kind: 'integer',
    example: '7',
    hint: { vi: 'Số nguyên 0–365', en: 'Whole number 0–365' },
  },
  {
    field: 'priceMin',
    vi: 'Giá thấp nhất',
    en: 'Minimum price',
    required: false,
    kind: 'integer',
    example: '150000',
    hint: {
      vi: 'Số nguyên theo đơn vị nhỏ nhất của tiền tệ (đồng; USD: cent)',
      en: "Whole number in the currency's smallest unit (đồng; USD: cents)",
    },
  },
  {
    field: 'priceMax',
    vi: 'Giá cao nhất',
    en: 'Maximum price',
    required: false,
    kind: 'integer',
    example: '180000',
    hint: { vi: 'Không nhỏ hơn giá thấp nhất', en: 'Not below the minimum price' },
  },
  {
    field: 'currency',
    vi: 'Tiền tệ',
    en: 'Currency',
    required: false,
    kind: 'currency',
    example: 'VND',
    hint: { vi: 'Mã ISO (xem Hướng dẫn); để trống = VND', en: 'ISO code (see Guide); blank = VND' },
  },
  {
    field: 'shelfLifeDays',
    vi: 'Hạn sử dụng (ngày)',
    en: 'Shelf life (days)',
    required: false,
    kind: 'integer',
    example: '730',
    hint: { vi: 'Số nguyên 1–3650', en: 'Whole number 1–3650' },
  },
  {
    field: 'storage',
    vi: 'Bảo quản',
    en: 'Storage',
    required: false,
    kind: 'storage',
    example: 'ambient',
    hint: {
      vi: 'ambient, chilled hoặc frozen; để trống = ambient',
      en: 'ambient, chilled or frozen; blank = ambient',
    },
  },
  {
    field: 'packaging',
    vi: 'Quy cách đóng gói',
    en: 'Packaging',
    required: false,
    kind: 'text',
    example: 'Hũ thủy tinh 500 g',
    hint: { vi: 'Tối đa 300 ký tự', en: 'Up to 300 characters' },
  },
  {
    field: 'exportedTo',
    vi: 'Đã xuất khẩu sang',
    en: 'Exported to',
    required: false,
    kind: 'countries',
    example: 'JP, KR',
    hint: {
      vi: 'Mã quốc gia ISO 2 chữ cái, cách nhau bởi dấu phẩy',
      en: 'ISO 2-letter country codes, comma-separated',
    },
  },
];

/** What the template's header cell says. */
export const headerLabel = (column: ImportColumn) =>
  `${column.vi} / ${column.en}${column.required ? ' *' : ''}`;

export const columnByField = new Map<string, ImportColumn>(importColumns.map((c) => [c.field, c]));

/** Header text folded for matching: no diacritics, lower case, single spaces, no trailing `*`. */
const headerKey = (text: string) => normalizeText(text.replace(/\*+\s*$/, ''));

/**
 * Every accepted spelling of each header → its column: the template's bilingual label, the
 * Vietnamese or English label alone, or the field name (`nameVi`). A Map, never an object, so a
 * header such as `__proto__` or `constructor` is just an unknown string.
 */
const headerLookup = new Map<string, ImportColumn>();
for (const column of importColumns) {
  for (const spelling of [
    headerLabel(column),
    `${column.vi} / ${column.en}`,
    column.vi,
    column.en,
    column.field,
  ]) {
    headerLookup.set(headerKey(spelling), column);
  }
}

export function columnForHeader(text: string): ImportColumn | undefined {
  return headerLookup.get(headerKey(text));
}
