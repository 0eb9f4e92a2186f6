/**
 * The decoding filters pdfjs applies to a stream's data, re-run here only to count what they
 * produce (pdf-decompression-budget.ts): Flate and Brotli by node:zlib, the others (LZW, run
 * length, ASCII hex and base-85) by small incremental decoders. Every decoder works chunk by
 * chunk and hands out bounded pieces, so a stream can be measured without ever being held.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, constants, createBrotliDecompress, createInflate, inflateSync } from 'node:zlib';
import { dictOf, numberOf, PdfName, type PdfDict, type PdfValue } from './pdf-syntax.js';

/** A decoder fed chunk by chunk; `emit` receives each decoded piece (a fresh array every time). */
export interface ChunkDecoder {
  write(chunk: Uint8Array, emit: (piece: Uint8Array) => void): void;
  end(emit: (piece: Uint8Array) => void): void;
}

export type DecodeStep = { kind: 'zlib'; filter: 'FlateDecode' | 'BrotliDecode' } | { kind: 'chunked'; filter: string; create: () => ChunkDecoder };

const ALIASES: Record<string, string> = { Fl: 'FlateDecode', LZW: 'LZWDecode', A85: 'ASCII85Decode', AHx: 'ASCIIHexDecode', RL: 'RunLengthDecode', DCT: 'DCTDecode', JPX: 'JPXDecode', CCF: 'CCITTFaxDecode' };
/** Image codecs end the count: their output is pixels, which this layout stage never decodes (maxImageSize 0). */
const IMAGE_CODECS = new Set(['DCTDecode', 'JPXDecode', 'CCITTFaxDecode', 'JBIG2Decode']);
/** Output pieces of zlib (fewer, larger pieces: each costs a round trip to the thread pool). */
const ZLIB_PIECE_BYTES = 256 * 1024;
/** Output pieces of the incremental decoders, and the input slices fed to them at a time. */
const PIECE_BYTES = 64 * 1024;
const SLICE_BYTES = 4 * 1024;

/** The filter names of a stream dictionary, in order; undefined when they cannot be read (an indirect reference). */
export function filterNames(dict: PdfDict): string[] | undefined {
  // pdfjs reads /F before /Filter (dict.get("F", "Filter")); so must we.
  const value = dict.has('F') ? dict.get('F') : dict.get('Filter');
  if (value === undefined || value === null) return [];
  if (value instanceof PdfName) return [value.name];
  if (Array.isArray(value) && value.every((v) => v instanceof PdfName)) return value.map((v) => (v as PdfName).name);
  return undefined;
}

function decodeParms(dict: PdfDict, index: number): PdfDict | undefined {
  const value: PdfValue | undefined = dict.has('DP') ? dict.get('DP') : dict.get('DecodeParms');
  return Array.isArray(value) ? dictOf(value[index]) : index === 0 ? dictOf(value) : undefined;
}

/**
 * The steps that turn the stream's data into what pdfjs holds. Names pdfjs does not know pass the
 * data through unchanged (pdfjs warns and goes on), so they are skipped, not obeyed; an image
 * codec ends the chain.
 */
export function decodeSteps(names: string[], dict: PdfDict): DecodeStep[] {
  const steps: DecodeStep[] = [];
  for (const [i, raw] of names.entries()) {
    const filter = ALIASES[raw] ?? raw;
    if (IMAGE_CODECS.has(filter)) break;
    if (filter === 'FlateDecode' || filter === 'BrotliDecode') steps.push({ kind: 'zlib', filter });
    else if (filter === 'LZWDecode') {
      const earlyChange = numberOf(decodeParms(dict, i)?.get('EarlyChange')) ?? 1;
      steps.push({ kind: 'chunked', filter, create: () => new LzwDecoder(earlyChange) });
    } else if (filter === 'RunLengthDecode') steps.push({ kind: 'chunked', filter, create: () => new RunLengthDecoder() });
    else if (filter === 'ASCIIHexDecode') steps.push({ kind: 'chunked', filter, create: () => new AsciiHexDecoder() });
    else if (filter === 'ASCII85Decode') steps.push({ kind: 'chunked', filter, create: () => new Ascii85Decoder() });
  }
  return steps;
}

/** Whether the filters include an image codec: pdfjs reads such a stream as an image, never as content. */
export function hasImageCodec(names: string[]): boolean {
  return names.some((raw) => IMAGE_CODECS.has(ALIASES[raw] ?? raw));
}

/** Whether `data` opens with a zlib header pdfjs's FlateStream accepts (method 8, FCHECK, no preset dictionary). */
export function hasZlibHeader(data: Uint8Array): boolean {
  const cmf = data[0];
  const flg = data[1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && ((cmf << 8) + flg) % 31 === 0 && (flg & 0x20) === 0;
}

/** Collects bytes into fixed-size pieces for `emit`. */
class PieceWriter {
  private piece = new Uint8Array(PIECE_BYTES);
  private length = 0;

  constructor(private readonly emit: (piece: Uint8Array) => void) {}

  byte(b: number): void {
    this.piece[this.length++] = b;
    if (this.length === PIECE_BYTES) this.flush();
  }

  repeat(b: number, count: number): void {
    for (let left = count; left > 0; ) {
      const n = Math.min(left, PIECE_BYTES - this.length);
      this.piece.fill(b, this.length, this.length + n);
      this.length += n;
      left -= n;
      if (this.length === PIECE_BYTES) this.flush();
    }
  }

  flush(): void {
    if (this.length === 0) return;
    if (this.length < PIECE_BYTES / 2) {
      // A short piece is copied out, so that it does not keep the whole buffer alive.
      this.emit(this.piece.slice(0, this.length));
    } else {
      this.emit(this.piece.subarray(0, this.length));
      this.piece = new Uint8Array(PIECE_BYTES);
    }
    this.length = 0;
  }
}

export class RunLengthDecoder implements ChunkDecoder {
  private literal = 0;
  private repeatCount = 0;
  private done = false;

  write(chunk: Uint8Array, emit: (piece: Uint8Array) => void): void {
    const out = new PieceWriter(emit);
    for (let i = 0; i < chunk.length && !this.done; i++) {
      const b = chunk[i]!;
      if (this.literal > 0) {
        out.byte(b);
        this.literal--;
      } else if (this.repeatCount > 0) {
        out.repeat(b, this.repeatCount);
        this.repeatCount = 0;
      } else if (b < 128) this.literal = b + 1;
      else if (b > 128) this.repeatCount = 257 - b;
      else this.done = true;
    }
    out.flush();
  }

  end(): void {}
}

export class AsciiHexDecoder implements ChunkDecoder {
  private high = -1;
  private done = false;

  write(chunk: Uint8Array, emit: (piece: Uint8Array) => void): void {
    const out = new PieceWriter(emit);
    for (let i = 0; i < chunk.length && !this.done; i++) {
      const c = chunk[i]!;
      if (c === 0x3e) {
        this.done = true;
        break;
      }
      const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
      if (v < 0) continue;
      if (this.high < 0) this.high = v;
      else {
        out.byte((this.high << 4) | v);
        this.high = -1;
      }
    }
    out.flush();
  }

  end(emit: (piece: Uint8Array) => void): void {
    if (this.high >= 0) emit(Uint8Array.of(this.high << 4));
    this.high = -1;
  }
}

export class Ascii85Decoder implements ChunkDecoder {
  private readonly group: number[] = [];
  private done = false;

  write(chunk: Uint8Array, emit: (piece: Uint8Array) => void): void {
    const out = new PieceWriter(emit);
    for (let i = 0; i < chunk.length && !this.done; i++) {
      const c = chunk[i]!;
      if (c === 0x7e) this.done = true;
      else if (c === 0x7a && this.group.length === 0) out.repeat(0, 4);
      else if (c >= 0x21 && c <= 0x75) {
        this.group.push(c - 0x21);
        if (this.group.length === 5) this.flushGroup(out, 4);
      }
    }
    out.flush();
  }

  private flushGroup(out: PieceWriter, bytes: number): void {
    while (this.group.length < 5) this.group.push(84);
    const value = this.group.reduce((acc, d) => acc * 85 + d, 0);
    for (let k = 0; k < bytes; k++) out.byte(Math.floor(value / 2 ** (24 - 8 * k)) & 0xff);
    this.group.length = 0;
  }

  end(emit: (piece: Uint8Array) => void): void {
    if (this.group.length < 2) return;
    const out = new PieceWriter(emit);
    this.flushGroup(out, this.group.length - 1);
    out.flush();
  }
}

/** LZW as in PDF (ISO 32000-1 §7.4.4): 9- to 12-bit codes, 256 clears the table, 257 ends the data. */
export class LzwDecoder implements ChunkDecoder {
  private readonly last = new Uint8Array(4096);
  private readonly first = new Uint8Array(4096);
  private readonly lengths = new Uint16Array(4096);
  private readonly prefix = new Uint16Array(4096);
  private readonly sequence = new Uint8Array(4096);
  private nextCode = 258;
  private codeLength = 9;
  private previous = -1;
  private bits = 0;
  private bitCount = 0;
  private done = false;

  constructor(private readonly earlyChange: number) {
    for (let i = 0; i < 256; i++) {
      this.last[i] = i;
      this.first[i] = i;
      this.lengths[i] = 1;
    }
  }

  write(chunk: Uint8Array, emit: (piece: Uint8Array) => void): void {
    const out = new PieceWriter(emit);
    for (let i = 0; i < chunk.length && !this.done; i++) {
      this.bits = ((this.bits << 8) | chunk[i]!) & 0xffffff;
      this.bitCount += 8;
      while (this.bitCount >= this.codeLength && !this.done) {
        this.bitCount -= this.codeLength;
        this.code((this.bits >>> this.bitCount) & ((1 << this.codeLength) - 1), out);
      }
    }
    out.flush();
  }

  private code(code: number, out: PieceWriter): void {
    if (code === 256) {
      this.nextCode = 258;
      this.codeLength = 9;
      this.previous = -1;
      return;
    }
    if (code === 257 || (this.previous < 0 && code > 257) || code > this.nextCode) {
      this.done = true;
      return;
    }
    if (this.previous >= 0 && this.nextCode < 4096) {
      // The new entry is the previous sequence plus the first byte of this one (of itself, for KwKwK).
      const firstByte = code < this.nextCode ? this.first[code]! : this.first[this.previous]!;
      this.last[this.nextCode] = firstByte;
      this.first[this.nextCode] = this.first[this.previous]!;
      this.prefix[this.nextCode] = this.previous;
      this.lengths[this.nextCode] = this.lengths[this.previous]! + 1;
      this.nextCode++;
      const size = this.nextCode + this.earlyChange;
      this.codeLength = size >= 2048 ? 12 : size >= 1024 ? 11 : size >= 512 ? 10 : 9;
    }
    const length = this.lengths[code]!;
    for (let j = length - 1, c = code; j >= 0; j--, c = this.prefix[c]!) this.sequence[j] = this.last[c]!;
    for (let j = 0; j < length; j++) out.byte(this.sequence[j]!);
    this.previous = code;
  }

  end(): void {}
}

const FAST_PATH_BYTES = 1024 * 1024;
class OverFastPath extends Error {}

/**
 * Decodes in memory when every step's output stays under FAST_PATH_BYTES (most streams of a real
 * document); null when a step goes over or the data is broken, and the streaming path must count.
 */
function decodeSmall(data: Uint8Array, steps: DecodeStep[]): Uint8Array | null {
  let current = data;
  for (const step of steps) {
    try {
      if (step.kind === 'zlib') {
        if (step.filter === 'FlateDecode' && !hasZlibHeader(current)) {
          // pdfjs gives an empty stream for a bad header (FlateStream throws, makeFilter answers
          // NullStream): nothing to inflate, and no streaming retry to pay for.
          current = new Uint8Array(0);
          continue;
        }
        current =
          step.filter === 'FlateDecode'
            ? inflateSync(current, { maxOutputLength: FAST_PATH_BYTES, finishFlush: constants.Z_SYNC_FLUSH })
            : brotliDecompressSync(current, { maxOutputLength: FAST_PATH_BYTES, finishFlush: constants.BROTLI_OPERATION_FLUSH });
        continue;
      }
      const pieces: Uint8Array[] = [];
      let size = 0;
      const emit = (piece: Uint8Array) => {
        size += piece.length;
        if (size > FAST_PATH_BYTES) throw new OverFastPath();
        pieces.push(piece);
      };
      const decoder = step.create();
      decoder.write(current, emit);
      decoder.end(emit);
      current = Buffer.concat(pieces);
    } catch {
      return null;
    }
  }
  return current;
}

async function* slices(data: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < data.length; at += ZLIB_PIECE_BYTES) yield data.subarray(at, at + ZLIB_PIECE_BYTES);
}

async function* chunkedStage(input: AsyncIterable<Uint8Array>, decoder: ChunkDecoder): AsyncGenerator<Uint8Array> {
  for await (const chunk of input) {
    // Small slices bound what one call can emit (LZW expands a slice at most ~2,700 times).
    for (let at = 0; at < chunk.length; at += SLICE_BYTES) {
      const pieces: Uint8Array[] = [];
      decoder.write(chunk.subarray(at, at + SLICE_BYTES), (p) => pieces.push(p));
      yield* pieces;
    }
  }
  const tail: Uint8Array[] = [];
  decoder.end((p) => tail.push(p));
  yield* tail;
}

async function* zlibStage(input: AsyncIterable<Uint8Array>, filter: 'FlateDecode' | 'BrotliDecode'): AsyncGenerator<Uint8Array> {
  // Z_SYNC_FLUSH: a stream cut short still yields what it holds, as pdfjs reads it.
  const z =
    filter === 'FlateDecode'
      ? createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: ZLIB_PIECE_BYTES })
      : createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH, chunkSize: ZLIB_PIECE_BYTES });
  const feeding = pipeline(Readable.from(input), z).catch(() => undefined);
  try {
    for await (const piece of z) yield piece as Uint8Array;
  } catch {
    // Broken data ends the stream here; what came out before the break counts.
  } finally {
    z.destroy();
    await feeding;
  }
}

export interface DecodedCount {
  /** Bytes produced, counted until they pass `limit` (so `bytes > limit` means "over"). */
  bytes: number;
  /** The decoded bytes themselves, when asked for and no more than `keepUpTo`. */
  kept: Uint8Array | null;
}

/**
 * Counts what `steps` make of `data`, stopping as soon as the count passes `limit`. Nothing is
 * held beyond one piece per step, unless `keepUpTo` asks for the decoded bytes (object streams,
 * whose contents must be scanned in turn).
 */
export async function countDecodedBytes(data: Uint8Array, steps: DecodeStep[], limit: number, keepUpTo = 0): Promise<DecodedCount> {
  const small = decodeSmall(data, steps);
  if (small) return { bytes: small.length, kept: small.length <= keepUpTo ? small : null };
  let chain: AsyncIterable<Uint8Array> = slices(data);
  for (const step of steps) chain = step.kind === 'zlib' ? zlibStage(chain, step.filter) : chunkedStage(chain, step.create());
  let bytes = 0;
  let kept: Uint8Array[] | null = keepUpTo > 0 ? [] : null;
  for await (const piece of chain) {
    bytes += piece.length;
    if (kept && bytes <= keepUpTo) kept.push(piece);
    else kept = null;
    if (bytes > limit) break;
  }
  return { bytes, kept: kept ? Buffer.concat(kept) : null };
}

