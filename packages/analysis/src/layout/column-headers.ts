/**
 * Multi-plan schedules: a header row names the columns ("Standard Plan | Elite Plan | Premier
 * Plan") and each row below gives one figure per column ("Insured person | $3,000 | $4,000 |
 * $5,000"). Such a row becomes one schedule row per column, labelled with the column it sits
 * under ("Insured person (Elite Plan)" / "$4,000"), so every figure is compared with the same
 * plan's figure on the other side. Header rows are not headings: they stay out of the section tree.
 */
import type { ClassifiedLine } from './classify-line.js';
import { isTableValue, splitRowCells, type TableRow } from './detect-table-row.js';
import type { LineCell, TextLine } from './layout-types.js';

/** Header lines stacked directly above one another ("Standard Plan" over "Individual | Family"). */
interface HeaderGroup {
  lines: TextLine[];
  /** Last page the group can still label: tables that run on carry their header one page on. */
  lastPage: number;
}

const MAX_HEADER_WORDS = 6;
/** Short lines passed over between a header row and the rows it names: "Benefits", "Limit of Benefits". */
const MAX_CAPTIONS = 4;
const MAX_HEADER_CHARS = 40;
const AMOUNT = /[$£€¥₹]\s?\d|\d\s?%|\d{1,3}(?:,\d{3})+/;

/** A line of at least two short cells, none of them a figure, none of them a sentence. */
export function isColumnHeaderLine(line: TextLine): boolean {
  if (line.cells.length < 2) return false;
  return line.cells.every((c) => {
    const text = c.text.trim();
    if (text === '' || text.length > MAX_HEADER_CHARS || isTableValue(text) || /[.;:,]$/.test(text)) return false;
    // Column names are words ("Elite Plan", "Scenario 2"), never amounts ("Max. $700", "20%").
    if (!/\p{L}/u.test(text) || AMOUNT.test(text)) return false;
    return text.split(/\s+/).length <= MAX_HEADER_WORDS;
  });
}

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/** The header cell of one header line over a value cell: the one it overlaps most, or none. */
function cellAbove(line: TextLine, value: LineCell): LineCell | null {
  let best: LineCell | null = null;
  let bestOverlap = 0;
  for (const cell of line.cells) {
    const o = overlap(cell, value);
    if (o > bestOverlap) {
      best = cell;
      bestOverlap = o;
    }
  }
  return best;
}

/**
 * The column name of each value cell from the header group, or null unless every value sits under
 * its own column (a row that does not line up with the header is not labelled by it).
 */
export function columnNames(group: TextLine[], values: LineCell[]): string[] | null {
  // The top line (plan names) and the line with the most cells (the finest columns) name the
  // columns; lines stacked between them ("Adult &" over "children", "(in total)") are wording
  // inside a header cell, and a line of its own in one copy of a table may be merged in another.
  const naming = group.filter((line, i) => i === 0 || line === mostCells(group));
  const names: string[] = [];
  for (const value of values) {
    const parts: string[] = [];
    for (const line of naming) {
      const cell = cellAbove(line, value);
      if (cell && !parts.includes(cell.text)) parts.push(cell.text);
    }
    if (parts.length === 0) return null;
    names.push(parts.join(' '));
  }
  return new Set(names).size === names.length ? names : null;
}

function mostCells(group: TextLine[]): TextLine {
  return group.reduce((best, line) => (line.cells.length > best.cells.length ? line : best));
}

function splitByColumns(label: string, values: LineCell[], names: string[] | null): TableRow[] {
  return values.map((value, i) => ({
    // Without a header the column is numbered: by its place in the table when the row was rebuilt
    // from one (a row with figures in columns 1, 3 and 5 says so), else by its place in the row.
    label: `${label} (${names ? names[i] : `column ${(value.column ?? i) + 1}`})`,
    value: value.text,
  }));
}

function stacksUnder(group: HeaderGroup, line: TextLine): boolean {
  const last = group.lines[group.lines.length - 1];
  return line.page === last.page && line.flow === last.flow && line.baseline - last.baseline <= last.fontSize * 2.2;
}

/**
 * A header row names the columns of the rows below it: it counts as one only when, past any other
 * header lines, headings ("Section 6 – Overseas medical expenses") and a few captions, the
 * next line on the page is a schedule row. Two short phrases side by side with prose below them are not a header: the first
 * line of a definition set beside its term ("Accident | A sudden, unforeseen and") looks the same.
 * Computed from the last line back, so a page of header-like lines costs one pass.
 */
function headsTableRows(lines: ClassifiedLine[], headerLike: boolean[]): boolean[] {
  const heads = new Array<boolean>(lines.length).fill(false);
  let nextIsRow = false;
  let captions = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const c = lines[i];
    if (i + 1 < lines.length && lines[i + 1].line.page !== c.line.page) nextIsRow = false;
    heads[i] = nextIsRow;
    if (headerLike[i] || c.role === 'heading') continue;
    // Captions between the header and the rows ("Travel inconvenience cover") are passed over
    // like headings: whether they are set bold (and so headings) differs between documents.
    if (isCaption(c.line) && captions < MAX_CAPTIONS) {
      captions++;
      continue;
    }
    captions = 0;
    nextIsRow = c.role === 'table_row';
  }
  return heads;
}

/** A short capitalised line that is not a sentence: the name of a group of rows. */
function isCaption(line: TextLine): boolean {
  const text = line.text.trim();
  return line.cells.length === 1 && /^\p{Lu}/u.test(text) && !/[.;:,]$/.test(text) && text.split(/\s+/).length <= MAX_HEADER_WORDS;
}

/**
 * Rewrites classified lines in reading order: header rows become plain text (not headings), rows
 * with several values become one row per column. Rows with one value are left as they are.
 */
export function applyColumnHeaders(lines: ClassifiedLine[]): ClassifiedLine[] {
  const headerLike = lines.map((c) => isColumnHeaderLine(c.line));
  const heads = headsTableRows(lines, headerLike);
  let group: HeaderGroup | null = null;
  let previousWasHeader = false;
  return lines.map((c, index) => {
    const line = c.line;
    if (group && line.page > group.lastPage) group = null;
    if (headerLike[index] && heads[index]) {
      if (group && previousWasHeader && stacksUnder(group, line)) group.lines.push(line);
      else group = { lines: [line], lastPage: line.page + 1 };
      previousWasHeader = true;
      return { line, role: 'column_header', numbering: null, row: null };
    }
    previousWasHeader = false;
    if (c.role !== 'table_row') return c;
    const split = splitRowCells(line);
    if (!split || split.values.length < 2) return c;
    const names = group ? columnNames(group.lines, split.values) : null;
    return { ...c, rows: splitByColumns(split.label, split.values, names) };
  });
}
