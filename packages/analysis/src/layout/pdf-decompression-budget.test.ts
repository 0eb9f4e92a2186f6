import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { emptyPasswordPdf, makeTestPdfPair, pdfBomb } from '@policydiff/testkit';
import { extractTextItems } from './extract-text-items.js';
import { decompressionBombMessage, measureDecompression, type DecompressionLimits } from './pdf-decompression-budget.js';
import { LayoutInputError } from './layout-input-error.js';
import { LzwDecoder } from './pdf-stream-filters.js';

const MB = 1024 * 1024;
const SMALL: DecompressionLimits = { maxStreamBytes: 4 * MB, maxDocumentBytes: 10 * MB };

/** Objects 1…n with an xref and a trailer whose root is object 1 (the scan itself reads no xref). */
function rawPdf(...bodies: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  bodies.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(at);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function streamObject(dict: string, data: Buffer, length: string | number = data.length): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

const spaces = (n: number) => Buffer.alloc(n, 0x20);

function ascii85(data: Buffer): Buffer {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const group = data.subarray(i, i + 4);
    let value = 0;
    for (let k = 0; k < 4; k++) value = value * 256 + (group[k] ?? 0);
    if (value === 0 && group.length === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.join('').slice(0, group.length + 1);
  }
  return Buffer.from(`${out}~>`, 'latin1');
}

/** PDF LZW (EarlyChange 1), written here to check the decoder against pdfjs and to make LZW bombs. */
function lzwEncode(data: Uint8Array): Buffer {
  const out: number[] = [];
  let bits = 0;
  let bitCount = 0;
  let next = 258;
  const put = (code: number) => {
    const width = next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
    bits = (bits << width) | code;
    bitCount += width;
    while (bitCount >= 8) {
      bitCount -= 8;
      out.push((bits >>> bitCount) & 0xff);
    }
    bits &= (1 << bitCount) - 1;
  };
  // The table as a trie: (code of the sequence so far, next byte) → code of the longer sequence.
  const table = new Map<number, number>();
  put(256);
  let w = -1;
  for (const byte of data) {
    if (w < 0) {
      w = byte;
      continue;
    }
    const longer = table.get(w * 256 + byte);
    if (longer !== undefined) {
      w = longer;
      continue;
    }
    put(w);
    if (next < 4096) table.set(w * 256 + byte, next++);
    w = byte;
  }
  if (w >= 0) put(w);
  put(257);
  if (bitCount > 0) out.push((bits << (8 - bitCount)) & 0xff);
  return Buffer.from(out);
}

describe('measureDecompression', () => {
  it('counts a Flate stream under the limits and refuses one over them, naming the object', async () => {
    const under = await measureDecompression(rawPdf('<< /Type /Catalog >>', streamObject('/Filter /FlateDecode', deflateSync(spaces(3 * MB)))), SMALL);
    expect(under).toMatchObject({ streams: 1, encoded: 1, inflatedBytes: 3 * MB, overLimit: null });
    const over = await measureDecompression(rawPdf('<< /Type /Catalog >>', streamObject('/Filter /FlateDecode', deflateSync(spaces(5 * MB)))), SMALL);
    expect(over.overLimit).toEqual({ scope: 'stream', limit: 4 * MB, object: 'object 2 0' });
    expect(decompressionBombMessage(over.overLimit!)).toBe(
      'The PDF holds a compressed stream (object 2 0) that inflates to more than 4 MB: refusing to parse a possible decompression bomb.',
    );
  });

  it('refuses a document whose streams pass the document limit together, each under the stream limit', async () => {
    const page = () => streamObject('/Filter /FlateDecode', deflateSync(spaces(3 * MB)));
    const census = await measureDecompression(rawPdf(page(), page(), page(), page()), SMALL);
    expect(census.overLimit).toEqual({ scope: 'document', limit: 10 * MB, object: 'object 4 0' });
    expect(decompressionBombMessage(census.overLimit!)).toBe(
      "The PDF's compressed streams inflate to more than 10 MB in all (the limit was passed at object 4 0): refusing to parse a possible decompression bomb.",
    );
  });

  it('stops a 1 GB bomb at the 32 MB default without inflating the rest', async () => {
    const bomb = pdfBomb(1024 * MB);
    const before = process.memoryUsage().rss;
    const census = await measureDecompression(bomb);
    const grown = process.memoryUsage().rss - before;
    expect(census.overLimit).toMatchObject({ scope: 'stream', limit: 32 * MB, object: 'object 5 0' });
    // Counting stops within a piece of the limit: the other 992 MB are never inflated.
    expect(census.inflatedBytes).toBeLessThan(33 * MB);
    console.log(`[figures] 1 GB Flate bomb: file=${bomb.length} bytes, inflated before refusal=${census.inflatedBytes} bytes, rss growth=${(grown / MB).toFixed(1)} MB`);
  });

  it('follows filter chains: Flate inside Flate, ASCII85 and hex around Flate, unknown names, abbreviations, #-escapes and /F', async () => {
    const inflated = 5 * MB;
    const flate = deflateSync(spaces(inflated));
    const cases: [string, Buffer][] = [
      ['/Filter [/FlateDecode /FlateDecode]', deflateSync(flate)],
      ['/Filter [/A85 /Fl]', ascii85(flate)],
      ['/Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from(`${flate.toString('hex')}>`, 'latin1')],
      // pdfjs passes data through a filter it does not know and inflates the rest.
      ['/Filter [/NoSuchDecode /FlateDecode]', flate],
      ['/Filter /Flat#65Decode', flate],
      ['/F /Fl', flate],
      // An indirect /Filter cannot be read without resolving it: the zlib header says Flate.
      ['/Filter 9 0 R', flate],
    ];
    for (const [dict, data] of cases) {
      const census = await measureDecompression(rawPdf(streamObject(dict, data)), SMALL);
      expect(census.overLimit, dict).toMatchObject({ scope: 'stream', object: 'object 1 0' });
    }
  });

  it('measures run-length and LZW streams, whose ratios (128:1, ~1000:1) make bombs too', async () => {
    const limits = { maxStreamBytes: 1 * MB, maxDocumentBytes: 4 * MB };
    const runs = (n: number) => Buffer.concat([Buffer.from(Array.from({ length: n }, () => [0x81, 0x20]).flat()), Buffer.of(0x80)]);
    // 0x81 repeats the next byte 128 times: 6,000 pairs make 768,000 bytes, 10,000 make 1,280,000.
    const rlUnder = await measureDecompression(rawPdf(streamObject('/Filter /RunLengthDecode', runs(6000))), limits);
    expect(rlUnder).toMatchObject({ inflatedBytes: 768_000, overLimit: null });
    const rlOver = await measureDecompression(rawPdf(streamObject('/Filter /RunLengthDecode', runs(10_000))), limits);
    expect(rlOver.overLimit).toMatchObject({ scope: 'stream', limit: 1 * MB });
    const lzwUnder = await measureDecompression(rawPdf(streamObject('/Filter /LZWDecode', lzwEncode(spaces(0.75 * MB)))), limits);
    expect(lzwUnder).toMatchObject({ inflatedBytes: 0.75 * MB, overLimit: null });
    const lzwOver = await measureDecompression(rawPdf(streamObject('/Filter /LZWDecode', lzwEncode(spaces(1.5 * MB)))), limits);
    expect(lzwOver.overLimit).toMatchObject({ scope: 'stream', limit: 1 * MB });
  });

  it('decodes LZW exactly as pdfjs does (same bytes, so a chain after it is measured right)', async () => {
    const text = Buffer.from('BT /F1 11 Tf 56 760 Td (We will pay for loss of or damage to the Home caused by fire, storm or flood; flood, storm, fire.) Tj ET\n'.repeat(40), 'latin1');
    const pieces: Uint8Array[] = [];
    const decoder = new LzwDecoder(1);
    const encoded = lzwEncode(text);
    // Fed in awkward slices: codes straddle the chunk boundaries.
    for (let at = 0; at < encoded.length; at += 7) decoder.write(encoded.subarray(at, at + 7), (p) => pieces.push(p));
    decoder.end(() => undefined);
    expect(Buffer.concat(pieces).equals(text)).toBe(true);
    // And pdfjs reads the same encoding as text (the encoder and the decoder agree with it).
    const catalog = '<< /Type /Catalog /Pages 2 0 R >>';
    const pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
    const pageObj = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>';
    const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
    const pdf = rawPdf(catalog, pages, pageObj, streamObject('/Filter /LZWDecode', encoded), font);
    const { pages: read } = await extractTextItems(pdf);
    expect(read[0]!.items.map((i) => i.str).join(' ')).toContain('We will pay for loss of or damage to the Home');
  });

  it('finds a stream whose /Length is an indirect reference, one after a comment or a long keyword line, and one inside an object stream', async () => {
    const flate = deflateSync(spaces(5 * MB));
    const indirect = await measureDecompression(rawPdf(streamObject('/Filter /FlateDecode', flate, '2 0 R'), '12345'), SMALL);
    expect(indirect.overLimit).toMatchObject({ scope: 'stream', object: 'object 1 0' });
    // The lexer allows a comment between the dictionary and the keyword, and anything after the
    // keyword up to the end of its line: the data starts on the next line however far that is.
    const odd = Buffer.concat([Buffer.from(`<< /Filter /FlateDecode >> % a comment\nstream ${'padding '.repeat(100)}\r\n`, 'latin1'), flate, Buffer.from('\nendstream', 'latin1')]);
    const oddCensus = await measureDecompression(rawPdf(odd), SMALL);
    expect(oddCensus.overLimit).toMatchObject({ scope: 'stream', object: 'object 1 0' });
    // pdfjs parses objects in an object stream with streams allowed: a bomb can hide there.
    const hidden = streamObject('/Filter /FlateDecode', deflateSync(spaces(5 * MB)));
    const objStmBody = Buffer.concat([Buffer.from('9 0 ', 'latin1'), hidden]);
    const objStm = streamObject('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', deflateSync(objStmBody));
    const census = await measureDecompression(rawPdf('<< /Type /Catalog >>', objStm), SMALL);
    expect(census.streams).toBe(2);
    expect(census.overLimit).toMatchObject({ scope: 'stream', object: 'an unnumbered object in object stream 2 0' });
  });

  it('ignores broken streams (pdfjs reports them) but counts what a truncated one yields', async () => {
    const garbage = await measureDecompression(rawPdf(streamObject('/Filter /FlateDecode', Buffer.from('x\x9cnot deflate at all', 'latin1'))), SMALL);
    expect(garbage).toMatchObject({ encoded: 1, overLimit: null });
    const noHeader = await measureDecompression(rawPdf(streamObject('/Filter /FlateDecode', Buffer.from('plain text', 'latin1'))), SMALL);
    expect(noHeader).toMatchObject({ encoded: 1, inflatedBytes: 0, overLimit: null });
    // Cut off before its end (no final block, no checksum): pdfjs inflates what is there, so do we.
    const full = deflateSync(spaces(5 * MB));
    const cut = await measureDecompression(rawPdf(streamObject('/Filter /FlateDecode', full.subarray(0, full.length - 40))), SMALL);
    expect(cut.overLimit).toMatchObject({ scope: 'stream' });
    // A misspelled end marker ends the data as it does for pdfjs.
    const misspelled = await measureDecompression(Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n', 'latin1'), full, Buffer.from('\nendsteam\nendobj\n', 'latin1')]), SMALL);
    expect(misspelled.overLimit).toMatchObject({ scope: 'stream' });
  });

  it('skips a stream with no end marker at all: pdfjs cannot read it either, so never inflates it', async () => {
    // The same bytes as a 40 MB bomb, with its one `endstream` overwritten (same length: the xref stays right).
    const pdf = Buffer.from(pdfBomb(40 * MB));
    pdf.write('xxxxxxxxx', pdf.indexOf('endstream'), 'latin1');
    expect(pdf.includes('endstrea') || pdf.includes('endsteam')).toBe(false);
    const census = await measureDecompression(pdf);
    expect(census).toMatchObject({ streams: 0, overLimit: null });
    // pdfjs fails the page ("Missing endstream command") instead of inflating its 40 MB.
    const error = await extractTextItems(pdf).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayoutInputError);
    expect((error as LayoutInputError).code).not.toBe('decompression_bomb');
  });

  it('keeps the scan linear on a file made of nothing but stream keywords', { timeout: 60_000 }, async () => {
    const keywords = Buffer.from('<< /Filter /FlateDecode >>\nstream\n'.repeat(200_000), 'latin1');
    const t = performance.now();
    const census = await measureDecompression(keywords);
    console.log(`[figures] ${keywords.length} bytes of bare stream keywords: ${census.streams} streams found, scan ${(performance.now() - t).toFixed(0)} ms`);
    expect(census).toMatchObject({ streams: 0, overLimit: null });
  });

  it('decrypts the streams of a document encrypted with an empty user password before measuring them', async () => {
    const healthy = await measureDecompression(emptyPasswordPdf());
    expect(healthy).toMatchObject({ decrypted: true, encoded: 1, overLimit: null });
    expect(healthy.inflatedBytes).toBeGreaterThan(500);
    const bomb = await measureDecompression(pdfBomb(5 * MB, { encrypted: true }), SMALL);
    expect(bomb).toMatchObject({ decrypted: true, overLimit: { scope: 'stream', object: 'object 5 0' } });
    const twoLayers = await measureDecompression(pdfBomb(1024 * MB, { encrypted: true, layers: 2 }));
    expect(twoLayers.overLimit).toMatchObject({ scope: 'stream', limit: 32 * MB });
  });

  it('costs little next to extraction on generated wordings, and passes them', async () => {
    const rows: string[] = [];
    let scanMs = 0;
    let extractMs = 0;
    for (const seed of [11, 12, 13]) {
      const { a } = await makeTestPdfPair(seed);
      let t = performance.now();
      const census = await measureDecompression(a.pdf);
      const scan = performance.now() - t;
      t = performance.now();
      await extractTextItems(a.pdf);
      const extract = performance.now() - t;
      expect(census.overLimit).toBeNull();
      scanMs += scan;
      extractMs += extract;
      rows.push(`seed ${seed}: ${census.streams} streams, ${(census.inflatedBytes / MB).toFixed(2)} MB inflated, scan ${scan.toFixed(1)} ms, extraction ${extract.toFixed(0)} ms`);
    }
    console.log(`[figures] decompression scan on generated wordings: scan ${scanMs.toFixed(1)} ms vs extraction ${extractMs.toFixed(0)} ms (${((100 * scanMs) / extractMs).toFixed(1)}%)\n  ${rows.join('\n  ')}`);
  });
});

/**
 * The real wordings (never in the repository): the shared corpus beside the repository, or
 * POLICYDIFF_REAL_CORPUS=<folder of PDFs>; skipped when neither exists. Each must pass the default
 * limits by a wide margin; their figures justify the defaults.
 */
const corpus = process.env.POLICYDIFF_REAL_CORPUS ?? fileURLToPath(new URL('../../../../../shared/corpus/real', import.meta.url));
describe.runIf(existsSync(corpus))('measureDecompression on the real corpus', () => {
  it('passes every real wording, at a small cost next to extraction', { timeout: 600_000 }, async () => {
    const files = readdirSync(corpus!).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBeGreaterThan(0);
    const lines: string[] = [];
    let scanMs = 0;
    let warmScanMs = 0;
    let extractMs = 0;
    let largest = 0;
    let largestTotal = 0;
    for (const file of files) {
      const bytes = readFileSync(join(corpus!, file));
      let t = performance.now();
      const census = await measureDecompression(bytes);
      const scan = performance.now() - t;
      t = performance.now();
      await measureDecompression(bytes);
      const warm = performance.now() - t;
      t = performance.now();
      await extractTextItems(bytes);
      const extract = performance.now() - t;
      expect(census.overLimit, file).toBeNull();
      scanMs += scan;
      warmScanMs += warm;
      extractMs += extract;
      largest = Math.max(largest, census.largestStreamBytes);
      largestTotal = Math.max(largestTotal, census.inflatedBytes);
      lines.push(
        `${file}: ${census.streams} streams (${census.encoded} encoded${census.decrypted ? ', decrypted' : ''}), ${(census.inflatedBytes / MB).toFixed(2)} MB inflated, largest ${(census.largestStreamBytes / MB).toFixed(2)} MB; scan ${scan.toFixed(1)} ms (again ${warm.toFixed(1)} ms), extraction ${extract.toFixed(0)} ms`,
      );
    }
    console.log(
      `[figures] decompression scan on ${files.length} real wordings: largest stream ${(largest / MB).toFixed(2)} MB, largest document ${(largestTotal / MB).toFixed(2)} MB; scan ${scanMs.toFixed(0)} ms first / ${warmScanMs.toFixed(0)} ms again vs extraction ${extractMs.toFixed(0)} ms (${((100 * scanMs) / extractMs).toFixed(1)}% / ${((100 * warmScanMs) / extractMs).toFixed(1)}%)\n  ${lines.join('\n  ')}`,
    );
  });
});
