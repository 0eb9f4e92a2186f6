/**
 * A small reader of PDF object syntax (ISO 32000-1 §7.3) over latin1 text, one character per byte:
 * enough to read a stream's dictionary, the trailer and the encryption dictionary straight from
 * the raw bytes, before pdfjs sees them. Indirect references are returned, never resolved.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export type PdfDict = Map<string, PdfValue>;
/** Strings are bytes (Uint8Array): PDF strings are binary, and the encryption keys are made of them. */
export type PdfValue = number | boolean | null | PdfName | PdfRef | Uint8Array | PdfValue[] | PdfDict;

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
// ( ) < > [ ] { } / %
const isDelimiter = (c: number) => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
const isRegular = (c: number) => !Number.isNaN(c) && !isWhite(c) && !isDelimiter(c);
const hexValue = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);

/** Deeper nesting than this is not a dictionary a reader needs: it is refused, not recursed into. */
const MAX_DEPTH = 64;
const ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c, '(': 0x28, ')': 0x29, '\\': 0x5c };

class SyntaxReader {
  constructor(
    private readonly text: string,
    public pos: number,
  ) {}

  private code(at = this.pos): number {
    return this.text.charCodeAt(at);
  }

  skipSpace(): void {
    for (;;) {
      const c = this.code();
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.text.length && this.code() !== 0x0a && this.code() !== 0x0d) this.pos++;
      } else return;
    }
  }

  /** The value at the cursor, or undefined (cursor unmoved) at a keyword, a closer or the end. */
  value(depth = 0): PdfValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    this.skipSpace();
    const start = this.pos;
    const c = this.code();
    if (Number.isNaN(c)) return undefined;
    if (c === 0x3c) return this.code(this.pos + 1) === 0x3c ? this.dict(depth) : this.hexString();
    if (c === 0x5b) return this.array(depth);
    if (c === 0x28) return this.literalString();
    if (c === 0x2f) {
      this.pos++;
      return new PdfName(this.regularRun().replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    const word = this.regularRun();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      const n = Number(word);
      if (/^\d+$/.test(word)) {
        // `12 0 R` is one value: look ahead for the generation and the R.
        const after = this.pos;
        this.skipSpace();
        const gen = this.regularRun();
        this.skipSpace();
        if (/^\d+$/.test(gen) && this.code() === 0x52 && !isRegular(this.code(this.pos + 1))) {
          this.pos++;
          return new PdfRef(n, Number(gen));
        }
        this.pos = after;
      }
      return n;
    }
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    this.pos = start;
    return undefined;
  }

  private regularRun(): string {
    const start = this.pos;
    while (isRegular(this.code())) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private dict(depth: number): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.code() === 0x3e && this.code(this.pos + 1) === 0x3e) {
        this.pos += 2;
        return dict;
      }
      const key = this.value(depth + 1);
      // A damaged dictionary ends where it stops making sense: what was read is kept.
      if (!(key instanceof PdfName)) return dict;
      const value = this.value(depth + 1);
      if (value === undefined) return dict;
      dict.set(key.name, value);
    }
  }

  private array(depth: number): PdfValue[] {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.code() === 0x5d) {
        this.pos++;
        return items;
      }
      const item = this.value(depth + 1);
      if (item === undefined) return items;
      items.push(item);
    }
  }

  private hexString(): Uint8Array {
    this.pos++;
    const out: number[] = [];
    let high = -1;
    while (this.pos < this.text.length) {
      const c = this.code(this.pos++);
      if (c === 0x3e) break;
      const v = hexValue(c);
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        out.push((high << 4) | v);
        high = -1;
      }
    }
    if (high >= 0) out.push(high << 4);
    return Uint8Array.from(out);
  }

  private literalString(): Uint8Array {
    this.pos++;
    const out: number[] = [];
    let nesting = 1;
    while (this.pos < this.text.length) {
      const c = this.code(this.pos++);
      if (c === 0x28) nesting++;
      else if (c === 0x29 && --nesting === 0) break;
      if (c !== 0x5c) {
        out.push(c);
        continue;
      }
      const next = this.text[this.pos++] ?? '';
      if (next in ESCAPES) out.push(ESCAPES[next]!);
      else if (/[0-7]/.test(next)) {
        let octal = next;
        while (octal.length < 3 && /[0-7]/.test(this.text[this.pos] ?? '')) octal += this.text[this.pos++];
        out.push(parseInt(octal, 8) & 0xff);
      } else if (next === '\r') {
        if (this.text[this.pos] === '\n') this.pos++;
      } else if (next !== '\n') out.push(next.charCodeAt(0));
    }
    return Uint8Array.from(out);
  }
}

/** Reads one value starting at `from` in `text` (latin1); undefined when there is none. */
export function readPdfValue(text: string, from = 0): { value: PdfValue; end: number } | undefined {
  const reader = new SyntaxReader(text, from);
  const value = reader.value();
  return value === undefined ? undefined : { value, end: reader.pos };
}

export function readPdfDict(text: string, from = 0): PdfDict | undefined {
  const read = readPdfValue(text, from);
  return read?.value instanceof Map ? read.value : undefined;
}

export const nameOf = (v: PdfValue | undefined): string | undefined => (v instanceof PdfName ? v.name : undefined);
export const numberOf = (v: PdfValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
export const dictOf = (v: PdfValue | undefined): PdfDict | undefined => (v instanceof Map ? v : undefined);
export const bytesOf = (v: PdfValue | undefined): Uint8Array | undefined => (v instanceof Uint8Array ? v : undefined);
