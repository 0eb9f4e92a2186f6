/**
 * Table-of-contents pages list headings with page numbers. Their lines repeat the real headings,
 * so comparing them would report every heading twice. A page is a contents page when most of its
 * lines end in a plausible page number (after dot leaders or a gap) and those numbers mostly
 * increase in reading order — a schedule of amounts also ends lines in numbers, but not ascending
 * small ones without a currency sign.
 */
import type { TextLine } from './layout-types.js';

const TRAILING_PAGE_NUMBER = /(?:^|[^\d$£€¥₹.,%\/-])\s*(?:\.\s*){2,}\s*(\d{1,4})$|(?:^|[^\d$£€¥₹.,%\/-])\s+(\d{1,4})$|[…]+\s*(\d{1,4})$/;
const CONTENTS_TITLE = /^(?:table of )?contents?$|^index$|^what'?s inside$/i;

export function trailingPageNumber(line: TextLine): number | null {
  const text = line.text.trim();
  const lastCell = line.cells[line.cells.length - 1];
  if (line.cells.length >= 2 && lastCell && /^\d{1,4}$/.test(lastCell.text)) return Number(lastCell.text);
  const match = TRAILING_PAGE_NUMBER.exec(text);
  if (!match) return null;
  // A line that is nothing but a number is a page number or a figure, not an entry.
  if (!/\p{L}/u.test(text)) return null;
  return Number(match[1] ?? match[2] ?? match[3]);
}

export function isTocPage(lines: TextLine[], pageCount: number): boolean {
  const entries = lines.filter((l) => !CONTENTS_TITLE.test(l.text.trim()));
  if (entries.length < 4) return false;
  const hasTitle = lines.some((l) => CONTENTS_TITLE.test(l.text.trim()));
  // Printed page numbers may be offset from the PDF's (cover pages, appendices).
  const maxPage = pageCount + 20;
  const numbers: number[] = [];
  let withAmounts = 0;
  for (const line of entries) {
    const n = trailingPageNumber(line);
    if (n !== null && n >= 1 && n <= maxPage) {
      numbers.push(n);
      if (/[$£€¥₹]\s?\d/.test(line.text)) withAmounts++;
    }
  }
  // A summary of cover with page references carries limits: it is compared, not skipped.
  if (withAmounts > numbers.length * 0.2) return false;
  const share = numbers.length / entries.length;
  // Many ascending entries make a contents page even when an introduction shares the page.
  const required = hasTitle || numbers.length >= 6 ? 0.35 : 0.5;
  if (numbers.length < 4 || share < required) return false;
  let ascending = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] >= numbers[i - 1]) ascending++;
  return ascending / (numbers.length - 1) >= (share >= 0.5 ? 0.7 : 0.85);
}
