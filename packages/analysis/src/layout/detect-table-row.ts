/**
 * Schedule rows: a label on the left and a figure on the right, separated by a wide gap or dot
 * leaders ("Public Liability ........ $20,000,000"). Kept as label–value pairs so a change of the
 * figure is reported against its label rather than as reworded prose.
 */
import type { LineCell, TextLine } from './layout-types.js';

export interface TableRow {
  label: string;
  value: string;
}

const VALUE_WORDS = /^(?:nil|none|included|not included|covered|not covered|unlimited|n\/a|yes|no|optional|not applicable|full value|in full|see schedule|as stated in (?:the|your) schedule)$/i;
/** A figure, maybe with a currency, a qualifier ("up to") and a unit or basis after it. */
const FIGURE = /^(?:(?:up to|max(?:imum)?\.?|min(?:imum)?\.?)\s+)?(?:[A-Z]{3}\s?|Rs\.?\s?)?[$£€¥₹]?\s?\d[\d,]*(?:\.\d+)?/i;
const DOT_LEADERS = /^(.*?\p{L}.*?)\s*(?:\.\s?){4,}\s*(\S.*)$|^(.*?\p{L}.*?)\s*…+\s*(\S.*)$/u;
/**
 * What DOT_LEADERS needs somewhere in the line. Tested first: DOT_LEADERS backtracks over the
 * whole line from every letter, and ran on every line of every document (2% of layout time).
 */
const HAS_LEADER = /(?:\.\s?){4}|…/;

export function isTableValue(text: string): boolean {
  const value = text.trim();
  if (value === '' || value.length > 40) return false;
  return FIGURE.test(value) || VALUE_WORDS.test(value);
}

/** A row of cells: its label cells, then the run of value cells that ends the row. */
export interface RowCells {
  label: string;
  values: LineCell[];
}

/**
 * Splits a line of cells into a label and the value cells that end it: "Insured person | $3,000 |
 * $4,000 | $5,000" has three values, one per plan column. Null when the line does not end in a
 * value or has no label with a letter in it.
 */
export function splitRowCells(line: TextLine): RowCells | null {
  const cells = line.cells;
  if (cells.length < 2) return null;
  let first = cells.length;
  while (first > 0 && isTableValue(cells[first - 1].text)) first--;
  // A row of values only has its label elsewhere (a line above): it is not a label–value row.
  if (first === cells.length || first === 0) return null;
  const label = cells
    .slice(0, first)
    .map((c) => c.text)
    .join(' ')
    .trim();
  if (!/\p{L}/u.test(label) || label.length > 120) return null;
  return { label: stripColon(label), values: cells.slice(first) };
}

export function detectTableRow(line: TextLine): TableRow | null {
  const leaders = HAS_LEADER.test(line.text) ? DOT_LEADERS.exec(line.text) : null;
  if (leaders) {
    const label = (leaders[1] ?? leaders[3]).trim();
    const value = (leaders[2] ?? leaders[4]).trim();
    if (isTableValue(value) && label.length <= 120) return { label: stripColon(label), value };
  }
  const split = splitRowCells(line);
  if (!split) return null;
  // Several values (plan columns) stay together here; the column headers above them, when there
  // are any, split the row into one row per column (see column-headers.ts).
  return { label: split.label, value: split.values.map((c) => c.text).join(' | ') };
}

function stripColon(label: string): string {
  return label.replace(/\s*:\s*$/, '');
}
