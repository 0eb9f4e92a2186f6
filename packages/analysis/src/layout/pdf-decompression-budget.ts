/**
 * Refuses decompression bombs before pdfjs parses a PDF. pdfjs inflates a stream whole into one
 * growing buffer, so a few kilobytes of Flate data that inflate to gigabytes would take the
 * stage's memory with it. Here every stream in the raw bytes (pdf-raw-streams.ts) is decoded
 * through its filters only to count the bytes, a piece at a time, stopping as soon as one stream
 * or the whole document passes its limit. Object streams are scanned inside too (pdfjs reads
 * streams there), and the streams of a document encrypted with an empty user password are
 * decrypted first, as pdfjs would.
 */
import { decodeSteps, filterNames, hasImageCodec, hasZlibHeader, countDecodedBytes, type ChunkDecoder, type DecodeStep } from './pdf-stream-filters.js';
import { findRawStreams, type RawStream } from './pdf-raw-streams.js';
import { standardDecryption, type StreamDecryption } from './pdf-decryption.js';
import { bytesOf, dictOf, nameOf, PdfRef, readPdfDict, type PdfDict } from './pdf-syntax.js';

const MB = 1024 * 1024;
/**
 * Far above what a wording needs, well below what hurts: the real wordings measured inflate to at
 * most 2.1 MB in one stream and 8.1 MB in all (pdf-decompression-budget.test.ts prints them),
 * while pdfjs needs about three times a stream's inflated size while it reads it (a 63 MB stream
 * took a process from 99 to 304 MB at its peak) and a stage-layout process reads up to three
 * documents at once within a few hundred MB.
 */
export const DEFAULT_MAX_INFLATED_STREAM_BYTES = 32 * MB;
export const DEFAULT_MAX_INFLATED_DOCUMENT_BYTES = 128 * MB;
/** Object streams inside object streams are not a thing pdfjs reads past this depth either. */
const MAX_NESTING = 4;
const MAX_TRAILERS = 8;

export interface DecompressionLimits {
  /** Most bytes one stream may inflate to. */
  maxStreamBytes: number;
  /** Most bytes all the document's streams together may inflate to. */
  maxDocumentBytes: number;
}

export const DEFAULT_DECOMPRESSION_LIMITS: DecompressionLimits = {
  maxStreamBytes: DEFAULT_MAX_INFLATED_STREAM_BYTES,
  maxDocumentBytes: DEFAULT_MAX_INFLATED_DOCUMENT_BYTES,
};

export interface DecompressionCensus {
  /** Streams found in the raw bytes (and inside object streams). */
  streams: number;
  /** Streams with a filter to undo (the rest are no larger than the file). */
  encoded: number;
  /** Whether the streams were decrypted first (an encrypted document with an empty user password). */
  decrypted: boolean;
  /** Bytes the encoded streams inflate to, counted until a limit was passed. */
  inflatedBytes: number;
  largestStreamBytes: number;
  /** The first limit passed, and at which object; null when the document is within both. */
  overLimit: { scope: 'stream' | 'document'; limit: number; object: string } | null;
}

/** Where a stream sits: in the file, or inside an object stream (whose own stream is `container`). */
export interface StreamPlace {
  /** The object stream the stream was found in; null for one in the file itself. */
  container: RawStream | null;
  /** "object 12 0", "an unnumbered object in object stream 3 0": for messages. */
  label: string;
  /** Decodes the stream whole again (as `decoded` had it), up to `maxBytes`; null when it is larger. */
  decodeAgain(maxBytes: number): Promise<Uint8Array | null>;
}

/**
 * What the census lets a reader of the streams see (graphics-state-budget.ts meters content
 * with it), so that the streams are decoded once for both.
 */
export interface StreamVisitor {
  /**
   * A stream decoded whole, with the decryption and filters pdfjs applies: unencoded ones too,
   * not image data (a stream with an image codec is an image to pdfjs, never content), not one
   * that decodes to more than the stream limit (refused anyway).
   */
  decoded(s: RawStream, bytes: Uint8Array, place: StreamPlace): void;
  /** An object stream's decoded bytes, before the streams inside it (their objects are read from them). */
  objectStream(s: RawStream, bytes: Uint8Array, place: StreamPlace): void;
}

/** "12 0", with the object stream it sits in when it does ("3 0 in object stream 12 0"). */
const objectName = (s: RawStream, inside: string | null) => `${s.objectNumber === null ? '(unnumbered)' : `${s.objectNumber} ${s.generation}`}${inside ? ` in object stream ${inside}` : ''}`;
const objectLabel = (s: RawStream, inside: string | null) => (s.objectNumber === null ? `an unnumbered object${inside ? ` in object stream ${inside}` : ''}` : `object ${objectName(s, inside)}`);

/** The newest trailer dictionary that names an /Encrypt dictionary, then that dictionary and the first file id. */
function findEncryption(buf: Buffer): { encrypt: PdfDict; fileId: Uint8Array } | null {
  if (buf.indexOf('/Encrypt', 0, 'latin1') < 0) return null;
  let trailer: PdfDict | undefined;
  // The last few `trailer` keywords only (pdfjs reads the newest): a file of a million of them
  // must not cost a million dictionary reads.
  let at = buf.lastIndexOf('trailer', buf.length, 'latin1');
  for (let tries = 0; at >= 0 && !trailer && tries < MAX_TRAILERS; tries++) {
    const dict = readPdfDict(buf.toString('latin1', at + 7, at + 7 + 16 * 1024));
    if (dict?.has('Encrypt')) trailer = dict;
    at = at > 0 ? buf.lastIndexOf('trailer', at - 1, 'latin1') : -1;
  }
  // A cross-reference stream's dictionary is the trailer of a file without a `trailer` keyword.
  if (!trailer) for (const s of findRawStreams(buf)) if (nameOf(s.dict.get('Type')) === 'XRef' && s.dict.has('Encrypt')) trailer = s.dict;
  if (!trailer) return null;
  const value = trailer.get('Encrypt');
  const encrypt = value instanceof PdfRef ? findObjectDict(buf, value) : dictOf(value);
  const ids = trailer.get('ID');
  return encrypt ? { encrypt, fileId: (Array.isArray(ids) ? bytesOf(ids[0]) : undefined) ?? new Uint8Array(0) } : null;
}

/** The dictionary of object `ref` where `12 0 obj` is written with single spaces (the newest copy). */
function findObjectDict(buf: Buffer, ref: PdfRef): PdfDict | undefined {
  const header = `${ref.num} ${ref.gen} obj`;
  for (let at = buf.lastIndexOf(header, buf.length, 'latin1'); at >= 0; at = at > 0 ? buf.lastIndexOf(header, at - 1, 'latin1') : -1) {
    const before = buf[at - 1];
    if (before !== undefined && before >= 0x30 && before <= 0x39) continue;
    return readPdfDict(buf.toString('latin1', at + header.length, at + header.length + 64 * 1024));
  }
  return undefined;
}

/** The first bytes of `data` once decrypted: enough to see a zlib header. */
function decryptedPrefix(data: Uint8Array, decoder: ChunkDecoder): Uint8Array {
  const pieces: Uint8Array[] = [];
  decoder.write(data.subarray(0, 64), (p) => pieces.push(p));
  return Buffer.concat(pieces);
}

/**
 * The decoding steps for one stream, with decryption first when pdfjs would decrypt it. When the
 * filters cannot be read (an indirect /Filter), a zlib header in the data means Flate.
 */
function stepsFor(s: RawStream, decryption: StreamDecryption | null): DecodeStep[] {
  const decrypt = decryption && s.objectNumber !== null && nameOf(s.dict.get('Type')) !== 'XRef' ? decryption : null;
  const num = s.objectNumber ?? 0;
  const plainStart = () => {
    const decoder = decrypt?.forObject(num, s.generation);
    return decoder ? decryptedPrefix(s.data, decoder) : s.data;
  };
  const names = filterNames(s.dict) ?? (hasZlibHeader(plainStart()) || hasZlibHeader(s.data) ? ['FlateDecode'] : []);
  const steps = decodeSteps(names, s.dict);
  if (steps.length === 0 || !decrypt || !decrypt.forObject(num, s.generation)) return steps;
  // Streams pdfjs does not decrypt (a cross-reference stream under another name, an /Identity
  // crypt filter) still open with a plain zlib header: measure what is there, not garbage.
  if (steps[0]!.filter === 'FlateDecode' && !hasZlibHeader(plainStart()) && hasZlibHeader(s.data)) return steps;
  return [{ kind: 'chunked', filter: 'decrypt', create: () => decrypt.forObject(num, s.generation)! }, ...steps];
}

/** The stream decoded whole (decrypted and through its filters), up to `maxBytes`; null past that. */
async function decodeWhole(s: RawStream, decryption: StreamDecryption | null, maxBytes: number): Promise<Uint8Array | null> {
  let steps = stepsFor(s, decryption);
  const decrypt = decryption && s.objectNumber !== null ? decryption.forObject(s.objectNumber, s.generation) : null;
  // An unfiltered stream of an encrypted document is still encrypted (stepsFor adds decryption
  // only in front of filters, since only filtered streams can grow).
  if (steps.length === 0 && decrypt && nameOf(s.dict.get('Type')) !== 'XRef') steps = [{ kind: 'chunked', filter: 'decrypt', create: () => decryption!.forObject(s.objectNumber!, s.generation)! }];
  if (steps.length === 0) return s.data.length <= maxBytes ? s.data : null;
  const { bytes, kept } = await countDecodedBytes(s.data, steps, maxBytes, maxBytes);
  return bytes <= maxBytes ? kept : null;
}

function placeOf(s: RawStream, container: RawStream | null, containerName: string | null, decryption: StreamDecryption | null, maxStreamBytes: number): StreamPlace {
  return { container, label: objectLabel(s, containerName), decodeAgain: (maxBytes) => decodeWhole(s, decryption, Math.min(maxBytes, maxStreamBytes)) };
}

/**
 * Measures what the streams of `pdf` inflate to, stopping at the first limit passed; a `visitor`
 * sees each stream decoded on the way. Pure: bytes in, numbers out (node:zlib and node:crypto
 * work on the bytes in memory).
 */
export async function measureDecompression(pdf: Uint8Array, limits: DecompressionLimits = DEFAULT_DECOMPRESSION_LIMITS, visitor?: StreamVisitor): Promise<DecompressionCensus> {
  const buf = Buffer.isBuffer(pdf) ? pdf : Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const encryption = findEncryption(buf);
  const decryption = encryption ? standardDecryption(encryption.encrypt, encryption.fileId) : null;
  const census: DecompressionCensus = { streams: 0, encoded: 0, decrypted: decryption !== null, inflatedBytes: 0, largestStreamBytes: 0, overLimit: null };

  const scan = async (bytes: Uint8Array, depth: number, inside: RawStream | null, insideName: string | null): Promise<void> => {
    for (const s of findRawStreams(bytes)) {
      census.streams++;
      // Objects inside an object stream were decrypted with it; they are not decrypted again.
      const streamDecryption = inside ? null : decryption;
      const steps = stepsFor(s, streamDecryption);
      const names = filterNames(s.dict);
      const place = visitor ? placeOf(s, inside, insideName, streamDecryption, limits.maxStreamBytes) : null;
      if (steps.length === 0) {
        // No larger than the file: nothing to count, but content to read all the same.
        if (visitor && !(names && hasImageCodec(names))) {
          const plain = await decodeWhole(s, streamDecryption, limits.maxStreamBytes);
          if (plain) visitor.decoded(s, plain, place!);
        }
        continue;
      }
      census.encoded++;
      const remaining = limits.maxDocumentBytes - census.inflatedBytes;
      const limit = Math.min(limits.maxStreamBytes, remaining);
      const isObjectStream = nameOf(s.dict.get('Type')) === 'ObjStm' && depth < MAX_NESTING;
      const image = names !== undefined && hasImageCodec(names);
      const keep = isObjectStream || (visitor && !image) ? limits.maxStreamBytes : 0;
      const { bytes: inflated, kept } = await countDecodedBytes(s.data, steps, limit, keep);
      census.inflatedBytes += inflated;
      census.largestStreamBytes = Math.max(census.largestStreamBytes, inflated);
      if (inflated > limit) {
        const scope = limits.maxStreamBytes <= remaining ? 'stream' : 'document';
        census.overLimit = { scope, limit: scope === 'stream' ? limits.maxStreamBytes : limits.maxDocumentBytes, object: objectLabel(s, insideName) };
        return;
      }
      if (!kept) continue;
      if (isObjectStream) {
        visitor?.objectStream(s, kept, place!);
        if (Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength).includes('stream')) {
          await scan(kept, depth + 1, s, objectName(s, insideName));
          if (census.overLimit) return;
        }
      } else if (visitor && !image) visitor.decoded(s, kept, place!);
    }
  };
  await scan(buf, 0, null, null);
  return census;
}

const megabytes = (n: number) => (n % MB === 0 ? `${n / MB} MB` : n >= MB ? `${(n / MB).toFixed(1)} MB` : `${n} bytes`);

/** The message a person who uploaded a bomb reads (through the job's failure). */
export function decompressionBombMessage(over: NonNullable<DecompressionCensus['overLimit']>): string {
  return over.scope === 'stream'
    ? `The PDF holds a compressed stream (${over.object}) that inflates to more than ${megabytes(over.limit)}: refusing to parse a possible decompression bomb.`
    : `The PDF's compressed streams inflate to more than ${megabytes(over.limit)} in all (the limit was passed at ${over.object}): refusing to parse a possible decompression bomb.`;
}
