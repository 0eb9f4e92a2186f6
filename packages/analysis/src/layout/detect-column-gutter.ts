/**
 * Finds the vertical gutter of a two-column page: an empty band near the middle of the page that
 * body lines on both sides stop at. A table with a label column and a value column also leaves an
 * empty band, so both sides must look like running text: the left lines reach the gutter (filled
 * or justified) and the right lines start at a few fixed positions (left-aligned, maybe with
 * hanging indents) just after it.
 *
 * Once the gutter is known, each row is read either as two column lines or, when it belongs to a
 * table laid across the whole page, as one line: see readsAcrossGutter.
 */
import { isTableValue } from './detect-table-row.js';
import { pageExtent } from './page-extent.js';

/** One run of visible text on a row (a text item), or a stretch of such runs. */
export interface RowChunk {
  x0: number;
  x1: number;
  /** The text, when known: a figure standing alone reads as a table value. */
  text?: string;
}

export interface GutterRow {
  /** The row's text items, left to right. */
  pieces: RowChunk[];
  fontSize: number;
}

export interface Gutter {
  /** Left and right edges of the empty band. */
  x0: number;
  x1: number;
  /**
   * Where the running lines of each column start: the column's edge and its indents (hanging
   * numbers, a definition's text beside its term). A row whose cells sit elsewhere is a table
   * laid across the page.
   */
  lineStarts: { left: number[]; right: number[] };
}

const MIN_ROWS_PER_SIDE = 4;
/** Cells of a row are stretches set apart by more than this many ems (wider than any indent). */
const CELL_GAP_EM = 3;
/** Pieces closer than this many ems belong to one stretch. */
const CHUNK_GAP_EM = 1.2;
/** Mean words per stretch of a column of running text, at the least. */
const MIN_WORDS_PER_LINE = 2;
/** A gap at the gutter narrower than this many ems is a word space: the text runs through it. */
const WORD_SPACE_EM = 0.6;

/** Pieces sorted left to right → stretches, joined across gaps narrower than about one em. */
function mergeChunks(pieces: RowChunk[], fontSize: number): RowChunk[] {
  const chunks: RowChunk[] = [];
  for (const p of pieces) {
    const last = chunks[chunks.length - 1];
    if (last && p.x0 - last.x1 < fontSize * CHUNK_GAP_EM) {
      last.x1 = Math.max(last.x1, p.x1);
      if (last.text !== undefined && p.text !== undefined) last.text = `${last.text} ${p.text}`;
      else last.text = undefined;
    } else chunks.push({ ...p });
  }
  return chunks;
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

export function detectColumnGutter(rows: GutterRow[], width: number): Gutter | null {
  // The search keeps a count per point of width: a page wider than any real one is read as the widest.
  const pageWidth = pageExtent(width);
  if (rows.length < MIN_ROWS_PER_SIDE || pageWidth <= 0) return null;
  const bodySize = median(rows.map((r) => r.fontSize)) || 10;
  const minWidth = Math.max(6, bodySize * 0.8);
  for (const band of emptyBands(rows, pageWidth)) {
    if (band.width < minWidth) break;
    const gutter = withLineStarts(rows, band);
    if (looksLikeTextColumns(rows, gutter)) return gutter;
  }
  return null;
}

interface Band {
  x0: number;
  x1: number;
  /** Width of the whole run few rows cross, which may be wider than [x0, x1]. */
  width: number;
}

/**
 * Candidate gutters, widest first: runs of the middle half of the page that few rows cross
 * (full-width rows — a heading over both columns, a running footer, the end of a short line of
 * text above the columns — may). Runs are measured on text items: where the gutter is narrower
 * than the gap that joins words into a stretch, a left and a right line touch across it.
 *
 * Within a run the gutter proper is a stretch crossed by the fewest stretches of text: the
 * hanging numbers of the right column ("12.6", "(a)") are few enough to fall inside a run, and a
 * cut through its middle would go through them. Of several such stretches the leftmost wide one
 * is taken: the run starts where the left column ends, while numbers and indents of the right
 * column come later in it.
 */
function emptyBands(rows: GutterRow[], pageWidth: number): Band[] {
  const searchFrom = Math.floor(pageWidth * 0.25);
  const searchTo = Math.ceil(pageWidth * 0.75);
  const byPiece = coverage(rows.map((r) => r.pieces), searchTo);
  const byStretch = coverage(rows.map((r) => mergeChunks(r.pieces, r.fontSize)), searchTo);
  const maxCrossing = Math.max(1, Math.floor(rows.length * 0.12));
  const bands = runsAtMost(byPiece, searchFrom, searchTo, maxCrossing).map((run): Band => {
    let least = Infinity;
    for (let x = run.x0; x < run.x1; x++) least = Math.min(least, byStretch[x]);
    const cores = runsAtMost(byStretch, run.x0, run.x1, least);
    const widest = Math.max(...cores.map((c) => c.x1 - c.x0));
    const core = cores.find((c) => c.x1 - c.x0 >= widest * 0.6) ?? cores[0];
    return { x0: core.x0, x1: core.x1, width: run.x1 - run.x0 };
  });
  return bands.sort((a, b) => b.width - a.width);
}

/** How many of the rows' spans cover each point from 0 to `to` (nothing further is looked at). */
function coverage(spans: RowChunk[][], to: number): Int32Array {
  const width = to + 1;
  const diff = new Int32Array(width + 1);
  for (const row of spans) {
    for (const span of row) {
      const a = Math.max(0, Math.floor(span.x0));
      const b = Math.min(width, Math.ceil(span.x1));
      if (b > a) {
        diff[a] += 1;
        diff[b] -= 1;
      }
    }
  }
  const covered = new Int32Array(to + 1);
  let running = 0;
  for (let x = 0; x <= to; x++) {
    running += diff[x];
    covered[x] = running;
  }
  return covered;
}

/** Maximal runs of [from, to) where coverage is at most `limit`. */
function runsAtMost(coverage: Int32Array, from: number, to: number, limit: number): { x0: number; x1: number }[] {
  const runs: { x0: number; x1: number }[] = [];
  let runStart = -1;
  for (let x = from; x <= to; x++) {
    const open = x < to && coverage[x] <= limit;
    if (open && runStart < 0) runStart = x;
    if (!open && runStart >= 0) {
      runs.push({ x0: runStart, x1: x });
      runStart = -1;
    }
  }
  return runs;
}

/**
 * The middle of the empty band. Rows are cut there: the band found with a tolerance for crossing
 * rows can reach into the end of the longest left-column line, its middle cannot.
 */
export function gutterCenter(gutter: { x0: number; x1: number }): number {
  return (gutter.x0 + gutter.x1) / 2;
}

/**
 * The row's stretches on each side of the gutter's middle. The row crosses the gutter when a text
 * item covers the middle (a full-width heading) or the items either side of it are only a word
 * space apart: a line running over the page, not two column lines. Where the gutter is narrow a
 * left and a right column line can fall into one stretch; they are still cut apart here.
 */
function splitAtGutter(row: GutterRow, gutter: { x0: number; x1: number }): { left: RowChunk[]; right: RowChunk[]; crosses: boolean } {
  const center = gutterCenter(gutter);
  const left: RowChunk[] = [];
  const right: RowChunk[] = [];
  for (const p of row.pieces) {
    if (p.x1 <= center) left.push(p);
    else if (p.x0 >= center) right.push(p);
    else return { left: [], right: [], crosses: true };
  }
  if (left.length > 0 && right.length > 0 && right[0].x0 - left[left.length - 1].x1 < row.fontSize * WORD_SPACE_EM) {
    return { left: [], right: [], crosses: true };
  }
  return { left: mergeChunks(left, row.fontSize), right: mergeChunks(right, row.fontSize), crosses: false };
}

function hasCellGap(chunks: RowChunk[], fontSize: number): boolean {
  for (let i = 1; i < chunks.length; i++) if (chunks[i].x0 - chunks[i - 1].x1 > fontSize * CELL_GAP_EM) return true;
  return false;
}

/**
 * Start positions shared by at least two single-stretch lines of a side: the column's edge, its
 * indents, the text beside a definition's term. Cells of a table laid across the page start at
 * the table's own column positions, which running lines do not use.
 */
function withLineStarts(rows: GutterRow[], band: { x0: number; x1: number }): Gutter {
  const left: number[] = [];
  const right: number[] = [];
  for (const row of rows) {
    const split = splitAtGutter(row, band);
    if (split.crosses) continue;
    if (split.left.length > 0 && !hasCellGap(split.left, row.fontSize)) left.push(split.left[0].x0);
    if (split.right.length > 0 && !hasCellGap(split.right, row.fontSize)) right.push(split.right[0].x0);
  }
  return { x0: band.x0, x1: band.x1, lineStarts: { left: sharedPositions(left), right: sharedPositions(right) } };
}

/** Positions (to about a point and a half) that at least two values share, one per cluster. */
function sharedPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const shared: number[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] - sorted[i] <= 1.5) j++;
    if (j > i) shared.push(sorted[i]);
    i = j + 1;
  }
  return shared;
}

function startsAtLineStart(chunks: RowChunk[], starts: number[], fontSize: number): boolean {
  const tolerance = Math.max(1.5, fontSize * 0.2);
  return chunks.some((c) => starts.some((s) => c.x0 >= s - tolerance && c.x0 <= s + 1.5 + tolerance));
}

/** A label stretch, then one figure: a schedule row set inside one column. */
function isLabelValue(chunks: RowChunk[]): boolean {
  if (chunks.length < 2) return false;
  const last = chunks[chunks.length - 1].text;
  const label = chunks
    .slice(0, -1)
    .map((c) => c.text ?? '')
    .join(' ');
  return last !== undefined && isTableValue(last) && /\p{L}/u.test(label) && !chunks.slice(0, -1).some((c) => c.text !== undefined && isTableValue(c.text));
}

/**
 * One side of a row reads as a line of its column: a single stretch of text, a row of the column's
 * own label–value schedule, or stretches of which one starts where the column's running lines
 * start (a term and its definition, a number and its clause).
 */
function isColumnLine(chunks: RowChunk[], starts: number[], fontSize: number): boolean {
  if (chunks.length === 0 || !hasCellGap(chunks, fontSize)) return true;
  return isLabelValue(chunks) || startsAtLineStart(chunks, starts, fontSize);
}

/**
 * The row is read whole across the page rather than cut at the gutter: a stretch covers the
 * gutter (a full-width heading or paragraph), or a side breaks into cells that do not line up
 * with that column's lines — a table laid across the page ("Insured person  $3,000 | $4,000
 * $5,000"), whose right part would otherwise become a line of figures without a label.
 */
export function readsAcrossGutter(row: GutterRow, gutter: Gutter): boolean {
  const split = splitAtGutter(row, gutter);
  if (split.crosses) return true;
  return !isColumnLine(split.left, gutter.lineStarts.left, row.fontSize) || !isColumnLine(split.right, gutter.lineStarts.right, row.fontSize);
}

/**
 * Words rather than figures: "Max. $500" and "$1,000 $1,500" are not running text, "Every 6 hours"
 * and "1. Fire, smoke, explosion" are. Stretches without known text count as words.
 */
function isWords(chunks: RowChunk[]): boolean {
  if (chunks.some((c) => c.text === undefined)) return true;
  const tokens = chunks.flatMap((c) => (c.text ?? '').split(/\s+/));
  const words = tokens.filter((t) => /\p{L}\p{L}/u.test(t)).length;
  const figures = tokens.filter((t) => /\d/.test(t)).length;
  return words >= 2 || (words === 1 && figures === 0);
}

interface ColumnSides {
  leftStarts: number[];
  leftEnds: number[];
  rightStarts: number[];
  rightEnds: number[];
  leftWords: number;
  rightWords: number;
  /** Words per stretch, one entry per row and side: lines of running text hold several. */
  leftWordsPerStretch: number[];
  rightWordsPerStretch: number[];
  /** Rows with text running through the gutter. */
  crossing: number;
}

function measureSides(rows: GutterRow[], gutter: Gutter): ColumnSides {
  const sides: ColumnSides = { leftStarts: [], leftEnds: [], rightStarts: [], rightEnds: [], leftWords: 0, rightWords: 0, leftWordsPerStretch: [], rightWordsPerStretch: [], crossing: 0 };
  for (const row of rows) {
    const { left, right, crosses } = splitAtGutter(row, gutter);
    if (crosses) sides.crossing++;
    // Rows read across the page sit on it with the text columns but are not part of them.
    if (crosses || readsAcrossGutter(row, gutter)) continue;
    if (left.length > 0) {
      sides.leftStarts.push(left[0].x0);
      sides.leftEnds.push(left[left.length - 1].x1);
      if (isWords(left)) sides.leftWords++;
      sides.leftWordsPerStretch.push(wordsPerStretch(left));
    }
    if (right.length > 0) {
      sides.rightStarts.push(right[0].x0);
      sides.rightEnds.push(right[right.length - 1].x1);
      if (isWords(right)) sides.rightWords++;
      sides.rightWordsPerStretch.push(wordsPerStretch(right));
    }
  }
  return sides;
}

/** Running text is words; the value columns of a schedule are figures ("$100", "Max. $500"). */
function bothSidesWords(sides: ColumnSides): boolean {
  return sides.leftWords >= sides.leftEnds.length * 0.5 && sides.rightWords >= sides.rightStarts.length * 0.5;
}

function wordsPerStretch(chunks: RowChunk[]): number {
  if (chunks.some((c) => c.text === undefined)) return MIN_WORDS_PER_LINE;
  const words = chunks.flatMap((c) => (c.text ?? '').split(/\s+/)).filter((t) => /\p{L}/u.test(t)).length;
  return words / chunks.length;
}

function looksLikeTextColumns(rows: GutterRow[], gutter: Gutter): boolean {
  const sides = measureSides(rows, gutter);
  const { leftStarts, leftEnds, rightStarts, rightEnds } = sides;
  if (leftEnds.length < MIN_ROWS_PER_SIDE || rightStarts.length < MIN_ROWS_PER_SIDE) return false;
  if (!bothSidesWords(sides)) return false;
  // Lines of running text hold several words; the cells of a table ("Family", "Adult &", "$4,000")
  // one or two.
  if (mean(sides.leftWordsPerStretch) < MIN_WORDS_PER_LINE || mean(sides.rightWordsPerStretch) < MIN_WORDS_PER_LINE) return false;
  // Column edges are the outermost positions many lines share; most lines may be indented (hanging
  // numbers, definitions set beside their terms), so a median would land on an indent.
  const leftX0 = percentile(leftStarts, 0.1);
  const leftX1 = percentile(leftEnds, 0.9);
  const rightX0 = percentile(rightStarts, 0.1);
  const leftWidth = leftX1 - leftX0;
  const rightWidth = percentile(rightEnds, 0.9) - rightX0;
  if (leftWidth <= 0 || rightWidth <= 0) return false;
  // Columns of running text are of comparable width; a narrow label column next to a wide one is a table.
  if (Math.min(leftWidth, rightWidth) / Math.max(leftWidth, rightWidth) < 0.45) return false;
  const filledLeft = leftEnds.filter((x) => x >= leftX1 - leftWidth * 0.2).length / leftEnds.length;
  // Left-aligned lines start at a few shared positions; right-aligned or centred cells do not.
  const starts = sharedPositions(rightStarts);
  const alignedRight = rightStarts.filter((x) => starts.some((s) => x >= s - 0.01 && x <= s + 1.5)).length / rightStarts.length;
  return filledLeft >= 0.3 && alignedRight >= 0.6 && rightX0 - gutter.x1 < leftWidth * 0.25;
}

/**
 * The document's usual gutter applied to a page that gave too few lines on one side to find it
 * (a column with only the last lines of a clause, a page of a short section): the page fits when
 * few rows run through the gutter, both sides hold text and the sides are words. Without the
 * gutter those few right-column lines would be read into the left column's lines beside them.
 */
export function fitDocumentGutter(rows: GutterRow[], gutter: { x0: number; x1: number }): Gutter | null {
  const withStarts = withLineStarts(rows, gutter);
  const sides = measureSides(rows, withStarts);
  if (sides.crossing > Math.max(1, Math.floor(rows.length * 0.12))) return null;
  if (sides.leftEnds.length === 0 || sides.rightStarts.length === 0 || sides.leftEnds.length + sides.rightStarts.length < MIN_ROWS_PER_SIDE) return null;
  return bothSidesWords(sides) ? withStarts : null;
}

/**
 * The gutter most pages of a document share (by its middle, to within a few points), or null when
 * no gutter recurs: a gutter found on one page only says nothing about the others.
 */
export function commonGutter(gutters: readonly ({ x0: number; x1: number } | null)[]): { x0: number; x1: number } | null {
  const found = gutters.filter((g): g is { x0: number; x1: number } => g !== null);
  let best: { x0: number; x1: number } | null = null;
  let bestCount = 1;
  for (const g of found) {
    const center = gutterCenter(g);
    const count = found.filter((h) => Math.abs(gutterCenter(h) - center) <= 3).length;
    if (count > bestCount) {
      best = g;
      bestCount = count;
    }
  }
  return best ? { x0: best.x0, x1: best.x1 } : null;
}
