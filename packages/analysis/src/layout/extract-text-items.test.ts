import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { emptyPasswordPdf, giantMediaBoxPdf, pdfBomb } from '@policydiff/testkit';
import { analyzeLayout } from './analyze-layout.js';
import { extractTextItems } from './extract-text-items.js';
import { LayoutInputError } from './layout-input-error.js';

// A 2×2 RGB PNG: the page that carries it must still give its text (images are never decoded).
const PNG_2X2 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** Page n draws "Regular n" in Helvetica and, on chosen pages, a bold line in a chosen bold font. */
async function makePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const helveticaBold = await doc.embedFont(StandardFonts.HelveticaBold);
  const timesBold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const image = await doc.embedPng(PNG_2X2);
  for (let n = 1; n <= 6; n++) {
    const page = doc.addPage([400, 400]);
    page.drawText(`Regular ${n}`, { x: 50, y: 300, size: 10, font: regular });
    if (n === 1) page.drawImage(image, { x: 50, y: 50, width: 100, height: 100 });
    // Helvetica-Bold first appears on page 1 and comes back on page 5; Times-Bold first appears
    // on page 4, after pages that needed no font loading at all.
    if (n === 1 || n === 5) page.drawText(`Helvetica bold ${n}`, { x: 50, y: 350, size: 12, font: helveticaBold });
    if (n === 4 || n === 6) page.drawText(`Times bold ${n}`, { x: 50, y: 350, size: 12, font: timesBold });
  }
  return doc.save({ useObjectStreams: false });
}

function boldByText(pages: Awaited<ReturnType<typeof extractTextItems>>['pages']): Record<string, boolean> {
  return Object.fromEntries(pages.flatMap((p) => p.items.map((it) => [it.str, it.bold])));
}

describe('extractTextItems', () => {
  it('knows bold fonts on every page, including fonts first met late and fonts met again', async () => {
    const pdf = await makePdf();
    const { pages } = await extractTextItems(pdf);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(boldByText(pages)).toEqual({
      'Regular 1': false,
      'Helvetica bold 1': true,
      'Regular 2': false,
      'Regular 3': false,
      'Regular 4': false,
      'Times bold 4': true,
      'Regular 5': false,
      'Helvetica bold 5': true,
      'Regular 6': false,
      'Times bold 6': true,
    });
  });

  it('gives the same pages in the same order whatever the number of pages read at once', async () => {
    const pdf = await makePdf();
    const one = await extractTextItems(pdf, { pagesInFlight: 1 });
    const four = await extractTextItems(pdf, { pagesInFlight: 4 });
    // Font ids carry a per-document prefix (g_d0_, g_d1_): compare what they name, not the prefix.
    const strip = (x: unknown): string => JSON.stringify(x).replace(/g_d\d+_/g, '');
    expect(strip(four.pages)).toBe(strip(one.pages));
    expect(boldByText(four.pages)['Times bold 6']).toBe(true);
  });

  it('refuses a decompression bomb before pdfjs parses it, and reads a document under the limits', async () => {
    const MB = 1024 * 1024;
    const limits = { maxInflatedStreamBytes: 2 * MB, maxInflatedDocumentBytes: 8 * MB };
    const error = await extractTextItems(pdfBomb(3 * MB), limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayoutInputError);
    expect((error as LayoutInputError).code).toBe('decompression_bomb');
    expect((error as Error).message).toBe(
      'The PDF holds a compressed stream (object 5 0) that inflates to more than 2 MB: refusing to parse a possible decompression bomb.',
    );
    // Under the limits the padding is only white space: the wording on top is read as usual.
    const { pages } = await extractTextItems(pdfBomb(1 * MB), limits);
    expect(pages[0]!.items.map((i) => i.str)).toContain('HOME INSURANCE POLICY WORDING');
  });

  it('reads a document encrypted with an empty user password (as real "secured" wordings are)', async () => {
    const { pages } = await extractTextItems(emptyPasswordPdf());
    expect(pages[0]!.items.map((i) => i.str)).toContain('4. Conditions');
  });

  it('reads a page with a 2e8-point MediaBox as a page of the widest size PDF allows, without memory to match', async () => {
    const pdf = giantMediaBoxPdf(2e8);
    const before = process.memoryUsage().rss;
    const { pages } = await extractTextItems(pdf);
    expect(pages[0]).toMatchObject({ width: 14_400, height: 842 });
    const layout = await analyzeLayout(pdf);
    const grown = process.memoryUsage().rss - before;
    expect(layout.clauses.map((c) => c.text).join(' ')).toContain('We will pay for loss of or damage to the Home');
    console.log(`[figures] ${pdf.length}-byte file with a 2e8-point MediaBox: page read as 14,400 points wide, rss growth ${(grown / 1024 / 1024).toFixed(1)} MB (before the cap: 200 → 1,318 MB)`);
  });
});
