/**
 * Renders a PolicyDocument to an A4 PDF laid out like a real wording: cover page, contents with
 * dot leaders, running header and "Page N of M" footer, numbered bold headings, hanging-indent
 * clauses, paragraphs that break across pages, a schedule table and optional two-column body and
 * hyphenation. Layout is computed first (pure arithmetic on font metrics), then drawn with pdf-lib.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFFont, PDFRawStream, StandardFonts } from 'pdf-lib';
import type { PolicyDocument } from './policy-model.js';
import { policyPlainText, policyUnits, type PolicyUnit } from './policy-text.js';

export interface RenderOptions {
  twoColumn?: boolean;
  /** Split long words at line ends with a hyphen. */
  hyphenate?: boolean;
  font?: 'helvetica' | 'times';
}

export interface UnitPlacement {
  pageStart: number;
  pageEnd: number;
}

export interface RenderedPolicy {
  pdf: Uint8Array;
  pageCount: number;
  /** Where each printed unit (by library id) starts and ends, 1-based pages. */
  placements: Map<string, UnitPlacement>;
  /** Logical text (one unit per line, no furniture, no hyphenation); see policyPlainText. */
  text: string;
}

export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
const MARGIN_X = 56;
/** Body text lives between these baselines; the header sits above, the footer below. */
export const BODY_TOP = 772;
export const BODY_BOTTOM = 64;
const HEADER_BASELINE = 806;
const FOOTER_BASELINE = 34;
const COLUMN_GAP = 20;
const BODY_SIZE = 9.5;
const LEADING = 12.6;
const CLAUSE_INDENT = 30;
const ITEM_INDENT = 52;
const TERM_COLUMN = 118;

type FontKey = 'regular' | 'bold';

interface Run {
  text: string;
  font: FontKey;
}

interface Segment {
  /** Offset from the line's left edge. */
  dx: number;
  text: string;
  font: FontKey;
  size: number;
}

interface Line {
  segments: Segment[];
  height: number;
}

interface DrawOp {
  x: number;
  y: number;
  text: string;
  font: FontKey;
  size: number;
}

interface PageLayout {
  ops: DrawOp[];
}

/** Character widths at size 1, cached: measuring word by word through pdf-lib is the slow part. */
class Metrics {
  private readonly cache: Record<FontKey, Map<string, number>> = { regular: new Map(), bold: new Map() };
  constructor(private readonly fonts: Record<FontKey, PDFFont>) {}

  width(text: string, font: FontKey, size: number): number {
    const cache = this.cache[font];
    let total = 0;
    for (const char of text) {
      let w = cache.get(char);
      if (w === undefined) {
        w = this.fonts[font].widthOfTextAtSize(char, 1);
        cache.set(char, w);
      }
      total += w;
    }
    return total * size;
  }
}

const HYPHENATABLE = /^[A-Za-z]{8,}[,.;:]?$/;

const VOWELS = new Set('aeiouyAEIOUY');
const DIGRAPHS = new Set(['th', 'ch', 'sh', 'ph', 'gh', 'wh', 'ck', 'qu']);

/** A rough syllable rule: break between two consonants (not a digraph), as in "anaes-thesia". */
function goodBreak(word: string, at: number): boolean {
  const before = word[at - 1];
  const after = word[at];
  return !VOWELS.has(before) && !VOWELS.has(after) && !DIGRAPHS.has(`${before}${after}`.toLowerCase());
}

/** Greedy line breaking over runs of mixed fonts; words keep their font. */
function wrapRuns(runs: Run[], width: number, size: number, metrics: Metrics, hyphenate: boolean): Line[] {
  const words: { text: string; font: FontKey }[] = [];
  for (const run of runs) for (const word of run.text.split(/\s+/)) if (word) words.push({ text: word, font: run.font });

  const lines: Line[] = [];
  let segments: Segment[] = [];
  let x = 0;
  const space = (font: FontKey): number => metrics.width(' ', font, size);
  const flush = (): void => {
    lines.push({ segments, height: LEADING * (size / BODY_SIZE) });
    segments = [];
    x = 0;
  };
  const place = (text: string, font: FontKey): void => {
    const last = segments[segments.length - 1];
    if (last && last.font === font) {
      last.text += ` ${text}`;
    } else {
      segments.push({ dx: x === 0 ? 0 : x + space(font), text, font, size });
    }
    x = x === 0 ? metrics.width(text, font, size) : x + space(font) + metrics.width(text, font, size);
  };

  for (const word of words) {
    const w = metrics.width(word.text, word.font, size);
    const needed = x === 0 ? w : x + space(word.font) + w;
    if (needed <= width || x === 0) {
      place(word.text, word.font);
      continue;
    }
    if (hyphenate && HYPHENATABLE.test(word.text)) {
      const letters = word.text.replace(/[,.;:]$/, '');
      let split = 0;
      for (let k = letters.length - 4; k >= 4; k--) {
        if (!goodBreak(letters, k)) continue;
        if (x + space(word.font) + metrics.width(`${word.text.slice(0, k)}-`, word.font, size) <= width) {
          split = k;
          break;
        }
      }
      if (split > 0) {
        place(`${word.text.slice(0, split)}-`, word.font);
        flush();
        place(word.text.slice(split), word.font);
        continue;
      }
    }
    flush();
    place(word.text, word.font);
  }
  if (segments.length > 0) flush();
  return lines;
}

interface Column {
  x: number;
  width: number;
}

/** Places lines into columns and pages, opening new ones as they fill. */
class Flow {
  readonly pages: PageLayout[] = [];
  private column = 0;
  private y = BODY_TOP;
  private columns: Column[];

  constructor(
    private readonly twoColumn: boolean,
    private readonly firstPageNumber: number,
  ) {
    this.columns = this.layoutColumns(twoColumn);
    this.pages.push({ ops: [] });
  }

  private layoutColumns(twoColumn: boolean): Column[] {
    const full = PAGE_WIDTH - 2 * MARGIN_X;
    if (!twoColumn) return [{ x: MARGIN_X, width: full }];
    const width = (full - COLUMN_GAP) / 2;
    return [
      { x: MARGIN_X, width },
      { x: MARGIN_X + width + COLUMN_GAP, width },
    ];
  }

  get columnWidth(): number {
    return this.columns[this.column].width;
  }

  /** 1-based page number of the current position. */
  get page(): number {
    return this.firstPageNumber + this.pages.length - 1;
  }

  get atTop(): boolean {
    return this.y === BODY_TOP;
  }

  remaining(): number {
    return this.y - BODY_BOTTOM;
  }

  nextColumn(): void {
    if (this.column + 1 < this.columns.length) {
      this.column++;
    } else {
      this.pages.push({ ops: [] });
      this.column = 0;
    }
    this.y = BODY_TOP;
  }

  /** Starts a page (unless the current one is still empty); `singleColumn` for pages that ignore the body's columns. */
  newPage(singleColumn = false): void {
    const empty = this.atTop && this.column === 0 && this.pages[this.pages.length - 1].ops.length === 0;
    if (!empty) this.pages.push({ ops: [] });
    this.columns = this.layoutColumns(this.twoColumn && !singleColumn);
    this.column = 0;
    this.y = BODY_TOP;
  }

  space(points: number): void {
    if (!this.atTop) this.y -= points;
  }

  /** Draws one line at the given indent; breaks to the next column first if it does not fit. */
  line(line: Line, indent: number, extra: Segment[] = []): void {
    if (this.y - line.height < BODY_BOTTOM) this.nextColumn();
    this.y -= line.height;
    const left = this.columns[this.column].x;
    const placed: DrawOp[] = [
      ...extra.map((segment) => ({ x: left + segment.dx, y: this.y, text: segment.text, font: segment.font, size: segment.size })),
      ...line.segments.map((segment) => ({ x: left + indent + segment.dx, y: this.y, text: segment.text, font: segment.font, size: segment.size })),
    ];
    // Left to right, so a text extractor reads the number before the clause and the label before the value.
    placed.sort((p, q) => p.x - q.x);
    this.pages[this.pages.length - 1].ops.push(...placed);
  }
}

const CELL_GAP = 8;

/**
 * Two cells: a label column wide enough for its label (150 pt at least, under half the width) and
 * a wide one. More: a first column half as wide again as the rest.
 */
function cellWidths(count: number, width: number, firstCell: number): number[] {
  if (count <= 1) return [width];
  if (count === 2) {
    const label = Math.min(Math.max(150, firstCell), width * 0.45);
    return [label, width - label];
  }
  const unit = width / (count + 0.5);
  return [unit * 1.5, ...Array.from({ length: count - 1 }, () => unit)];
}

function unitRuns(unit: PolicyUnit): Run[] {
  return unit.lead ? [{ text: unit.lead, font: 'bold' }, { text: unit.body, font: 'regular' }] : [{ text: unit.body, font: 'regular' }];
}

/** Lays out the body (schedule onwards) and returns pages, unit placements and contents entries. */
function layoutBody(
  units: PolicyUnit[],
  metrics: Metrics,
  options: Required<RenderOptions>,
  firstPage: number,
): { pages: PageLayout[]; placements: Map<string, UnitPlacement>; contents: { title: string; page: number }[] } {
  const flow = new Flow(options.twoColumn, firstPage);
  const placements = new Map<string, UnitPlacement>();
  const contents: { title: string; page: number }[] = [];
  const wrap = (runs: Run[], width: number, size = BODY_SIZE): Line[] => wrapRuns(runs, width, size, metrics, options.hyphenate);
  let afterInfo = false;

  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    let start = 0;
    const mark = (): void => {
      start = flow.page;
    };
    switch (unit.kind) {
      case 'heading': {
        const size = unit.level === 1 ? 13 : 10.5;
        const info = unit.sectionId.startsWith('info.');
        // The schedule, the definitions and each information page start a page (an information
        // page in one column, as forms and summaries are printed); everything else flows.
        if (unit.level === 1 && info) flow.newPage(true);
        else if (unit.level === 1 && (unit.sectionId === 'schedule' || unit.sectionId === 'definitions' || afterInfo)) flow.newPage();
        else flow.space(unit.level === 1 ? 14 : 7);
        if (unit.level === 1) afterInfo = info;
        const lines = wrap([{ text: unit.body, font: 'bold' }], flow.columnWidth, size);
        // Keep a heading with the first lines of what follows (a section heading also with its intro).
        const needed = lines.reduce((sum, line) => sum + line.height, 0) + (unit.level === 1 ? 5 : 3) * LEADING;
        if (flow.remaining() < needed) flow.nextColumn();
        mark();
        for (const line of lines) flow.line(line, 0);
        flow.space(unit.level === 1 ? 6 : 3);
        if (unit.level === 1) contents.push({ title: unit.body, page: start });
        break;
      }
      case 'paragraph': {
        flow.space(5);
        const lines = wrap(unitRuns(unit), flow.columnWidth);
        mark();
        for (const line of lines) flow.line(line, 0);
        break;
      }
      case 'clause': {
        flow.space(5);
        const lines = wrap(unitRuns(unit), flow.columnWidth - CLAUSE_INDENT);
        if (flow.remaining() < LEADING * Math.min(2, lines.length)) flow.nextColumn();
        mark();
        lines.forEach((line, index) => {
          const number = index === 0 ? [{ dx: 0, text: unit.number ?? '', font: 'bold' as const, size: BODY_SIZE }] : [];
          flow.line(line, CLAUSE_INDENT, number);
        });
        break;
      }
      case 'item': {
        flow.space(2);
        const lines = wrap(unitRuns(unit), flow.columnWidth - ITEM_INDENT);
        mark();
        lines.forEach((line, index) => {
          const label = index === 0 ? [{ dx: CLAUSE_INDENT, text: unit.number ?? '', font: 'regular' as const, size: BODY_SIZE }] : [];
          flow.line(line, ITEM_INDENT, label);
        });
        break;
      }
      case 'definition': {
        flow.space(5);
        if (unit.lead) {
          // Bold term in a left column, definition beside it.
          const termLines = wrap([{ text: unit.lead, font: 'bold' }], TERM_COLUMN - 8);
          const lines = wrap([{ text: unit.body, font: 'regular' }], flow.columnWidth - TERM_COLUMN);
          if (flow.remaining() < LEADING * 2) flow.nextColumn();
          mark();
          const count = Math.max(termLines.length, lines.length);
          for (let k = 0; k < count; k++) {
            const term = termLines[k]?.segments ?? [];
            flow.line(lines[k] ?? { segments: [], height: LEADING }, TERM_COLUMN, term);
          }
        } else {
          const lines = wrap(unitRuns(unit), flow.columnWidth);
          mark();
          for (const line of lines) flow.line(line, 0);
        }
        break;
      }
      case 'table_row': {
        flow.space(unit.header ? 6 : 3);
        const cells = unit.cells ?? [unit.body];
        const font: FontKey = unit.header ? 'bold' : 'regular';
        const widths = cellWidths(cells.length, flow.columnWidth, metrics.width(cells[0], font, BODY_SIZE) + CELL_GAP + 2);
        const offsets = widths.map((_, k) => widths.slice(0, k).reduce((sum, w) => sum + w, 0));
        const cellLines = cells.map((cell, k) => wrap([{ text: cell, font }], widths[k] - CELL_GAP));
        const count = Math.max(...cellLines.map((lines) => lines.length));
        // A row stays on one page.
        if (flow.remaining() < LEADING * count) flow.nextColumn();
        mark();
        const last = cells.length - 1;
        for (let k = 0; k < count; k++) {
          const extra = cellLines.slice(0, last).flatMap((lines, c) => (lines[k]?.segments ?? []).map((segment) => ({ ...segment, dx: offsets[c] + segment.dx })));
          flow.line(cellLines[last][k] ?? { segments: [], height: LEADING }, offsets[last], extra);
        }
        break;
      }
      case 'schedule_row': {
        flow.space(4);
        // Label on the left, value right-aligned: a wide gap rather than leaders.
        const valueWidth = metrics.width(unit.body, 'bold', BODY_SIZE);
        const labelLines = wrap([{ text: unit.lead ?? '', font: 'regular' }], flow.columnWidth - valueWidth - 24);
        mark();
        labelLines.forEach((line, index) => {
          // The value sits on the label's last line, so a wrapped label still reads "label value".
          const value = index === labelLines.length - 1 ? [{ dx: flow.columnWidth - valueWidth, text: unit.body, font: 'bold' as const, size: BODY_SIZE }] : [];
          flow.line(line, 0, value);
        });
        break;
      }
    }
    placements.set(unit.id, { pageStart: start, pageEnd: flow.page });
  }
  return { pages: flow.pages, placements, contents };
}

const CONTENTS_LINES_PER_PAGE = 44;

function contentsPages(entries: number): number {
  return Math.max(1, Math.ceil((entries + 2) / CONTENTS_LINES_PER_PAGE));
}

/** WinAnsi codes for the two non-ASCII characters the library uses. */
const WIN_ANSI: Record<string, string> = { '£': '\xA3', '–': '\x96' };

/** A PDF literal string body in WinAnsi (latin1 bytes), escaping the delimiters. */
function winAnsiLiteral(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (char >= ' ' && char <= '~') out += char;
    else if (WIN_ANSI[char]) out += WIN_ANSI[char];
    else throw new Error(`character ${JSON.stringify(char)} cannot be encoded in WinAnsi: ${text}`);
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function dateFromText(text: string): Date {
  const parsed = Date.parse(`${text} 00:00:00 GMT`);
  return new Date(Number.isNaN(parsed) ? 0 : parsed);
}

export async function renderPolicyPdf(policy: PolicyDocument, options: RenderOptions = {}): Promise<RenderedPolicy> {
  const settings: Required<RenderOptions> = { twoColumn: options.twoColumn ?? false, hyphenate: options.hyphenate ?? false, font: options.font ?? 'helvetica' };
  // updateMetadata: false keeps pdf-lib from stamping the current time, so output is byte-stable.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts: Record<FontKey, PDFFont> =
    settings.font === 'times'
      ? { regular: await doc.embedFont(StandardFonts.TimesRoman), bold: await doc.embedFont(StandardFonts.TimesRomanBold) }
      : { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const metrics = new Metrics(fonts);
  const units = policyUnits(policy);

  const headingCount = units.filter((u) => u.kind === 'heading' && u.level === 1).length;
  const tocPages = contentsPages(headingCount);
  const firstBodyPage = 2 + tocPages;
  const body = layoutBody(units, metrics, settings, firstBodyPage);
  const pageCount = 1 + tocPages + body.pages.length;

  const allPages: PageLayout[] = [];
  // Cover.
  const cover: DrawOp[] = [];
  const coverLine = (text: string, y: number, size: number, font: FontKey): void => {
    cover.push({ x: MARGIN_X, y, text, font, size });
  };
  coverLine(policy.insurer, 700, 14, 'bold');
  const titleLines = wrapRuns([{ text: policy.title, font: 'bold' }], PAGE_WIDTH - 2 * MARGIN_X, 26, metrics, false);
  titleLines.forEach((line, index) => coverLine(line.segments.map((s) => s.text).join(' '), 560 - index * 34, 26, 'bold'));
  coverLine(`Policy form ${policy.formCode}`, 500 - (titleLines.length - 1) * 34, 12, 'regular');
  coverLine(`Effective from ${policy.effectiveFrom}`, 482 - (titleLines.length - 1) * 34, 12, 'regular');
  coverLine('Please read this policy wording together with your schedule.', 150, 10, 'regular');
  allPages.push({ ops: cover });

  // Contents, with dot leaders to right-aligned page numbers.
  const dot = metrics.width('.', 'regular', BODY_SIZE + 0.5);
  const right = PAGE_WIDTH - MARGIN_X;
  for (let p = 0; p < tocPages; p++) {
    const ops: DrawOp[] = [];
    let y = BODY_TOP;
    if (p === 0) {
      ops.push({ x: MARGIN_X, y, text: 'Contents', font: 'bold', size: 16 });
      y -= 30;
    }
    for (const entry of body.contents.slice(p * CONTENTS_LINES_PER_PAGE, (p + 1) * CONTENTS_LINES_PER_PAGE)) {
      const size = BODY_SIZE + 0.5;
      const number = String(entry.page);
      const numberWidth = metrics.width(number, 'regular', size);
      const titleWidth = metrics.width(entry.title, 'regular', size);
      const dots = Math.max(3, Math.floor((right - numberWidth - MARGIN_X - titleWidth - 12) / dot));
      ops.push({ x: MARGIN_X, y, text: entry.title, font: 'regular', size });
      ops.push({ x: right - numberWidth - 6 - dots * dot, y, text: '.'.repeat(dots), font: 'regular', size });
      ops.push({ x: right - numberWidth, y, text: number, font: 'regular', size });
      y -= 15.5;
    }
    allPages.push({ ops });
  }
  allPages.push(...body.pages);

  allPages.forEach((layout, index) => {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    const keys: Record<FontKey, string> = {
      regular: page.node.newFontDictionary(fonts.regular.name, fonts.regular.ref).toString(),
      bold: page.node.newFontDictionary(fonts.bold.name, fonts.bold.ref).toString(),
    };
    const code = `Form ${policy.formCode}`;
    const footer = `Page ${index + 1} of ${pageCount}`;
    const furniture: DrawOp[] = [
      { x: MARGIN_X, y: HEADER_BASELINE, text: policy.insurer, font: 'regular', size: 8 },
      { x: PAGE_WIDTH - MARGIN_X - metrics.width(code, 'regular', 8), y: HEADER_BASELINE, text: code, font: 'regular', size: 8 },
      { x: (PAGE_WIDTH - metrics.width(footer, 'regular', 8)) / 2, y: FOOTER_BASELINE, text: footer, font: 'regular', size: 8 },
    ];
    // The content stream is written directly and deflated with zlib: pdf-lib's per-operator
    // objects and its JavaScript deflate made a 50-page policy several times slower.
    const parts: string[] = [
      `0.1 0.1 0.12 RG 0.5 w ${MARGIN_X} ${HEADER_BASELINE - 5} m ${round(PAGE_WIDTH - MARGIN_X)} ${HEADER_BASELINE - 5} l S`,
      'BT 0.1 0.1 0.12 rg',
    ];
    let current = '';
    for (const op of [...furniture, ...layout.ops]) {
      const fontState = `${keys[op.font]} ${op.size} Tf`;
      if (fontState !== current) {
        parts.push(fontState);
        current = fontState;
      }
      parts.push(`1 0 0 1 ${round(op.x)} ${round(op.y)} Tm (${winAnsiLiteral(op.text)}) Tj`);
    }
    parts.push('ET');
    const stream = PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode' }), deflateSync(Buffer.from(parts.join('\n'), 'latin1')));
    page.node.addContentStream(doc.context.register(stream));
  });

  const stamp = dateFromText(policy.effectiveFrom);
  doc.setTitle(`${policy.title} (${policy.formCode})`);
  doc.setAuthor(policy.insurer);
  doc.setCreator('policydiff testkit');
  doc.setProducer('policydiff testkit');
  doc.setCreationDate(stamp);
  doc.setModificationDate(stamp);
  const pdf = await doc.save();
  return { pdf, pageCount, placements: body.placements, text: policyPlainText(policy) };
}
