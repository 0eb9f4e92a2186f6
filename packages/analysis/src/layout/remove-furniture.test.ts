import { describe, expect, it } from 'vitest';
import { buildPageLines } from './build-lines.js';
import { furnitureKey, removeFurniture } from './remove-furniture.js';
import { item } from './synthetic-items.js';

function pageLines(pageNo: number, body: string[]) {
  return buildPageLines(
    [
      item('Acme Home Insurance Policy Wording', 72, 40, { page: pageNo }),
      ...body.map((t, i) => item(t, 72, 200 + i * 14, { page: pageNo })),
      item(`Page ${pageNo} of 4`, 280, 810, { page: pageNo }),
    ],
    595,
  );
}

describe('removeFurniture', () => {
  it('normalises digits in the key', () => {
    expect(furnitureKey('Page 3 of 40')).toBe(furnitureKey('Page 17 of 40'));
  });

  it('removes a header and page footer repeated on every page and records each once', () => {
    const pages = [1, 2, 3, 4].map((n) => pageLines(n, [`Body text of page ${n}`]));
    const result = removeFurniture(pages, [842, 842, 842, 842], 10);
    expect(result.pages.map((lines) => lines.map((l) => l.text))).toEqual([
      ['Body text of page 1'],
      ['Body text of page 2'],
      ['Body text of page 3'],
      ['Body text of page 4'],
    ]);
    expect(result.removed.sort()).toEqual(['Acme Home Insurance Policy Wording', 'Page 1 of 4']);
  });

  it('keeps repeated text in the middle of the page and a top line found on too few pages', () => {
    const pages = [1, 2, 3, 4].map((n) => pageLines(n, ['We will pay for loss or damage.']));
    pages[0].push(...buildPageLines([item('Only on page one', 72, 30)], 595));
    const result = removeFurniture(pages, [842, 842, 842, 842], 10);
    expect(result.pages.every((lines) => lines.some((l) => l.text === 'We will pay for loss or damage.'))).toBe(true);
    expect(result.pages[0].some((l) => l.text === 'Only on page one')).toBe(true);
  });

  it('removes a bare page number in the footer band even when it is not repeated', () => {
    const lines = buildPageLines([item('Body', 72, 300), item('7', 290, 820)], 595);
    const result = removeFurniture([lines], [842], 10);
    expect(result.pages[0].map((l) => l.text)).toEqual(['Body']);
  });
});
