import { PDFDocument, PDFName, PDFHexString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { analyzeLayout, LayoutInputError } from './index.js';

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Draws text with its baseline `top` points below the top edge (pdf-lib measures from the bottom). */
function write(page: PDFPage, font: PDFFont, text: string, x: number, top: number, size = 10): void {
  page.drawText(text, { x, y: page.getHeight() - top, size, font });
}

async function makePdf(draw: (doc: PDFDocument, fonts: Fonts) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  draw(doc, fonts);
  return doc.save({ useObjectStreams: false });
}

async function expectLayoutError(bytes: Uint8Array, code: string): Promise<LayoutInputError> {
  const error = await analyzeLayout(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LayoutInputError);
  expect((error as LayoutInputError).code).toBe(code);
  return error as LayoutInputError;
}

describe('analyzeLayout on generated PDFs', () => {
  it('reads a two-column page in column order, drops a repeated header and footer, finds the title', async () => {
    const left = ['We will pay for loss or damage to the', 'buildings caused by fire, lightning,', 'explosion, earthquake, storm or', 'flood, or by escape of water from', 'any fixed water installation.'];
    const right = ['We will not pay for loss or damage', 'caused by wear and tear, gradual', 'deterioration, settlement or by', 'any process of cleaning, repair', 'or restoration of the buildings.'];
    const pdf = await makePdf((doc, f) => {
      for (let n = 1; n <= 3; n++) {
        const page = doc.addPage([595, 842]);
        write(page, f.regular, 'Acme Home Insurance – Policy Wording', 60, 30, 8);
        write(page, f.regular, `Page ${n} of 3`, 270, 815, 8);
        if (n === 1) write(page, f.bold, 'Acme Home Insurance', 60, 80, 22);
        write(page, f.bold, `Section ${n} Cover`, 60, 120, 14);
        left.forEach((t, i) => write(page, f.regular, t, 60, 150 + i * 13));
        right.forEach((t, i) => write(page, f.regular, t, 320, 150 + i * 13));
      }
    });
    const doc = await analyzeLayout(pdf);
    expect(doc.pageCount).toBe(3);
    expect(doc.pages[0]).toEqual({ number: 1, width: 595, height: 842 });
    expect(doc.title).toBe('Acme Home Insurance');
    expect(doc.removedFurniture).toEqual(expect.arrayContaining(['Acme Home Insurance – Policy Wording', 'Page 1 of 3']));
    const page2 = doc.clauses.filter((c) => c.pageStart === 2);
    expect(page2.map((c) => c.text)).toEqual(['Section 2 Cover', left.join(' '), right.join(' ')]);
    expect(page2[0]).toMatchObject({ kind: 'heading', number: 'Section 2', section: 'Section 2' });
    const leftBox = page2[1].bboxes[0];
    expect(leftBox.x0).toBeCloseTo(60, 0);
    expect(leftBox.y0).toBeGreaterThan(135);
    expect(leftBox.y1).toBeLessThan(210);
    expect(page2[2].bboxes[0].x0).toBeCloseTo(320, 0);
    expect(doc.clauses.every((c, i) => c.id === `c${String(i + 1).padStart(4, '0')}`)).toBe(true);
  });

  it('skips a contents page, joins a clause across a page break, repairs hyphenation, keeps schedule rows', async () => {
    const pdf = await makePdf((doc, f) => {
      const toc = doc.addPage([595, 842]);
      write(toc, f.bold, 'Contents', 60, 80, 16);
      ['Definitions', 'Schedule of cover', 'Your cover', 'Exclusions', 'Claims'].forEach((t, i) => write(toc, f.regular, `${t} ${'.'.repeat(40)} ${i + 2}`, 60, 110 + i * 16));
      const p2 = doc.addPage([595, 842]);
      write(p2, f.bold, '1. Schedule of cover', 60, 80, 14);
      write(p2, f.regular, 'Public Liability ........................ $20,000,000', 60, 110);
      write(p2, f.regular, 'Limit: $5,000,000', 60, 130);
      write(p2, f.bold, '2. Your cover', 60, 170, 14);
      write(p2, f.regular, '2.1 We will pay the reasonable costs of repairing the damaged cover-', 60, 754);
      write(p2, f.regular, 'age and of replacing any item that cannot be repaired, as long as you', 60, 767);
      write(p2, f.regular, 'tell us about the loss within thirty days and give us all the', 60, 780);
      const p3 = doc.addPage([595, 842]);
      write(p3, f.regular, 'information we ask for.', 60, 80);
      write(p3, f.regular, '2.2 We will not pay the excess.', 60, 110);
    });
    const doc = await analyzeLayout(pdf);
    expect(doc.tocPages).toEqual([1]);
    expect(doc.clauses.some((c) => c.pageStart === 1)).toBe(false);
    const row = doc.clauses.find((c) => c.kind === 'table_row')!;
    expect(row).toMatchObject({ label: 'Public Liability', value: '$20,000,000', text: 'Public Liability: $20,000,000', section: '1' });
    expect(doc.clauses.find((c) => c.text === 'Limit: $5,000,000')).toBeDefined();
    const carried = doc.clauses.find((c) => c.number === '2.1')!;
    expect(carried.text).toContain('damaged coverage and of replacing');
    expect(carried.text.endsWith('give us all the information we ask for.')).toBe(true);
    expect([carried.pageStart, carried.pageEnd]).toEqual([2, 3]);
    expect(carried).toMatchObject({ section: '2.1', heading: 'Your cover', headingPath: ['Your cover'] });
    expect(doc.clauses.at(-1)).toMatchObject({ number: '2.2', section: '2.2', text: 'We will not pay the excess.' });
  });

  it('does not consume the caller’s buffer', async () => {
    const pdf = await makePdf((doc, f) => write(doc.addPage(), f.regular, 'Hello policy.', 60, 100));
    const copy = pdf.slice();
    await analyzeLayout(pdf);
    expect(pdf.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(pdf).equals(Buffer.from(copy))).toBe(true);
  });
});

describe('analyzeLayout input errors', () => {
  it('refuses bytes that are not a PDF', async () => {
    const error = await expectLayoutError(new TextEncoder().encode('PK\u0003\u0004 this is a zip file'), 'not_pdf');
    expect(error.message).toMatch(/not a PDF/);
  });

  it('refuses garbage behind a PDF header as corrupt, with pdfjs’s reason', async () => {
    const error = await expectLayoutError(new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(50)), 'corrupt');
    expect(error.message).toMatch(/damaged or truncated/);
  });

  it('refuses a truncated PDF as corrupt', async () => {
    const pdf = await makePdf((doc, f) => write(doc.addPage(), f.regular, 'Hello policy.', 60, 100));
    await expectLayoutError(pdf.slice(0, 60), 'corrupt');
  });

  it('refuses a password-protected PDF as encrypted', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    write(doc.addPage(), font, 'Secret wording.', 60, 100);
    const encrypt = doc.context.obj({
      Filter: 'Standard',
      V: 1,
      R: 2,
      O: PDFHexString.of('11'.repeat(32)),
      U: PDFHexString.of('22'.repeat(32)),
      P: -4,
    });
    doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
    doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
    const error = await expectLayoutError(await doc.save({ useObjectStreams: false }), 'encrypted');
    expect(error.message).toMatch(/password/);
  });

  it('refuses a PDF without a text layer, saying it looks scanned', async () => {
    const pdf = await makePdf((doc) => {
      doc.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 200 });
      doc.addPage();
    });
    const error = await expectLayoutError(pdf, 'no_text');
    expect(error.message).toBe('The PDF has no text layer (2 pages of images): it looks scanned; run OCR first.');
  });

  it('refuses more pages than allowed', async () => {
    const pdf = await makePdf((doc, f) => {
      for (let i = 0; i < 3; i++) write(doc.addPage(), f.regular, `Page text ${i}.`, 60, 100);
    });
    const error = await analyzeLayout(pdf, { maxPages: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayoutInputError);
    expect((error as LayoutInputError).code).toBe('too_many_pages');
    expect((error as LayoutInputError).message).toBe('The PDF has 3 pages; at most 2 can be compared.');
  });
});
