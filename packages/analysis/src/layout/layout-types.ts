/**
 * Intermediate shapes of the layout stage. Coordinates are PDF points with the origin at the page's
 * top-left corner (y grows downwards), like BBox in ../types.ts.
 */

/** One positioned run of text as pdfjs reports it, converted to top-left coordinates. */
export interface TextItem {
  str: string;
  /** Left edge. */
  x: number;
  /** Top edge of the glyph box. */
  y: number;
  width: number;
  /** Height of the glyph box (ascent to descent). */
  height: number;
  /** Baseline, used to group items into lines: glyph boxes of mixed fonts differ, baselines do not. */
  baseline: number;
  fontName: string;
  fontSize: number;
  bold: boolean;
  page: number;
}

/** A run of text between two wide gaps on a line: a table cell, a label or a value. */
export interface LineCell {
  text: string;
  x0: number;
  x1: number;
  /** Index of the value column the cell sits in, for rows rebuilt from a table (group-table-rows.ts). */
  column?: number;
}

/** Which part of a page a line belongs to when the page is set in two columns. */
export type LineColumn = 'full' | 'left' | 'right';

export interface TextLine {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  baseline: number;
  /** Font size covering most characters of the line. */
  fontSize: number;
  /** True when (nearly) every character is bold. */
  bold: boolean;
  /** Bold runs inside a line that is not bold as a whole. */
  boldSpans: string[];
  cells: LineCell[];
  column: LineColumn;
  /**
   * Index of the text flow the line belongs to, increasing in reading order across the document.
   * A new flow starts on every page and at every column; paragraphs never span flows except by
   * the explicit continuation rule.
   */
  flow: number;
}

export interface PageText {
  page: number;
  width: number;
  height: number;
  items: TextItem[];
}
