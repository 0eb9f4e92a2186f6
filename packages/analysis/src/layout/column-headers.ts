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
  const names: string[] = [];
  for (const value of values) {
    const parts: string[] = [];
    for (const line of group) {
      const cell = cellAbove(line, value);
      if (cell && !parts.includes(cell.text)) parts.push(cell.text);
    }
    if (parts.length === 0) return null;
    names.push(parts.join(' '));
  }
  return new Set(names).size === names.length ? names : null;
}

function splitByColumns(label: string, values: LineCell[], names: string[] | null): TableRow[] {
  return values.map((value, i) => ({
    label: `${label} (${names ? names[i] : `column ${i + 1}`})`,
    value: value.text,
  }));
}

function stacksUnder(group: HeaderGroup, line: TextLine): boolean {
  const last = group.lines[group.lines.length - 1];
  return line.page === last.page && line.flow === last.flow && line.baseline - last.baseline <= last.fontSize * 2.2;
}

/**
 * Rewrites classified lines in reading order: header rows become plain text (not headings), rows
 * with several values become one row per column. Rows with one value are left as they are.
 */
export function applyColumnHeaders(lines: ClassifiedLine[]): ClassifiedLine[] {
  let group: HeaderGroup | null = null;
  let previousWasHeader = false;
  return lines.map((c) => {
    const line = c.line;
    if (group && line.page > group.lastPage) group = null;
    if (isColumnHeaderLine(line)) {
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
