/**
 * Schedule rows: a label on the left and a figure on the right, separated by a wide gap or dot
 * leaders ("Public Liability ........ $20,000,000"). Kept as label–value pairs so a change of the
 * figure is reported against its label rather than as reworded prose.
 */
import type { TextLine } from './layout-types.js';

export interface TableRow {
  label: string;
  value: string;
}

const VALUE_WORDS = /^(?:nil|none|included|not included|covered|not covered|unlimited|n\/a|yes|no|optional|not applicable|full value|in full|see schedule|as stated in (?:the|your) schedule)$/i;
/** A figure, maybe with a currency, a qualifier ("up to") and a unit or basis after it. */
const FIGURE = /^(?:(?:up to|max(?:imum)?|min(?:imum)?)\s+)?(?:[A-Z]{3}\s?|Rs\.?\s?)?[$£€¥₹]?\s?\d[\d,]*(?:\.\d+)?/i;
const DOT_LEADERS = /^(.*?\p{L}.*?)\s*(?:\.\s?){4,}\s*(\S.*)$|^(.*?\p{L}.*?)\s*…+\s*(\S.*)$/u;

export function isTableValue(text: string): boolean {
  const value = text.trim();
  if (value === '' || value.length > 40) return false;
  return FIGURE.test(value) || VALUE_WORDS.test(value);
}

export function detectTableRow(line: TextLine): TableRow | null {
  const leaders = DOT_LEADERS.exec(line.text);
  if (leaders) {
    const label = (leaders[1] ?? leaders[3]).trim();
    const value = (leaders[2] ?? leaders[4]).trim();
    if (isTableValue(value) && label.length <= 120) return { label: stripColon(label), value };
  }
  if (line.cells.length < 2) return null;
  const value = line.cells[line.cells.length - 1].text;
  const label = line.cells
    .slice(0, -1)
    .map((c) => c.text)
    .join(' ')
    .trim();
  if (!/\p{L}/u.test(label) || label.length > 120 || !isTableValue(value)) return null;
  return { label: stripColon(label), value };
}

function stripColon(label: string): string {
  return label.replace(/\s*:\s*$/, '');
}
