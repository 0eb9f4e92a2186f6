/**
 * The pure part of the layout stage: positioned text items of every page → LayoutDocument.
 * Lines in reading order, furniture and contents pages set aside, lines grouped into blocks,
 * blocks placed in the section tree and emitted as clauses.
 */
import type { BBox, LayoutClause, LayoutDocument, PageInfo } from '../types.js';
import { measureBodyStyle } from './body-style.js';
import { buildBlocks, type Block } from './build-blocks.js';
import { buildPageLines } from './build-lines.js';
import { classifyLine } from './classify-line.js';
import { applyColumnHeaders } from './column-headers.js';
import { detectTitle } from './detect-title.js';
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
  const pageLines: TextLine[][] = pages.map((p) => {
    textItems += p.items.length;
    const lines = buildPageLines(p.items, p.width);
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
    applyColumnHeaders(contentLines.map((line) => classifyLine(line, body))),
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
  // The number is kept in `number`/`section`; the text starts after it, so renumbered clauses
  // still compare equal. "Section 2 – Contents" keeps its words: they are part of the title.
  const firstText = n && n.style !== 'section' ? n.rest : block.lines[0].text;
  let text = firstText;
  for (let i = 1; i < block.lines.length; i++) text = joinLineTexts(text, block.lines[i].text);
  if (text.trim() === '' && n) text = block.lines[0].text;
  return normalizeSpacing(text);
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
  for (const line of block.lines) {
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
