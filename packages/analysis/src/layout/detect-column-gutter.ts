/**
 * Finds the vertical gutter of a two-column page: an empty band near the middle of the page that
 * body lines on both sides stop at. A table with a label column and a value column also leaves an
 * empty band, so both sides must look like running text: the left lines reach the gutter (filled
 * or justified) and the right lines start at it (left-aligned).
 */

/** A horizontal stretch of one row with no word gap wider than about one em. */
export interface RowChunk {
  x0: number;
  x1: number;
}

export interface GutterRow {
  chunks: RowChunk[];
  fontSize: number;
}

export interface Gutter {
  /** Left and right edges of the empty band. */
  x0: number;
  x1: number;
}

const MIN_ROWS_PER_SIDE = 4;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function detectColumnGutter(rows: GutterRow[], pageWidth: number): Gutter | null {
  if (rows.length < MIN_ROWS_PER_SIDE || pageWidth <= 0) return null;
  const width = Math.ceil(pageWidth) + 1;
  const diff = new Int32Array(width + 1);
  for (const row of rows) {
    for (const chunk of row.chunks) {
      const a = Math.max(0, Math.floor(chunk.x0));
      const b = Math.min(width, Math.ceil(chunk.x1));
      if (b > a) {
        diff[a] += 1;
        diff[b] -= 1;
      }
    }
  }
  // Full-width rows (a heading over both columns, a running footer) may cross the gutter.
  const maxCrossing = Math.max(1, Math.floor(rows.length * 0.12));
  const searchFrom = Math.floor(pageWidth * 0.25);
  const searchTo = Math.ceil(pageWidth * 0.75);
  let coverage = 0;
  let best: Gutter | null = null;
  let runStart = -1;
  for (let x = 0; x <= searchTo; x++) {
    coverage += diff[x];
    const open = x >= searchFrom && x < searchTo && coverage <= maxCrossing;
    if (open && runStart < 0) runStart = x;
    if (!open && runStart >= 0) {
      if (!best || x - runStart > best.x1 - best.x0) best = { x0: runStart, x1: x };
      runStart = -1;
    }
  }
  const bodySize = median(rows.map((r) => r.fontSize)) || 10;
  if (!best || best.x1 - best.x0 < Math.max(6, bodySize * 0.8)) return null;
  return looksLikeTextColumns(rows, best) ? best : null;
}

/**
 * The middle of the empty band. Rows are cut there: the band found with a tolerance for crossing
 * rows can reach into the end of the longest left-column line, its middle cannot.
 */
export function gutterCenter(gutter: Gutter): number {
  return (gutter.x0 + gutter.x1) / 2;
}

/** A chunk crosses the gutter when it covers its middle: a full-width heading, a wide table. */
export function crossesGutter(chunk: RowChunk, gutter: Gutter): boolean {
  const center = gutterCenter(gutter);
  return chunk.x0 < center && chunk.x1 > center;
}

/**
 * A row of a table laid across the gutter: a label and plan columns ("Insured person  $3,000
 * $4,000  $5,000"). A line of running text is one stretch per column; a row whose side breaks into
 * stretches set apart wider than a hanging indent is a table row, read whole across the page.
 */
export function isTableRowAcrossGutter(row: GutterRow, gutter: Gutter): boolean {
  const center = gutterCenter(gutter);
  const left = row.chunks.filter((c) => c.x1 <= center);
  const right = row.chunks.filter((c) => c.x0 >= center);
  return hasCellGap(left, row.fontSize) || hasCellGap(right, row.fontSize);
}

function hasCellGap(chunks: RowChunk[], fontSize: number): boolean {
  for (let i = 1; i < chunks.length; i++) if (chunks[i].x0 - chunks[i - 1].x1 > fontSize * 3) return true;
  return false;
}

function looksLikeTextColumns(rows: GutterRow[], gutter: Gutter): boolean {
  const leftEnds: number[] = [];
  const leftStarts: number[] = [];
  const rightStarts: number[] = [];
  const rightEnds: number[] = [];
  const center = gutterCenter(gutter);
  for (const row of rows) {
    // Table rows sit on the page with the text columns but are not part of them.
    if (isTableRowAcrossGutter(row, gutter)) continue;
    let left: RowChunk | null = null;
    let right: RowChunk | null = null;
    let crosses = false;
    for (const c of row.chunks) {
      if (c.x1 <= center) {
        if (!left) left = { ...c };
        left.x0 = Math.min(left.x0, c.x0);
        left.x1 = Math.max(left.x1, c.x1);
      } else if (c.x0 >= center) {
        if (!right) right = { ...c };
        right.x0 = Math.min(right.x0, c.x0);
        right.x1 = Math.max(right.x1, c.x1);
      } else crosses = true;
    }
    if (crosses) continue;
    if (left) {
      leftEnds.push(left.x1);
      leftStarts.push(left.x0);
    }
    if (right) {
      rightStarts.push(right.x0);
      rightEnds.push(right.x1);
    }
  }
  if (leftEnds.length < MIN_ROWS_PER_SIDE || rightStarts.length < MIN_ROWS_PER_SIDE) return false;
  const leftX0 = median(leftStarts);
  const rightX0 = median(rightStarts);
  const leftWidth = gutter.x0 - leftX0;
  const rightWidth = median(rightEnds) - rightX0;
  if (leftWidth <= 0 || rightWidth <= 0) return false;
  // Columns of running text are of comparable width; a narrow label column next to a wide one is a table.
  if (Math.min(leftWidth, rightWidth) / Math.max(leftWidth, rightWidth) < 0.45) return false;
  const filledLeft = leftEnds.filter((x) => x >= gutter.x0 - leftWidth * 0.2).length / leftEnds.length;
  const alignedRight = rightStarts.filter((x) => x <= rightX0 + 2).length / rightStarts.length;
  return filledLeft >= 0.4 && alignedRight >= 0.5 && rightX0 - gutter.x1 < leftWidth * 0.25;
}
