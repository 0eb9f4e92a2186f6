/**
 * What a line looks like on its own: a heading (larger, bold, ALL CAPS or "Section 3" style and
 * short), a schedule row, the start of a list item, or ordinary text.
 */
import type { BodyStyle } from './body-style.js';
import { detectTableRow, type TableRow } from './detect-table-row.js';
import type { TextLine } from './layout-types.js';
import { parseNumbering, type Numbering } from './parse-numbering.js';

/** column_header: the names of a table's columns, set by applyColumnHeaders (column-headers.ts). */
export type LineRole = 'heading' | 'table_row' | 'column_header' | 'item_start' | 'text';

export interface ClassifiedLine {
  line: TextLine;
  role: LineRole;
  numbering: Numbering | null;
  row: TableRow | null;
  /** A row with one value per table column, split into one row per column. */
  rows?: TableRow[];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function isHeadingLike(line: TextLine, numbering: Numbering | null, body: BodyStyle): boolean {
  const text = line.text.trim();
  const rest = numbering && numbering.style !== 'bullet' ? numbering.rest : text;
  if (!/\p{L}/u.test(rest) || numbering?.style === 'bullet') return false;
  const words = wordCount(rest);
  const endsLikeSentence = /[.;,]$/.test(text) && !/\b(?:etc|No|Co|Ltd|Inc)\.$/.test(text);
  if (line.fontSize >= body.fontSize + Math.max(1, body.fontSize * 0.12) && text.length <= 150 && words <= 20) return true;
  if (endsLikeSentence) return false;
  if (numbering?.style === 'section' && text.length <= 90) return true;
  if (line.bold && !body.bold && words <= 14 && text.length <= 110 && /^[\p{Lu}\d("“'‘]/u.test(rest)) return true;
  if (isAllCaps(rest) && words <= 10 && text.length <= 80) return true;
  return false;
}

export function classifyLine(line: TextLine, body: BodyStyle): ClassifiedLine {
  const numbering = parseNumbering(line.text);
  const row = detectTableRow(line);
  if (isHeadingLike(line, numbering, body) && !row) return { line, role: 'heading', numbering, row: null };
  if (row) return { line, role: 'table_row', numbering: null, row };
  if (numbering) return { line, role: 'item_start', numbering, row: null };
  return { line, role: 'text', numbering: null, row: null };
}
