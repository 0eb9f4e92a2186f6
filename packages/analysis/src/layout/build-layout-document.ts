/**
 * The pure part of the layout stage: positioned text items of every page → LayoutDocument.
 * Lines in reading order (two-column pages cut at their gutter; a page with too few lines in one
 * column to show it is cut at the gutter the document's other pages share), furniture and contents
 * pages set aside, the lines of benefit tables rebuilt into one line per row, lines grouped into
 * blocks, blocks placed in the section tree and emitted as clauses.
 */
import type { BBox, LayoutClause, LayoutDocument, PageInfo } from '../types.js';
import { measureBodyStyle } from './body-style.js';
import { buildBlocks, sameCellColumns, type Block } from './build-blocks.js';
import { readPage } from './build-lines.js';
import { commonGutter } from './detect-column-gutter.js';
import { classifyLine } from './classify-line.js';
import { applyColumnHeaders } from './column-headers.js';
import { detectTitle } from './detect-title.js';
import { groupTableRows } from './group-table-rows.js';
import { isTocPage } from './detect-toc.js';
import { joinLineTexts } from './join-lines.js';
import type { PageText, TextLine } from './layout-types.js';
import { normalizeSpacing } from './normalize-text.js';
import { removeFurniture } from './remove-furniture.js';
import { placeInSectionTree } from './section-tree.js';

export function buildLayoutDocument(pages: PageText[], extraWarnings: string[] = []): LayoutDocument {
  const warnings = [...extraWarnings];
  const pageInfos: PageInfo[] = pages.map((p) => ({ number: p.page, width: p.width, height: p.height }));
  let flowOffset = 0;
  let textItems = 0;
  const readings = pages.map((p) => readPage(p.items, p.width));
  // A page with too few lines in one column to show its gutter is read with the gutter most pages
  // of the same width share.
  for (const width of new Set(pages.map((p) => Math.round(p.width)))) {
    const same = pages.map((p, i) => i).filter((i) => Math.round(pages[i].width) === width);
    const common = commonGutter(same.map((i) => readings[i].gutter));
    if (!common) continue;
    for (const i of same) if (!readings[i].gutter) readings[i] = readPage(pages[i].items, pages[i].width, common);
  }
  const pageLines: TextLine[][] = pages.map((p, pageIndex) => {
    textItems += p.items.length;
    const lines = readings[pageIndex].lines;
    let maxFlow = -1;
    for (const line of lines) {
      maxFlow = Math.max(maxFlow, line.flow);
      line.flow += flowOffset;
    }
    flowOffset += maxFlow + 1;
    return lines;
  });

  const empty = pages.filter((_, i) => pageLines[i].length === 0).map((p) => p.page);
  if (empty.length > 0) warnings.push(`${empty.length} page(s) have no text layer (${compactRanges(empty)}); their content is not compared.`);

  const body = measureBodyStyle(pageLines.flat());
  const furniture = removeFurniture(pageLines, pages.map((p) => p.height), body.fontSize);
  const tocPages: number[] = [];
  const contentLines: TextLine[] = [];
  furniture.pages.forEach((lines, i) => {
    if (isTocPage(lines, pages.length)) tocPages.push(pages[i].page);
    else contentLines.push(...lines);
  });

  const firstWithText = furniture.pages.find((lines) => lines.length > 0) ?? [];
  const title = detectTitle(firstWithText);
  const blocks = buildBlocks(
    applyColumnHeaders(groupTableRows(contentLines).map((line) => classifyLine(line, body))),
    body,
  );
  const texts = blocks.map(blockText);
  const kept = blocks.map((b, i) => ({ block: b, text: texts[i] })).filter((x) => x.text !== '');
  const placements = placeInSectionTree(
    kept.map((k) => k.block),
    kept.map((k) => k.text),
  );
  const clauses: LayoutClause[] = kept.map(({ block, text }, i) => {
    const first = block.lines[0];
    const placement = placements[i];
    const bboxes = blockBoxes(block);
    const clause: LayoutClause = {
      id: `c${String(i + 1).padStart(4, '0')}`,
      kind: block.kind,
      number: placement.number,
      section: placement.section,
      heading: placement.heading,
      headingPath: placement.headingPath,
      level: placement.level,
      text,
      pageStart: bboxes[0].page,
      pageEnd: bboxes[bboxes.length - 1].page,
      bboxes,
      fontSize: first.fontSize,
      bold: first.bold,
    };
    if (block.row) {
      clause.label = block.row.label;
      clause.value = block.row.value;
    }
    const spans = blockBoldSpans(block);
    if (spans.length > 0) clause.boldSpans = spans;
    return clause;
  });

  const characters = contentLines.reduce((sum, l) => sum + l.text.length, 0);
  return {
    pageCount: pages.length,
    pages: pageInfos,
    clauses,
    tocPages,
    removedFurniture: furniture.removed,
    warnings,
    title,
    stats: { textItems, lines: contentLines.length, characters },
  };
}

export function blockText(block: Block): string {
  if (block.row) return `${block.row.label}: ${block.row.value}`;
  const n = block.numbering;
  const cellRows = leadingCellRows(block);
  if (!n && cellRows > 1) {
    // Cells wrapped over several lines read down each cell, then across: the whole term, then its definition.
    const lead = block.lines[0].cells.map((_, c) => block.lines.slice(0, cellRows).reduce((text, line) => joinLineTexts(text, line.cells[c].text), ''));
    let text = lead.join(' ');
    for (let i = cellRows; i < block.lines.length; i++) text = joinLineTexts(text, block.lines[i].text);
    return normalizeSpacing(text);
  }
  // The number is kept in `number`/`section`; the text starts after it, so renumbered clauses
  // still compare equal. "Section 2 – Contents" keeps its words: they are part of the title.
  const firstText = n && n.style !== 'section' ? n.rest : block.lines[0].text;
  let text = firstText;
  for (let i = 1; i < block.lines.length; i++) text = joinLineTexts(text, block.lines[i].text);
  if (text.trim() === '' && n) text = block.lines[0].text;
  return normalizeSpacing(text);
}

/** How many lines at the start of the block share one set of cell columns (1 when none do). */
function leadingCellRows(block: Block): number {
  let count = 1;
  while (count < block.lines.length && sameCellColumns(block.lines[0], block.lines[count])) count++;
  return count;
}

/** One box per page and text flow: a paragraph continued in the next column gets two boxes. */
function blockBoxes(block: Block): BBox[] {
  const boxes: BBox[] = [];
  let lastFlow = -1;
  for (const line of block.lines) {
    const box = boxes[boxes.length - 1];
    if (box && line.flow === lastFlow) {
      box.x0 = Math.min(box.x0, line.x0);
      box.y0 = Math.min(box.y0, line.y0);
      box.x1 = Math.max(box.x1, line.x1);
      box.y1 = Math.max(box.y1, line.y1);
    } else {
      boxes.push({ page: line.page, x0: line.x0, y0: line.y0, x1: line.x1, y1: line.y1 });
      lastFlow = line.flow;
    }
  }
  return boxes.map((b) => ({ page: b.page, x0: round(b.x0), y0: round(b.y0), x1: round(b.x1), y1: round(b.y1) }));
}

function blockBoldSpans(block: Block): string[] {
  if (block.lines.every((l) => l.bold)) return [];
  const spans: string[] = [];
  let from = 0;
  const cellRows = leadingCellRows(block);
  if (!block.numbering && cellRows > 1 && block.lines.slice(0, cellRows).every((l) => l.boldSpans[0] === l.cells[0].text)) {
    // A bold term wrapped over several lines is one span, as the text reads it.
    const lead = block.lines.slice(0, cellRows);
    spans.push(normalizeSpacing(lead.reduce((text, line) => joinLineTexts(text, line.cells[0].text), '')));
    for (const line of lead) spans.push(...line.boldSpans.slice(1));
    from = cellRows;
  }
  for (const line of block.lines.slice(from)) {
    if (line.bold) spans.push(line.text);
    else spans.push(...line.boldSpans);
  }
  return spans;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function compactRanges(pages: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    parts.push(i === j ? `p. ${pages[i]}` : `pp. ${pages[i]}–${pages[j]}`);
    i = j;
  }
  return parts.join(', ');
}
