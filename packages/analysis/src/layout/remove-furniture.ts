/**
 * Running headers, footers and page numbers are not wording: they repeat on every page and would
 * otherwise be glued into the clauses around a page break. A line is furniture when it sits in the
 * top or bottom band of its page and its text, with digits normalised, recurs on several pages,
 * or when it is a bare page number there.
 */
import type { TextLine } from './layout-types.js';

/** Fraction of the page height treated as the header or footer band. */
const BAND = 0.1;

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$|^[ivxlc]{1,6}$/i;

export interface FurnitureResult {
  pages: TextLine[][];
  removed: string[];
}

type Band = 'top' | 'bottom';

function bandOf(line: TextLine, pageHeight: number): Band | null {
  if (line.y1 <= pageHeight * BAND) return 'top';
  if (line.y0 >= pageHeight * (1 - BAND)) return 'bottom';
  return null;
}

export function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * @param pages lines of each page in reading order
 * @param pageHeights height of each page, same order
 * @param bodyFontSize the most common font size of the document's text
 */
export function removeFurniture(pages: TextLine[][], pageHeights: number[], bodyFontSize: number): FurnitureResult {
  const pagesWithKey = new Map<string, Set<number>>();
  pages.forEach((lines, index) => {
    for (const line of lines) {
      const band = bandOf(line, pageHeights[index]);
      if (!band) continue;
      const key = `${band}|${furnitureKey(line.text)}`;
      let set = pagesWithKey.get(key);
      if (!set) pagesWithKey.set(key, (set = new Set()));
      set.add(index);
    }
  });
  const pageCount = pages.length;
  const minRepeats = pageCount <= 3 ? 2 : 3;
  // One example per distinct furniture text: "Page 3 of 40" stands for all forty page numbers.
  const removed = new Map<string, string>();
  const record = (text: string): void => {
    const key = furnitureKey(text);
    if (!removed.has(key)) removed.set(key, text.trim());
  };
  const kept = pages.map((lines, index) =>
    lines.filter((line) => {
      const band = bandOf(line, pageHeights[index]);
      if (!band) return true;
      if (PAGE_NUMBER.test(line.text.trim())) {
        record(line.text);
        return false;
      }
      const repeats = pagesWithKey.get(`${band}|${furnitureKey(line.text)}`)?.size ?? 0;
      // A large heading opening several sections at the top of a page is content, unless it is on
      // at least half of the pages (then it is the document's running title).
      const headingSized = line.fontSize >= bodyFontSize * 1.15;
      const isFurniture = repeats >= minRepeats && (!headingSized || repeats >= pageCount * 0.5);
      if (isFurniture) record(line.text);
      return !isFurniture;
    }),
  );
  return { pages: kept, removed: [...removed.values()] };
}
