/**
 * The only part of the layout stage that touches pdfjs: PDF bytes → positioned text items per
 * page, in PDF points with the origin at the page's top-left corner. pdfjs runs with a fake
 * worker in Node (the legacy build loads its worker module itself), never evaluates embedded
 * JavaScript and never loads system fonts. pdfjs inflates each stream whole, and its cost grows
 * with the square of a page's graphics-state nesting, so the bytes are first measured
 * (pdf-decompression-budget.ts, graphics-state-budget.ts): a decompression bomb, or a page that
 * would keep pdfjs busy for minutes, is refused before pdfjs sees it.
 */
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LayoutInputError } from './layout-input-error.js';
import { loadPdfjs } from './load-pdfjs.js';
import { DEFAULT_DECOMPRESSION_LIMITS } from './pdf-decompression-budget.js';
import { refuseUnboundedContent, type ContentLimits } from './graphics-state-budget.js';
import type { PageText, TextItem } from './layout-types.js';
import { pageExtent } from './page-extent.js';

export const DEFAULT_MAX_PAGES = 1500;
/**
 * Pages read concurrently (pdfjs interleaves them on one thread). pdfjs inflates content streams
 * with DecompressionStream, off the thread: with one page in flight the thread sat idle ~9% of a
 * layout waiting for it. Two in flight: extraction of seven wordings 2373 -> 2145 ms (4-page IPIDs
 * 142 -> 117 ms); three gave little more.
 */
const PAGES_IN_FLIGHT = 2;

export interface ExtractedDocument {
  pages: PageText[];
  warnings: string[];
}

const BOLD_FONT_NAME = /bold|black|heavy|semibold|demibold|demi\b|extrabold|ultrabold|[-,_]bd\b|[-,]B$/i;

export function isBoldFontName(name: string): boolean {
  // "ABCDEF+Arial-BoldMT": the subset prefix says nothing about weight.
  return BOLD_FONT_NAME.test(name.replace(/^[A-Z]{6}\+/, ''));
}

/** pdfjs looks for %PDF- within the first kilobyte; so do we, to say "not a PDF" precisely. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * pdfjs is loaded by the first extraction, not when the analysis package is imported: its compiled
 * code costs ~36 MB in every thread that loads it, and every service process and stage thread
 * imports this package while only the layout stage's threads parse PDFs. Set by `openDocument`,
 * which runs before any other use below.
 */
let pdfjs!: typeof PdfjsModule;

/** Loads pdfjs now (a layout worker does this when it starts, so its first document does not wait). */
export async function preloadPdfjs(): Promise<void> {
  pdfjs = await loadPdfjs();
}

async function openDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  await preloadPdfjs();
  const task = pdfjs.getDocument({
    // pdfjs transfers (detaches) the buffer it is given; the caller's bytes stay usable.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // Only text is wanted: images are never decoded (an operator list built to learn a page's
    // fonts would otherwise decode every photo on it, which costs more than all the text).
    maxImageSize: 0,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string } | null)?.name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') {
      throw new LayoutInputError('encrypted', 'The PDF is password-protected: remove the password (or export an unprotected copy) and upload it again.', { cause: error });
    }
    throw new LayoutInputError('corrupt', `The PDF is damaged or truncated and could not be read (${message}).`, { cause: error });
  }
}

interface FontFacts {
  ascent: number;
  descent: number;
  bold: boolean;
}

function fontFacts(page: PDFPageProxy, fontName: string, style: { ascent?: number; descent?: number } | undefined, cache: Map<string, FontFacts>): FontFacts {
  const cached = cache.get(fontName);
  if (cached) return cached;
  let bold = false;
  if (page.commonObjs.has(fontName)) {
    const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean } | null;
    bold = Boolean(font?.bold || font?.black || (font?.name && isBoldFontName(font.name)));
  }
  // Some fonts declare no or absurd metrics; keep the glyph box plausible.
  const ascent = Math.min(1.1, Math.max(0.5, style?.ascent || 0.8));
  const descent = Math.max(-0.5, Math.min(0, style?.descent ?? -0.2));
  const facts = { ascent, descent, bold };
  cache.set(fontName, facts);
  return facts;
}

/**
 * Fonts reach the main thread (and so their names and weight) only when an operator list is built,
 * which costs as much again as the text content. Fonts are loaded once per document, so the
 * operator list is built only for a page that uses a font not seen before: typically the first
 * few pages, not every page.
 */
class FontLoader {
  /** Font name → the operator list run that brings it to the main thread (settled or not). */
  private readonly loading = new Map<string, Promise<unknown>>();

  async ensureLoaded(page: PDFPageProxy, fontNames: Iterable<string>): Promise<void> {
    const waits: Promise<unknown>[] = [];
    const missing: string[] = [];
    for (const name of fontNames) {
      const pending = this.loading.get(name);
      if (pending) waits.push(pending);
      else if (!page.commonObjs.has(name)) missing.push(name);
    }
    if (missing.length > 0) {
      // A failed operator list leaves the font unknown (not bold) rather than failing the page.
      const run = page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE }).catch(() => undefined);
      for (const name of missing) this.loading.set(name, run);
      waits.push(run);
    }
    await Promise.all(waits);
  }
}

async function extractPage(page: PDFPageProxy, pageNumber: number, fonts: FontLoader): Promise<{ text: PageText; rotatedItems: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  await fonts.ensureLoaded(page, Object.keys(content.styles));
  const cache = new Map<string, FontFacts>();
  const items: TextItem[] = [];
  let rotatedItems = 0;
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str.trim() === '') continue;
    const t = pdfjs.Util.transform(viewport.transform, raw.transform) as number[];
    const size = Math.hypot(t[2], t[3]);
    const horizontal = t[0] > 0 && Math.abs(t[1]) < t[0] * 0.05 && Math.abs(t[2]) < size * 0.05;
    if (!horizontal) {
      rotatedItems++;
      continue;
    }
    if (!(size > 0)) continue;
    const facts = fontFacts(page, raw.fontName, content.styles[raw.fontName], cache);
    const baseline = t[5];
    items.push({
      str: raw.str,
      x: t[4],
      y: baseline - facts.ascent * size,
      width: raw.width,
      height: (facts.ascent - facts.descent) * size,
      baseline,
      fontName: raw.fontName,
      fontSize: size,
      bold: facts.bold,
      page: pageNumber,
    });
  }
  return { text: { page: pageNumber, width: pageExtent(viewport.width), height: pageExtent(viewport.height), items }, rotatedItems };
}

/** Runs `task(0 … count-1)` with at most `limit` running at once; results keep their index. */
async function mapInOrder<T>(count: number, limit: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

export interface ExtractOptions {
  /** Documents with more pages are refused; default 1500. */
  maxPages?: number;
  /** Pages read concurrently; default PAGES_IN_FLIGHT. */
  pagesInFlight?: number;
  /** Most bytes one stream may inflate to; default 32 MB (DEFAULT_MAX_INFLATED_STREAM_BYTES). */
  maxInflatedStreamBytes?: number;
  /** Most bytes all streams together may inflate to; default 128 MB (DEFAULT_MAX_INFLATED_DOCUMENT_BYTES). */
  maxInflatedDocumentBytes?: number;
  /** Graphics-state and content limits (graphics-state-budget.ts); the defaults when absent. */
  contentLimits?: Partial<ContentLimits>;
}

/**
 * @throws LayoutInputError not_pdf, decompression_bomb, graphics_state_bomb, encrypted, corrupt, too_many_pages or no_text
 */
export async function extractTextItems(pdf: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  if (!hasPdfHeader(pdf)) {
    throw new LayoutInputError('not_pdf', 'The file is not a PDF (it does not start with a %PDF- header).');
  }
  await refuseUnboundedContent(
    pdf,
    {
      maxStreamBytes: options.maxInflatedStreamBytes ?? DEFAULT_DECOMPRESSION_LIMITS.maxStreamBytes,
      maxDocumentBytes: options.maxInflatedDocumentBytes ?? DEFAULT_DECOMPRESSION_LIMITS.maxDocumentBytes,
    },
    options.contentLimits,
  );
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const doc = await openDocument(pdf);
  try {
    if (doc.numPages > maxPages) {
      throw new LayoutInputError('too_many_pages', `The PDF has ${doc.numPages} pages; at most ${maxPages} can be compared.`);
    }
    const pages: PageText[] = [];
    const warnings: string[] = [];
    let rotated = 0;
    let failures = 0;
    let firstFailure = '';
    const fonts = new FontLoader();
    const readPage = async (n: number): Promise<{ text: PageText; rotatedItems: number } | { error: unknown }> => {
      try {
        const page = await doc.getPage(n);
        const result = await extractPage(page, n, fonts);
        page.cleanup();
        return result;
      } catch (error) {
        return { error };
      }
    };
    // A few pages in flight keep pdfjs's message loop busy while one page waits on another step.
    const results = await mapInOrder(doc.numPages, Math.max(1, options.pagesInFlight ?? PAGES_IN_FLIGHT), (i) => readPage(i + 1));
    results.forEach((result, i) => {
      const n = i + 1;
      if ('error' in result) {
        failures++;
        firstFailure ||= result.error instanceof Error ? result.error.message : String(result.error);
        warnings.push(`Page ${n} could not be read and is left out.`);
        pages.push({ page: n, width: 0, height: 0, items: [] });
        return;
      }
      rotated += result.rotatedItems;
      pages.push(result.text);
    });
    if (failures === doc.numPages) {
      throw new LayoutInputError('corrupt', `The PDF is damaged and none of its ${doc.numPages} pages could be read (${firstFailure}).`);
    }
    if (pages.every((p) => p.items.length === 0)) {
      throw new LayoutInputError('no_text', `The PDF has no text layer (${doc.numPages} pages of images): it looks scanned; run OCR first.`);
    }
    if (rotated > 0) warnings.push(`${rotated} rotated or vertical text item(s) were left out (margin notes, watermarks).`);
    return { pages, warnings };
  } finally {
    await doc.destroy();
  }
}
