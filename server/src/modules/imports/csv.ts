/**
 * CSV in and out, RFC 4180 style: quoted fields may hold the delimiter, `""` and line breaks.
 * Excel writes `;` instead of `,` where the decimal separator is a comma (the Vietnamese
 * locale), so the delimiter is whichever of `,` `;` or tab the header line uses most.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */

export type CsvRecord = { row: number; fields: string[] };

function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && (ch === '\n' || ch === '\r')) {
      break;
    } else if (!quoted && counts.has(ch)) {
      counts.set(ch, counts.get(ch)! + 1);
    }
  }
  let best = ',';
  for (const [delimiter, count] of counts) {
    if (count > counts.get(best)!) {
      best = delimiter;
    }
  }
  return best;
}

/**
 * Yields one record per row as a spreadsheet would show it: `row` counts records (a quoted line
 * break stays inside its cell), starting at 1. Fields past `maxFields` are counted, never kept,
 * so a line of a million commas costs no memory.
 */
export function* parseCsv(input: string, maxFields: number): Generator<CsvRecord> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  let fields: string[] = [];
  let fieldCount = 0;
  let field = '';
  let quoted = false;
  let row = 0;
  let i = 0;
  const endField = () => {
    if (fieldCount < maxFields) {
      fields.push(field);
    }
    fieldCount += 1;
    field = '';
  };
  const endRecord = (): CsvRecord => {
    endField();
    row += 1;
    const record = { row, fields };
    fields = [];
    fieldCount = 0;
    return record;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') {
        i += 1;
      }
      yield endRecord();
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field !== '' || fields.length > 0 || quoted) {
    yield endRecord();
  }
}

/**
 * A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is a formula to Excel and
 * LibreOffice; a leading `'` makes it text.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const quote = (value: string) =>
  /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** CSV text with a UTF-8 BOM (so Excel reads Vietnamese correctly) and CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = rows.map((cells) =>
    cells.map((cell) => quote(escapeFormula(cell === null ? '' : String(cell)))).join(','),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
