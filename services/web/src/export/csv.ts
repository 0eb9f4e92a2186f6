/**
 * RFC 4180 CSV, written for spreadsheets that will open it: every text cell is quoted (quotes
 * doubled), so no separator inside one, `,` or a locale's `;`, can start another cell; rows end in
 * CRLF; numbers are written as numbers. Text a spreadsheet would run as a formula is prefixed with
 * an apostrophe: a cell that starts with =, +, -, @ (or their full-width forms, which some
 * spreadsheets read the same), tab or CR, and a `;` followed by one of =, +, -, @ inside a cell,
 * since a program that splits on `;` without reading quotes would start a cell there.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const FORMULA_AFTER_SEMICOLON = /;(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/g;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value.replace(FORMULA_AFTER_SEMICOLON, ";'");
  if (FORMULA_START.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Splits CSV text back into rows (quoted fields, doubled quotes, CRLF): for tests and checks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
