/**
 * Benefit tables set as a label column and value columns ("Section 20 Insolvency of licensed
 * travel operator | $2,000 | $4,000 | …") come out of line building as separate lines: a label
 * wrapped over two lines, and its figures on a baseline of their own between them (vertically
 * centred), sometimes a cell of two lines ("$100" over "Max. $500"). Read line by line they give
 * stray figure lines without a label, which then compare as added or changed clauses.
 *
 * Here a run of lines of one text flow that holds figures in recurring positions is read as a
 * table: label fragments (left of the first figure column) are joined into row labels, each row
 * starting where a label starts at the label column's edge; every figure fragment goes to the row
 * whose label lines it sits beside, and to the value column it falls in. Each row becomes one line
 * of cells (label, then one cell per value column), which the schedule-row detection reads as a
 * label with one value per column.
 */
import { isTableValue } from './detect-table-row.js';
import type { LineCell, TextLine } from './layout-types.js';
import { normalizeSpacing } from './normalize-text.js';

/** Non-figure lines allowed between two figure lines of one table (wrapped labels, notes). */
const MAX_LINES_BETWEEN = 3;
/** Figure lines a table needs: a single label–value line is left to the schedule-row detection. */
const MIN_FIGURE_LINES = 2;
const MAX_LABEL_WORDS = 20;
/** A label without figures names a group of rows only when short: a heading, not a wrapped sentence. */
const MAX_GROUP_WORDS = 8;
const CONNECTOR_END = /(?:[,&\-–—(/]|\b(?:and|or|of|the|a|an|to|for|in|on|by|with|from|at|any|per))$/i;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** A table figure on its own: "$2,000", "Max. $500", "Not covered"; not a sentence with a figure. */
export function isFigureCell(text: string): boolean {
  const t = text.trim();
  return isTableValue(t) && wordCount(t) <= 4 && !/[.;:]$/.test(t.replace(/\b(?:max|min|no|approx)\.$/i, ''));
}

/** The line's figure cells, when it is a line of a table: figures only, or one label then figures. */
function figureCells(line: TextLine): LineCell[] | null {
  const cells = line.cells;
  if (cells.length === 0) return null;
  const first = isFigureCell(cells[0].text) ? 0 : 1;
  if (first === cells.length) return null;
  if (first === 1 && (!/\p{L}/u.test(cells[0].text) || wordCount(cells[0].text) > MAX_LABEL_WORDS)) return null;
  const figures = cells.slice(first);
  return figures.every((c) => isFigureCell(c.text)) ? figures : null;
}

interface Fragment {
  line: TextLine;
  cell: LineCell;
}

interface TableRowGroup {
  labels: Fragment[];
  values: Fragment[];
}

/** Splits lines into runs of one page and text flow, then rewrites each table found in a run. */
export function groupTableRows(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && lines[i].page === lines[start].page && lines[i].flow === lines[start].flow) continue;
    out.push(...rewriteTables(lines.slice(start, i)));
    start = i;
  }
  return out;
}

function rewriteTables(run: TextLine[]): TextLine[] {
  const figures = run.map(figureCells);
  const out: TextLine[] = [];
  let i = 0;
  while (i < run.length) {
    if (!figures[i]) {
      out.push(run[i]);
      i++;
      continue;
    }
    const block = tableBlock(run, figures, i);
    if (!block) {
      out.push(run[i]);
      i++;
      continue;
    }
    // Label lines just above the first figures (a label wrapped over two lines, figures centred
    // beside it) belong to the table too; they were already emitted and are taken back.
    let from = i;
    while (
      from > 0 &&
      i - from < 2 &&
      out[out.length - 1] === run[from - 1] &&
      isLabelLine(run[from - 1], block.valueLeft) &&
      !/^\p{Ll}/u.test(run[from - 1].text) &&
      run[from].baseline - run[from - 1].baseline <= run[from].fontSize * 2
    ) {
      from--;
      out.pop();
    }
    out.push(...readTable(run.slice(from, block.end), block.valueLeft));
    i = block.end;
  }
  return out;
}

/**
 * The table starting at figure line `first`: it runs on over figure lines, label lines left of the
 * figures and short notes among them, and ends at prose, at a wide vertical gap or after more than
 * a few lines without figures. Null unless at least two lines hold figures.
 */
function tableBlock(run: TextLine[], figures: (LineCell[] | null)[], first: number): { end: number; valueLeft: number } | null {
  let valueLeft = Math.min(...figures[first]!.map((c) => c.x0));
  let lastFigure = first;
  let figureLines = 1;
  for (let j = first + 1; j < run.length; j++) {
    const line = run[j];
    if (line.baseline - run[j - 1].baseline > line.fontSize * 3) break;
    const cells = figures[j];
    if (cells) {
      valueLeft = Math.min(valueLeft, ...cells.map((c) => c.x0));
      lastFigure = j;
      figureLines++;
      continue;
    }
    if (j - lastFigure > MAX_LINES_BETWEEN || !isTableLine(line, valueLeft)) break;
  }
  if (figureLines < MIN_FIGURE_LINES) return null;
  // Lines after the last figures are the text after the table, unless they carry on the last
  // label ("Section 24 Replacement of" / figures / "employee").
  let end = lastFigure + 1;
  const labelEdge = Math.min(...run.slice(first, end).map((l) => l.x0));
  while (end < run.length && end - lastFigure <= 2 && isLabelLine(run[end], valueLeft) && run[end].baseline - run[end - 1].baseline <= run[end].fontSize * 1.6) {
    const line = run[end];
    if (!/^\p{Ll}/u.test(line.text) && line.x0 <= labelEdge + line.fontSize * 0.5) break;
    end++;
  }
  return { end, valueLeft };
}

/**
 * A line that can sit among a table's rows: short label text left of the value columns (a row
 * label or its continuation, "Every 6 hours") and a few words inside them ("Max.", "per day").
 */
function isTableLine(line: TextLine, valueLeft: number): boolean {
  return line.cells.every((c) =>
    c.x0 < valueLeft - 1 ? c.x1 <= valueLeft + 1 && wordCount(c.text) <= MAX_LABEL_WORDS && !/[.;]$/.test(c.text.trim()) : wordCount(c.text) <= 4,
  );
}

/** A short line wholly left of the value columns: a row label or its continuation. */
function isLabelLine(line: TextLine, valueLeft: number): boolean {
  return line.x1 <= valueLeft + 1 && isTableLine(line, valueLeft);
}

function readTable(lines: TextLine[], valueLeft: number): TextLine[] {
  const labels: Fragment[] = [];
  const values: Fragment[] = [];
  for (const line of lines) {
    for (const cell of line.cells) (cell.x0 < valueLeft - 1 ? labels : values).push({ line, cell });
  }
  if (labels.length === 0) return lines;
  const labelEdge = Math.min(...labels.map((f) => f.cell.x0));
  const rows: TableRowGroup[] = [];
  for (const f of labels) {
    const row = rows[rows.length - 1];
    if (row && continuesLabel(row, f, labelEdge)) row.labels.push(f);
    else rows.push({ labels: [f], values: [] });
  }
  for (const v of values) rowBeside(rows, v).values.push(v);
  const columnOf = valueColumns(values);
  // A label without figures names the group of rows below it ("Section 21 – Travel cancellation"
  // over "Insured person", "Total for family cover"); the rows carry it, or rows of different
  // tables ("Child", "Adult") would read alike.
  let group: string | null = null;
  return rows.map((row) => {
    if (row.values.length === 0) {
      const label = labelText(row);
      group = /^[\p{Lu}\d]/u.test(label) && wordCount(label) <= MAX_GROUP_WORDS ? label : null;
      return rowLine(row, columnOf, null);
    }
    return rowLine(row, columnOf, group);
  });
}

function labelText(row: TableRowGroup): string {
  return normalizeSpacing(row.labels.map((f) => f.cell.text).join(' '));
}

/** A label fragment continues the row above when it is indented, starts in lower case or the label above runs on. */
function continuesLabel(row: TableRowGroup, f: Fragment, labelEdge: number): boolean {
  const last = row.labels[row.labels.length - 1];
  if (f.line === last.line) return true;
  if (f.line.baseline - last.line.baseline > f.line.fontSize * 1.6) return false;
  if (f.cell.x0 > labelEdge + f.line.fontSize * 0.5) return true;
  return /^\p{Ll}/u.test(f.cell.text) || CONNECTOR_END.test(last.cell.text.trim());
}

/**
 * The row a figure belongs to: the row of a label on its own line, else the last row whose label
 * starts at or above it (with half a line to spare). Figures are set level with their label or
 * centred on a label of several lines, never above it; so a cell of two lines beside a one-line
 * label stays with that label, and the next label starts the next row.
 */
function rowBeside(rows: TableRowGroup[], v: Fragment): TableRowGroup {
  let best = rows[0];
  for (const row of rows) {
    if (row.labels.some((f) => f.line === v.line)) return row;
    if (row.labels[0].line.baseline <= v.line.baseline + v.line.fontSize * 0.5) best = row;
  }
  return best;
}

/**
 * The value column of every figure fragment. Fragments of one column overlap most of the narrower
 * one's width (centred, left- or right-aligned alike); a figure centred across two columns ("$5,000"
 * for individual and family together) overlaps neither much and forms a column of its own. Columns
 * are numbered left to right. Fragments are swept in order of their left edge, so only fragments
 * that overlap are compared.
 */
function valueColumns(values: Fragment[]): Map<Fragment, number> {
  const order = [...values].sort((a, b) => a.cell.x0 - b.cell.x0);
  const parent = order.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  let active: number[] = [];
  order.forEach((f, i) => {
    active = active.filter((j) => order[j].cell.x1 > f.cell.x0);
    for (const j of active) {
      const g = order[j].cell;
      const overlap = Math.min(f.cell.x1, g.x1) - Math.max(f.cell.x0, g.x0);
      if (overlap >= 0.5 * Math.min(f.cell.x1 - f.cell.x0, g.x1 - g.x0)) parent[find(i)] = find(j);
    }
    active.push(i);
  });
  const left = new Map<number, number>();
  order.forEach((f, i) => {
    const root = find(i);
    left.set(root, Math.min(left.get(root) ?? Infinity, f.cell.x0));
  });
  const rank = new Map([...left.entries()].sort((a, b) => a[1] - b[1]).map(([root], index) => [root, index]));
  return new Map(order.map((f, i) => [f, rank.get(find(i)) ?? 0]));
}

/** One line for the row: the joined label (after its group's), then one cell per value column that holds anything. */
function rowLine(row: TableRowGroup, columnOf: Map<Fragment, number>, group: string | null): TextLine {
  const first = row.labels[0].line;
  if (row.values.length === 0 && row.labels.every((f) => f.line === first)) return first;
  const label: LineCell = {
    text: group ? `${group} › ${labelText(row)}` : labelText(row),
    x0: Math.min(...row.labels.map((f) => f.cell.x0)),
    x1: Math.max(...row.labels.map((f) => f.cell.x1)),
  };
  const perColumn = new Map<number, Fragment[]>();
  for (const v of row.values) {
    const column = columnOf.get(v) ?? 0;
    perColumn.set(column, [...(perColumn.get(column) ?? []), v]);
  }
  const valueCells: LineCell[] = [...perColumn.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([column, fragments]) => {
      fragments.sort((a, b) => a.line.baseline - b.line.baseline || a.cell.x0 - b.cell.x0);
      return {
        text: normalizeSpacing(fragments.map((f) => f.cell.text).join(' ')),
        x0: Math.min(...fragments.map((f) => f.cell.x0)),
        x1: Math.max(...fragments.map((f) => f.cell.x1)),
        column,
      };
    });
  const parts = [...row.labels, ...row.values].map((f) => f.line);
  const cells = [label, ...valueCells];
  return {
    ...first,
    text: cells.map((c) => c.text).join(' '),
    x0: Math.min(...parts.map((l) => l.x0)),
    y0: Math.min(...parts.map((l) => l.y0)),
    x1: Math.max(...parts.map((l) => l.x1)),
    y1: Math.max(...parts.map((l) => l.y1)),
    bold: valueCells.length === 0 && row.labels.every((f) => f.line.bold),
    boldSpans: [],
    cells,
  };
}
