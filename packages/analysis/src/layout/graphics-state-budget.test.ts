import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, pushGraphicsState, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeTestPdfPair, unclosedGraphicsStates } from '@policydiff/testkit';
import { extractTextItems } from './extract-text-items.js';
import { contentBudgetMessage, DEFAULT_CONTENT_LIMITS, measureContent, pageList, refuseUnboundedContent, type ContentLimits } from './graphics-state-budget.js';
import { endFrom, meterGraphicsStates } from './graphics-state-meter.js';
import { LayoutInputError } from './layout-input-error.js';
import { CATALOG, flateStream, FONT, pagesPdf, pdfjsGraphicsStates, rawPdf, TEXT } from './test-fixtures.js';

const MB = 1024 * 1024;
const limits = (over: Partial<ContentLimits> = {}): ContentLimits => ({ ...DEFAULT_CONTENT_LIMITS, ...over });
const messageOf = async (pdf: Uint8Array, over: Partial<ContentLimits> = {}) => {
  const { content } = await measureContent(pdf, undefined, limits(over));
  return content.overLimit ? contentBudgetMessage(content.overLimit) : null;
};
const refusal = async (pdf: Uint8Array) => {
  const error = await refuseUnboundedContent(pdf).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'refused').toBeInstanceOf(LayoutInputError);
  return error as LayoutInputError;
};

describe('refuseUnboundedContent', () => {
  it('refuses the 1 KB file of 20,000 unclosed graphics states before pdfjs reads it, naming the page', async () => {
    const pdf = unclosedGraphicsStates(20_000);
    const t = performance.now();
    const error = await extractTextItems(pdf).catch((e: unknown) => e);
    const ms = performance.now() - t;
    expect(error).toBeInstanceOf(LayoutInputError);
    expect((error as LayoutInputError).code).toBe('graphics_state_bomb');
    expect((error as Error).message).toBe('Page 1 has 20,000 unclosed graphics states (q operators without a Q) at once; at most 256 can be read in time: refused.');
    console.log(`[figures] ${pdf.length}-byte file of 20,000 unclosed graphics states: refused in ${ms.toFixed(0)} ms (pdfjs read it in 6.5–15.7 s)`);
    // Under the limit the same construction is read as usual.
    const { pages } = await extractTextItems(unclosedGraphicsStates(200));
    expect(pages[0]!.items.map((i) => i.str)).toContain('HOME INSURANCE POLICY WORDING');
  });

  it('carries the depth across a page’s array of contents, however often one stream is listed', async () => {
    // 200 is under the limit; listed twice the second copy starts where the first ended.
    expect(await messageOf(unclosedGraphicsStates(200))).toBeNull();
    expect(await messageOf(unclosedGraphicsStates(200, { repeats: 2 }))).toBe('Page 1 has 400 unclosed graphics states (q operators without a Q) at once; at most 256 can be read in time: refused.');
    // pdfjs agrees: it reaches 400 too.
    expect((await pdfjsGraphicsStates(unclosedGraphicsStates(200, { repeats: 2 })))[0]).toEqual({ saves: 400, deepest: 400 });
  });

  it('names every page that shares the stream, and adds up the saves of every page that reads it', async () => {
    expect((await refusal(unclosedGraphicsStates(20_000, { pages: 4 }))).message).toBe(
      'Pages 1–4 have up to 20,000 unclosed graphics states (q operators without a Q) at once; at most 256 can be read in time: refused.',
    );
    // 250 saves a page is fine on a page, but 12 pages sharing the stream pass a 2,500-save document budget.
    expect(await messageOf(unclosedGraphicsStates(250, { pages: 10 }), { maxSaves: 2_500 })).toBeNull();
    expect(await messageOf(unclosedGraphicsStates(250, { pages: 12 }), { maxSaves: 2_500 })).toBe(
      "The PDF's pages save the graphics state (q) 3,000 times in all, counting every page that reads a shared stream or form (page 1 alone 250); at most 2,500 can be read in time: refused.",
    );
    expect(pageList([9, 1, 2, 3, 7, 3])).toBe('1–3, 7 and 9');
  });

  it('follows forms: each Do adds the form’s nesting where it is drawn, and the forms that form draws', async () => {
    // Page: 2 deep, then Fm1 (its own resources) 130 deep, which draws Fm2 (the caller's resources) 130 deep.
    const build = (depth: number) =>
      pagesPdf(
        ['4 0 R'],
        [
          flateStream(`q q /Fm1 Do Q Q ${TEXT}`),
          flateStream(`${'q '.repeat(depth)}/Fm2 Do`, '/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Fm2 6 0 R >> >>'),
          flateStream(`${'q '.repeat(depth)}`, '/Type /XObject /Subtype /Form /BBox [0 0 595 842]'),
        ],
        '/Fm1 5 0 R',
      );
    // Each Do opens two states in pdfjs (a save and the form's own state): 2 + 2 + 120 + 2 + 120.
    expect(await messageOf(build(120))).toBeNull();
    expect((await measureContent(build(120))).content).toMatchObject({ deepest: 246, saves: 2 + 2 + 120 + 2 + 120 });
    expect(await messageOf(build(130))).toBe('Page 1 has 266 unclosed graphics states (q operators without a Q) at once; at most 256 can be read in time: refused.');
    // pdfjs runs the saves of both forms on the page.
    expect((await pdfjsGraphicsStates(build(130)))[0]).toEqual({ saves: 262, deepest: 262 });
  });

  it('does not loop on a form that draws itself (pdfjs refuses the loop)', async () => {
    const pdf = pagesPdf(['4 0 R'], [flateStream(`/Fm1 Do ${TEXT}`), flateStream('q q /Fm1 Do Q Q', '/Subtype /Form /BBox [0 0 1 1]')], '/Fm1 5 0 R');
    expect((await measureContent(pdf)).content).toMatchObject({ deepest: 4, overLimit: null });
  });

  it('finds the page tree inside object streams, and decrypts before it meters', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let n = 1; n <= 3; n++) {
      const page = doc.addPage([400, 400]);
      if (n === 2) page.pushOperators(...Array.from({ length: 300 }, () => pushGraphicsState()));
      page.drawText(`Page ${n}`, { x: 50, y: 300, size: 10, font });
    }
    const pdf = await doc.save({ useObjectStreams: true });
    expect(Buffer.from(pdf).includes('/ObjStm')).toBe(true);
    // pdf-lib wraps the text it draws in a save of its own: 301, as pdfjs counts.
    expect(await messageOf(pdf)).toBe('Page 2 has 301 unclosed graphics states (q operators without a Q) at once; at most 256 can be read in time: refused.');
    expect((await pdfjsGraphicsStates(pdf))[1]!.deepest).toBe(301);
    expect((await refusal(unclosedGraphicsStates(20_000, { encrypted: true, pages: 2 }))).message).toMatch(/^Pages 1–2 have up to 20,000 unclosed/);
  });

  it('names the object when no page of the tree reaches it: a page outside the tree, a form no page draws', async () => {
    // The tree lists page 5; page 6 (never listed) reads the deep stream 4.
    const deep = flateStream(`${'q '.repeat(20_000)}${TEXT}`);
    const orphan = rawPdf(
      CATALOG,
      '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
      FONT,
      deep,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R >>`,
      `<< /Type /Page /MediaBox [0 0 595 842] /Contents 4 0 R >>`,
      flateStream(TEXT),
    );
    expect(await messageOf(orphan)).toBe('A content stream (object 4 0) has 20,000 unclosed graphics states (q operators without a Q) at once; at most 256 can be read in time: refused.');
    // An annotation's appearance (a form) that no page content draws.
    const appearance = pagesPdf(['4 0 R'], [flateStream(TEXT), flateStream('q '.repeat(1_000), '/Type /XObject /Subtype /Form /BBox [0 0 10 10]')]);
    expect(await messageOf(appearance)).toBe('A form XObject (object 5 0) has 1,000 unclosed graphics states (q operators without a Q) at once; at most 256 can be read in time: refused.');
  });

  it('takes the worst of several copies of one object, whichever pdfjs reads', async () => {
    // Object 4 written twice (as an update or a decoy would): the xref points at the shallow one.
    const base = Buffer.from(pagesPdf(['4 0 R'], [flateStream(`${'q '.repeat(5_000)}${TEXT}`)]));
    const decoy = Buffer.concat([Buffer.from('4 0 obj\n', 'latin1'), flateStream(TEXT), Buffer.from('\nendobj\n', 'latin1')]);
    const pdf = Buffer.concat([base.subarray(0, base.indexOf('xref')), decoy, base.subarray(base.indexOf('xref'))]);
    expect(await messageOf(pdf)).toMatch(/^Page 1 has 5,000 unclosed/);
  });

  it('reads contents that split a token between two streams joined, as pdfjs joins them', async () => {
    // "q q q /X" then "Q Q Q": joined, the first Q is part of the name /XQ, so each pair leaves one state open.
    const contents = `[${Array.from({ length: 300 }, () => '4 0 R 5 0 R').join(' ')}]`;
    const pdf = pagesPdf([contents], [flateStream('q q q /X'), flateStream(`Q Q Q\n`)]);
    const { content } = await measureContent(pdf);
    expect(content.joinedPages).toBe(1);
    // After 299 pairs 299 states are open, and the last pair's three saves reach 302.
    expect(content.overLimit && contentBudgetMessage(content.overLimit)).toBe('Page 1 has 302 unclosed graphics states (q operators without a Q) at once; at most 256 can be read in time: refused.');
    expect((await pdfjsGraphicsStates(pdf))[0]).toEqual({ saves: 900, deepest: 302 });
    // Read stream by stream, each pair would have closed what it opened: the page would have looked 3 deep.
    const apart = [meterGraphicsStates(Buffer.from('q q q /X', 'latin1')), meterGraphicsStates(Buffer.from('Q Q Q\n', 'latin1'))];
    expect(apart[0]!.clean).toBe(false);
    expect(endFrom(apart[1]!, endFrom(apart[0]!, 0))).toBe(0);
  });

  it('refuses a page that reads more than the stream limit and pages that read more than the document limit together', async () => {
    const stream = flateStream(`${TEXT}${' '.repeat(MB)}\n`);
    const listed = (n: number) => `[${Array.from({ length: n }, () => '4 0 R').join(' ')}]`;
    const small = { maxStreamBytes: 4 * MB, maxDocumentBytes: 10 * MB };
    const onePage = pagesPdf([listed(5)], [stream]);
    const error = await refuseUnboundedContent(onePage, small).catch((e: unknown) => e);
    expect((error as LayoutInputError).code).toBe('decompression_bomb');
    expect((error as Error).message).toBe('Page 1 reads more than 4 MB of content (its streams and forms, as often as they are listed or drawn): refusing to parse a possible decompression bomb.');
    const manyPages = pagesPdf(Array.from({ length: 4 }, () => listed(3)), [stream]);
    expect(((await refuseUnboundedContent(manyPages, small).catch((e: unknown) => e)) as Error).message).toBe(
      "The PDF's pages read more than 10 MB of content in all (a stream shared by many pages is read again for each): refusing to parse a possible decompression bomb.",
    );
  });

  it('passes generated wordings, at a small cost next to extraction', async () => {
    const rows: string[] = [];
    for (const seed of [11, 12, 13]) {
      const { a } = await makeTestPdfPair(seed);
      let t = performance.now();
      const { content } = await measureContent(a.pdf);
      const census = performance.now() - t;
      t = performance.now();
      await extractTextItems(a.pdf);
      const extraction = performance.now() - t;
      expect(content.overLimit).toBeNull();
      expect(content.pages).toBe((await extractTextItems(a.pdf)).pages.length);
      rows.push(`seed ${seed}: ${content.pages} pages, deepest ${content.deepest}, ${content.saves} saves; census ${census.toFixed(0)} ms, extraction ${extraction.toFixed(0)} ms`);
    }
    console.log(`[figures] content census on generated wordings:\n  ${rows.join('\n  ')}`);
  });
});

/**
 * The real wordings (never in the repository): the shared corpus beside the repository, or
 * POLICYDIFF_REAL_CORPUS=<folder of PDFs>; skipped when neither exists. Their figures justify the
 * limits; pdfjs's cost at a few depths is printed beside them.
 */
const corpus = process.env.POLICYDIFF_REAL_CORPUS ?? fileURLToPath(new URL('../../../../../shared/corpus/real', import.meta.url));
describe.runIf(existsSync(corpus))('the content budget on the real corpus', () => {
  it('passes every real wording, numbering its pages as pdfjs does', { timeout: 600_000 }, async () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBeGreaterThan(0);
    const lines: string[] = [];
    let deepest = 0;
    let saves = 0;
    let censusMs = 0;
    let extractMs = 0;
    for (const file of files) {
      const bytes = readFileSync(join(corpus, file));
      let t = performance.now();
      const { content } = await measureContent(bytes);
      const census = performance.now() - t;
      t = performance.now();
      const { pages } = await extractTextItems(bytes);
      const extraction = performance.now() - t;
      expect(content.overLimit, file).toBeNull();
      expect(content.pages, file).toBe(pages.length);
      deepest = Math.max(deepest, content.deepest);
      saves = Math.max(saves, content.saves);
      censusMs += census;
      extractMs += extraction;
      lines.push(`${file}: ${content.pages} pages, deepest ${content.deepest}, ${content.saves} saves, ${(content.contentBytes / MB).toFixed(2)} MB of content read, ${content.streamReads} stream reads, ${content.joinedPages} joined; census ${census.toFixed(0)} ms, extraction ${extraction.toFixed(0)} ms`);
    }
    const pdfjsMs: string[] = [];
    for (const depth of [256, 1_000, 5_000]) {
      const pdf = unclosedGraphicsStates(depth);
      const t = performance.now();
      await extractTextItems(pdf, { contentLimits: { maxDepth: Infinity } });
      pdfjsMs.push(`${depth} → ${(performance.now() - t).toFixed(0)} ms`);
    }
    console.log(
      `[figures] content budget on ${files.length} real wordings: deepest ${deepest} (limit ${DEFAULT_CONTENT_LIMITS.maxDepth}), most saves ${saves} (limit ${DEFAULT_CONTENT_LIMITS.maxSaves}); census ${censusMs.toFixed(0)} ms vs extraction ${extractMs.toFixed(0)} ms (${((100 * censusMs) / extractMs).toFixed(1)}%); pdfjs reading one page by nesting depth: ${pdfjsMs.join(', ')}\n  ${lines.join('\n  ')}`,
    );
  });
});
