/**
 * Lines → blocks (headings, paragraphs, list items, schedule rows). A paragraph ends at a wider
 * vertical gap, a change of font size, a new numbering or bullet, or after a sentence that ends a
 * short line or before an indented first line. A paragraph that runs over a page or column break
 * (no terminal punctuation before the break, the text after it continues the sentence) stays one
 * block spanning both places.
 */
import type { BlockKind } from '../types.js';
import type { BodyStyle } from './body-style.js';
import type { ClassifiedLine } from './classify-line.js';
import type { TableRow } from './detect-table-row.js';
import type { TextLine } from './layout-types.js';
import type { Numbering } from './parse-numbering.js';

export interface Block {
  kind: BlockKind;
  lines: TextLine[];
  numbering: Numbering | null;
  row: TableRow | null;
}

interface FlowExtent {
  x0: number;
  x1: number;
}

const TERMINAL = /[.!?:;]["'”’)\]]*$/;
const CONNECTOR_END = /(?:[,&\-–—(/]|\b(?:and|or|of|the|a|an|to|for|in|on|by|with|from|at|as|any|your|our|their|which|that|is|are|be|not|per))$/i;

function startsLower(text: string): boolean {
  return /^[\p{Ll}]/u.test(text.trim());
}

function flowExtents(lines: TextLine[]): Map<number, FlowExtent> {
  const extents = new Map<number, FlowExtent>();
  for (const line of lines) {
    const e = extents.get(line.flow);
    if (!e) extents.set(line.flow, { x0: line.x0, x1: line.x1 });
    else {
      e.x0 = Math.min(e.x0, line.x0);
      e.x1 = Math.max(e.x1, line.x1);
    }
  }
  return extents;
}

/** The line stops well before the right edge of its text flow (the last line of a paragraph). */
function isShort(line: TextLine, extents: Map<number, FlowExtent>): boolean {
  const e = extents.get(line.flow);
  if (!e) return false;
  const width = e.x1 - e.x0;
  return line.x1 < e.x1 - Math.max(width * 0.25, line.fontSize * 4);
}

export function buildBlocks(classified: ClassifiedLine[], body: BodyStyle): Block[] {
  const extents = flowExtents(classified.map((c) => c.line));
  const blocks: Block[] = [];
  let current: Block | null = null;
  const start = (kind: BlockKind, c: ClassifiedLine): Block => {
    const block: Block = { kind, lines: [c.line], numbering: c.numbering, row: c.row };
    blocks.push(block);
    return block;
  };
  for (const c of classified) {
    if (c.role === 'heading') {
      if (current && current.kind === 'heading' && continuesHeading(current, c, body)) current.lines.push(c.line);
      else current = start('heading', c);
    } else if (c.role === 'table_row') {
      // A row with one value per plan column gives one block per column.
      for (const row of c.rows ?? [c.row]) current = start('table_row', { ...c, row });
    } else if (c.role === 'column_header') {
      // A header row is a block of its own: the rows below are not its continuation.
      start('paragraph', c);
      current = null;
    } else if (c.role === 'item_start') {
      current = start('list_item', c);
    } else if (current && continuesParagraph(current, c.line, body, extents)) {
      current.lines.push(c.line);
    } else {
      current = start('paragraph', c);
    }
  }
  return blocks;
}

function continuesHeading(block: Block, next: ClassifiedLine, body: BodyStyle): boolean {
  const prev = block.lines[block.lines.length - 1];
  const line = next.line;
  if (next.numbering || line.flow !== prev.flow) return false;
  if (Math.abs(line.fontSize - prev.fontSize) > 0.5 || line.bold !== prev.bold) return false;
  if (line.baseline - prev.baseline > prev.fontSize * Math.max(body.lineSpacing, 1.1) * 1.5) return false;
  if (startsLower(line.text) || CONNECTOR_END.test(prev.text.trim())) return true;
  // "SECTION 2" over "CONTENTS", "1." over "Definitions": the number heads the title below it.
  if (block.lines.length === 1 && block.numbering && block.numbering.rest === '') return true;
  // Display titles (well above body size) wrap over several lines.
  return line.fontSize >= body.fontSize * 1.5 && !TERMINAL.test(prev.text.trim());
}

function continuesParagraph(block: Block, line: TextLine, body: BodyStyle, extents: Map<number, FlowExtent>): boolean {
  if (block.kind === 'heading' || block.kind === 'table_row') return false;
  const prev = block.lines[block.lines.length - 1];
  const prevText = prev.text.trim();
  const terminal = TERMINAL.test(prevText);
  if (Math.abs(line.fontSize - prev.fontSize) > 0.6) return false;

  if (line.flow !== prev.flow) {
    // Across a page or column break: only an unfinished sentence carries over.
    if (terminal) return false;
    if (startsLower(line.text)) return true;
    return !isShort(prev, extents) && /[\p{L}\d,]$/u.test(prevText);
  }

  const pitch = line.baseline - prev.baseline;
  if (pitch <= 0) return false;
  if (pitch > prev.fontSize * body.lineSpacing * 1.4 + 1) return false;
  // A term wrapped over two lines beside the start of its definition ("Reasonable and | Charges
  // for medical" over "customary charges | treatment which do not"): the cells run on downwards.
  if (block.lines.every((l) => sameCellColumns(l, line)) && continuesCells(prev, line)) return true;
  // A new row of a table whose cells are separated by wide gaps.
  if (line.cells.length > 1 && (terminal || prev.cells.length > 1)) return false;
  const short = isShort(prev, extents);
  const first = block.lines[0];
  // Continuation lines of a numbered item hang to the right of the number (those of a term wrapped
  // beside its definition run on in the definition's cell); text back at the number's position
  // after a finished sentence is a new paragraph.
  const cont = block.lines.length > 1 ? block.lines[1] : first;
  const contX0 = sameCellColumns(first, cont) ? cont.cells[cont.cells.length - 1].x0 : cont.x0;
  const indented = line.x0 > contX0 + prev.fontSize * 1.2 && block.lines.length > 1;
  // Text back left of where the block's lines run on (a hanging term, the next definition) after a
  // finished sentence starts a new paragraph, as a number does for list items.
  const outdented = (block.kind === 'list_item' && line.x0 < first.x0 - 1) || (block.lines.length > 1 && line.x0 < contX0 - prev.fontSize);
  if (terminal && (short || indented || outdented)) return false;
  if (short && !startsLower(line.text) && !CONNECTOR_END.test(prevText)) return false;
  if (prev.bold !== line.bold && !body.bold && (prev.bold ? terminal || short : false)) return false;
  return true;
}

/** Both lines are split into the same cells, starting at the same positions. */
export function sameCellColumns(a: TextLine, b: TextLine): boolean {
  if (a.cells.length < 2 || a.cells.length !== b.cells.length) return false;
  const tolerance = Math.max(1.5, a.fontSize * 0.2);
  return a.cells.every((c, i) => Math.abs(c.x0 - b.cells[i].x0) <= tolerance);
}

/** The cells of `line` carry on those above: the last cell continues its sentence in lower case. */
function continuesCells(prev: TextLine, line: TextLine): boolean {
  const above = prev.cells[prev.cells.length - 1].text.trim();
  const below = line.cells[line.cells.length - 1].text;
  return !TERMINAL.test(above) && (startsLower(below) || CONNECTOR_END.test(above));
}
