/**
 * Items of one page → lines in reading order. Items sharing a baseline form a row; on a
 * two-column page each row is cut at the gutter and the page is read block by block: rows that
 * cross the gutter (headings, full-width tables) separate blocks, and inside a block the left
 * column is read before the right one. Sorting dominates, so a page costs O(n log n).
 */
import { detectColumnGutter, fitDocumentGutter, gutterCenter, readsAcrossGutter, type Gutter, type GutterRow, type RowChunk } from './detect-column-gutter.js';
import type { LineCell, LineColumn, TextItem, TextLine } from './layout-types.js';
import { normalizeRun, normalizeSpacing } from './normalize-text.js';

/** Gap (in ems) above which two items are separate words even without a space character. */
const WORD_GAP_EM = 0.15;
/** Gap (in ems) above which two items are separate cells: a label and its value, table columns. */
const CELL_GAP_EM = 2.2;

interface Row {
  items: TextItem[];
  baseline: number;
}

/** Lines of one page; `flow` numbers the page's text flows from 0 in reading order. */
export function buildPageLines(items: TextItem[], pageWidth: number): TextLine[] {
  return readPage(items, pageWidth).lines;
}

export interface PageReading {
  lines: TextLine[];
  /** The gutter the page was read with, or null when it was read as one column. */
  gutter: Gutter | null;
}

/**
 * Lines of one page, and the gutter they were cut at. `documentGutter` (the gutter most pages of
 * the document share) is tried when the page does not show its own: see fitDocumentGutter.
 */
export function readPage(items: TextItem[], pageWidth: number, documentGutter: { x0: number; x1: number } | null = null): PageReading {
  const rows = groupRows(items);
  if (rows.length === 0) return { lines: [], gutter: null };
  const gutterRows = rows.map(rowForGutter);
  let gutter = detectColumnGutter(gutterRows, pageWidth);
  if (!gutter && documentGutter) gutter = fitDocumentGutter(gutterRows, documentGutter);
  const lines = gutter ? readTwoColumns(rows, gutterRows, gutter) : rows.map((row) => assembleLine(row.items, 'full', 0));
  return { lines: lines.filter((line) => line.text !== ''), gutter };
}

function groupRows(items: TextItem[]): Row[] {
  // Whitespace-only items are kept: a space drawn between two words is the surest word break.
  const usable = items.filter((it) => it.str !== '' && it.fontSize > 0);
  usable.sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const rows: Row[] = [];
  let current: Row | null = null;
  let currentSize = 0;
  for (const item of usable) {
    const tolerance = 0.45 * Math.max(item.fontSize, currentSize);
    if (current && item.baseline - current.baseline <= tolerance) {
      current.items.push(item);
      continue;
    }
    current = { items: [item], baseline: item.baseline };
    currentSize = item.fontSize;
    rows.push(current);
  }
  const visibleRows = rows.filter((row) => row.items.some((it) => it.str.trim() !== ''));
  for (const row of visibleRows) {
    row.items.sort((a, b) => a.x - b.x);
    row.items = dropOverprint(row.items);
    // The row's baseline is that of its largest text; superscripts sit above it.
    let largest = row.items[0];
    for (const it of row.items) if (it.fontSize > largest.fontSize) largest = it;
    row.baseline = largest.baseline;
  }
  return visibleRows;
}

/** Fake bold draws the same text twice a fraction of a point apart; keep one copy. */
function dropOverprint(items: TextItem[]): TextItem[] {
  const kept: TextItem[] = [];
  for (const it of items) {
    const prev = kept[kept.length - 1];
    if (prev && prev.str === it.str && Math.abs(prev.x - it.x) < Math.max(1, it.fontSize * 0.15)) continue;
    kept.push(it);
  }
  return kept;
}

/** The row as the gutter detection sees it; spaces drawn as items of their own are left out. */
function rowForGutter(row: Row): GutterRow {
  const pieces: RowChunk[] = [];
  let fontSize = 0;
  for (const it of row.items) {
    // The row's text size: a small first item (a footnote mark) must not shrink its gaps.
    fontSize = Math.max(fontSize, it.fontSize);
    if (it.str.trim() !== '') pieces.push({ x0: it.x, x1: it.x + it.width, text: it.str });
  }
  return { pieces, fontSize };
}

function readTwoColumns(rows: Row[], gutterRows: GutterRow[], gutter: Gutter): TextLine[] {
  const lines: TextLine[] = [];
  let left: TextItem[][] = [];
  let right: TextItem[][] = [];
  let flow = 0;
  const flush = (): void => {
    if (left.length > 0) {
      for (const its of left) lines.push(assembleLine(its, 'left', flow));
      flow++;
    }
    if (right.length > 0) {
      for (const its of right) lines.push(assembleLine(its, 'right', flow));
      flow++;
    }
    left = [];
    right = [];
  };
  rows.forEach((row, i) => {
    if (readsAcrossGutter(gutterRows[i], gutter)) {
      flush();
      lines.push(assembleLine(row.items, 'full', flow));
      return;
    }
    const center = gutterCenter(gutter);
    const l = row.items.filter((it) => it.x + it.width / 2 < center);
    const r = row.items.filter((it) => it.x + it.width / 2 >= center);
    if (l.some((it) => it.str.trim() !== '')) left.push(l);
    if (r.some((it) => it.str.trim() !== '')) right.push(r);
  });
  flush();
  // A full-width row after a column block starts a new flow; keep the numbering increasing.
  return renumberFlows(lines);
}

function renumberFlows(lines: TextLine[]): TextLine[] {
  let next = -1;
  let lastKey = '';
  for (const line of lines) {
    const key = `${line.flow}:${line.column}`;
    if (key !== lastKey) {
      next++;
      lastKey = key;
    }
    line.flow = next;
  }
  return lines;
}

/** Join the items of one line (sorted by x) into text, cells and font facts. */
export function assembleLine(items: TextItem[], column: LineColumn, flow: number): TextLine {
  const cells: LineCell[] = [];
  const boldSpans: string[] = [];
  const sizeWeight = new Map<number, number>();
  let cell: LineCell | null = null;
  let prevEnd = -Infinity;
  let boldChars = 0;
  let allChars = 0;
  let boldRun = '';
  let y0 = Infinity;
  let y1 = -Infinity;
  let baseline = items[0].baseline;
  let largestSize = 0;
  let x0 = Infinity;
  let x1 = -Infinity;
  let pendingSpace = false;
  for (const it of items) {
    if (it.str.trim() === '') {
      pendingSpace = true;
      continue;
    }
    x0 = Math.min(x0, it.x);
    x1 = Math.max(x1, it.x + it.width);
    const str = normalizeRun(it.str);
    const gap = it.x - prevEnd;
    let piece = str;
    if (!cell || gap > it.fontSize * CELL_GAP_EM) {
      cell = { text: str.trimStart(), x0: it.x, x1: it.x + it.width };
      cells.push(cell);
      piece = cell.text;
    } else {
      const needsSpace = (pendingSpace || gap > it.fontSize * WORD_GAP_EM) && !cell.text.endsWith(' ') && !str.startsWith(' ');
      piece = (needsSpace ? ' ' : '') + str;
      cell.text += piece;
      cell.x1 = Math.max(cell.x1, it.x + it.width);
    }
    prevEnd = Math.max(prevEnd, it.x + it.width);
    pendingSpace = false;
    const visible = str.replace(/\s/g, '').length;
    allChars += visible;
    if (it.bold) {
      boldChars += visible;
      boldRun += boldRun !== '' && !/^\s/.test(piece) && piece === cell.text ? ' ' + piece : piece;
    } else if (boldRun.trim() !== '') {
      boldSpans.push(boldRun);
      boldRun = '';
    } else boldRun = '';
    const size = Math.round(it.fontSize * 2) / 2;
    sizeWeight.set(size, (sizeWeight.get(size) ?? 0) + Math.max(1, visible));
    y0 = Math.min(y0, it.y);
    y1 = Math.max(y1, it.y + it.height);
    if (it.fontSize > largestSize) {
      largestSize = it.fontSize;
      baseline = it.baseline;
    }
  }
  if (boldRun.trim() !== '') boldSpans.push(boldRun);
  let fontSize = 0;
  let bestWeight = -1;
  for (const [size, weight] of sizeWeight) {
    if (weight > bestWeight || (weight === bestWeight && size > fontSize)) {
      fontSize = size;
      bestWeight = weight;
    }
  }
  for (const c of cells) c.text = normalizeSpacing(c.text);
  const nonEmpty = cells.filter((c) => c.text !== '');
  const bold = allChars > 0 && boldChars >= allChars * 0.9;
  return {
    page: items[0].page,
    text: normalizeSpacing(nonEmpty.map((c) => c.text).join(' ')),
    x0,
    y0,
    x1,
    y1,
    baseline,
    fontSize,
    bold,
    boldSpans: bold ? [] : boldSpans.map((s) => normalizeSpacing(s)).filter((s) => /\p{L}/u.test(s)),
    cells: nonEmpty,
    column,
    flow,
  };
}
