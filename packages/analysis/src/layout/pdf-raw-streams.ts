/**
 * Every stream in a PDF's raw bytes, found by scanning for the `stream` keyword rather than by
 * following the cross-reference table: a damaged file is repaired by pdfjs with the same kind of
 * scan, and an xref may point anywhere, so the only safe census is of every stream the bytes hold.
 * Streams inside object streams are found by scanning their decoded bytes the same way.
 */
import { readPdfDict, type PdfDict, numberOf } from './pdf-syntax.js';

export interface RawStream {
  /** From the `12 0 obj` header before the dictionary; null when there is none to read. */
  objectNumber: number | null;
  generation: number;
  /** The stream's dictionary; an empty map when it cannot be read. */
  dict: PdfDict;
  /** The encoded data: from after the keyword's end of line to /Length, or to `endstream`. */
  data: Uint8Array;
  /** Where the dictionary starts in the bytes scanned (an object stream's: which object it is). */
  dictStart: number;
}

const STREAM = Buffer.from('stream', 'latin1');
const ENDSTREAM = Buffer.from('endstream', 'latin1');
// pdfjs also ends a stream at these misspellings (Parser#findStreamLength).
const ENDSTREA = Buffer.from('endstrea', 'latin1');
const ENDSTEAM = Buffer.from('endsteam', 'latin1');
/** How far back from the keyword a dictionary's opening is looked for (stream dictionaries are short). */
const DICT_WINDOW = 64 * 1024;

const isLetterOrDigit = (c: number | undefined) => c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
const isWhite = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The dictionary that ends at `dictEnd` (its last `>`), found by matching `>>` and `<<` backwards,
 * and the object header (`12 0 obj`) right before it, if there is one. Streams inside an object
 * stream have no header of their own.
 */
function dictionaryBefore(buf: Buffer, dictEnd: number, floor: number): { objectNumber: number | null; generation: number; dictStart: number } {
  let depth = 0;
  let dictStart = -1;
  for (let i = dictEnd; i > floor; ) {
    if (buf[i] === 0x3e && buf[i - 1] === 0x3e) {
      depth++;
      i -= 2;
    } else if (buf[i] === 0x3c && buf[i - 1] === 0x3c) {
      i -= 2;
      if (--depth === 0) {
        dictStart = i + 1;
        break;
      }
    } else i--;
  }
  if (dictStart < 0) return { objectNumber: null, generation: 0, dictStart: dictEnd };
  const head = /(?:^|[^0-9])(\d+)\s+(\d+)\s+obj\s*$/.exec(buf.toString('latin1', Math.max(0, dictStart - 48), dictStart));
  return { objectNumber: head ? Number(head[1]) : null, generation: head ? Number(head[2]) : 0, dictStart };
}

/**
 * The first of some byte strings at or after a position. Positions only move forward, so each
 * string's last search answers every position up to where it found that string: the scan reads
 * the file once per string, however many keywords it holds.
 */
class ForwardSearch {
  private readonly searchedFrom: number[];
  private readonly found: number[];

  constructor(
    private readonly buf: Buffer,
    private readonly needles: Buffer[],
  ) {
    this.searchedFrom = needles.map(() => -1);
    this.found = needles.map(() => -1);
  }

  after(pos: number): number {
    let first = -1;
    this.needles.forEach((needle, k) => {
      const fresh = this.searchedFrom[k]! >= 0 && pos >= this.searchedFrom[k]! && (this.found[k]! < 0 || pos <= this.found[k]!);
      if (!fresh) {
        this.searchedFrom[k] = pos;
        this.found[k] = this.buf.indexOf(needle, pos);
      }
      const at = this.found[k]!;
      if (at >= 0 && (first < 0 || at < first)) first = at;
    });
    return first;
  }
}

/**
 * Where the dictionary before the keyword at `kw` ends (its last `>`), or -1 when the keyword
 * does not follow a dictionary. White space and comments may come between, as the lexer allows.
 */
function dictionaryEndBefore(buf: Buffer, kw: number, floor: number): number {
  let i = kw - 1;
  for (;;) {
    while (i > floor && isWhite(buf[i])) i--;
    if (i > floor && buf[i] === 0x3e && buf[i - 1] === 0x3e) return i;
    // A comment runs from its `%` to the end of the line: step back over it, to the `%`.
    let lineStart = i;
    while (lineStart > floor && buf[lineStart - 1] !== 0x0a && buf[lineStart - 1] !== 0x0d) lineStart--;
    const percent = buf.indexOf(0x25, lineStart);
    if (percent < 0 || percent > i) return -1;
    i = percent - 1;
  }
}

/**
 * Yields each stream in `bytes`. A `stream` keyword counts when it is a word of its own (not the
 * end of `endstream` or of a longer word); its data starts after the end of that line, as in pdfjs.
 * The search goes on from the start of the data, not its end, so that an object hidden inside
 * another stream's data (where an xref entry may point) is found too. A dictionary is looked for
 * no further back than the previous keyword, so that no input makes the scan quadratic.
 */
export function* findRawStreams(bytes: Uint8Array): Generator<RawStream> {
  const buf = asBuffer(bytes);
  const ends = new ForwardSearch(buf, [ENDSTREA, ENDSTEAM]);
  const lineEnds = new ForwardSearch(buf, [Buffer.of(0x0a), Buffer.of(0x0d)]);
  let previousKeyword = 0;
  for (let kw = buf.indexOf(STREAM); kw >= 0; kw = buf.indexOf(STREAM, kw + STREAM.length)) {
    if (isLetterOrDigit(buf[kw - 1]) || isLetterOrDigit(buf[kw + STREAM.length])) continue;
    const floor = Math.max(previousKeyword, kw - DICT_WINDOW);
    previousKeyword = kw + STREAM.length;
    const dictEnd = dictionaryEndBefore(buf, kw, floor);
    if (dictEnd < 0) continue;
    // The data starts on the next line, however far (pdfjs's lexer skips to it).
    const lineEnd = lineEnds.after(kw + STREAM.length);
    if (lineEnd < 0) continue;
    let dataStart = lineEnd;
    if (buf[dataStart] === 0x0d) dataStart++;
    if (buf[dataStart] === 0x0a) dataStart++;

    // No end marker at all: pdfjs cannot read the stream ("Missing endstream command"), nor inflate it.
    const firstEnd = ends.after(dataStart);
    if (firstEnd < 0) continue;
    const header = dictionaryBefore(buf, dictEnd, floor);
    const dict = readPdfDict(buf.toString('latin1', header.dictStart, dictEnd + 1)) ?? new Map();
    yield {
      objectNumber: header.objectNumber,
      generation: header.generation,
      dict,
      data: buf.subarray(dataStart, dataEnd(buf, dataStart, numberOf(dict.get('Length')), firstEnd)),
      dictStart: header.dictStart,
    };
  }
}

/** As pdfjs: /Length when `endstream` follows it; otherwise the first end marker after the data's start. */
function dataEnd(buf: Buffer, dataStart: number, length: number | undefined, firstEnd: number): number {
  if (length !== undefined && Number.isInteger(length) && length >= 0 && dataStart + length <= buf.length) {
    let at = dataStart + length;
    while (at < buf.length && isWhite(buf[at])) at++;
    if (buf.subarray(at, at + ENDSTREAM.length).equals(ENDSTREAM)) return dataStart + length;
  }
  return firstEnd;
}
