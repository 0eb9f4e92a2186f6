/**
 * The tokens of a content stream exactly as pdfjs (5.6.205, core/parser.js Lexer) cuts them, and
 * where it ends an inline image's data. A meter that reads the bytes any other way can be fooled:
 * a save hidden where pdfjs sees an operator but a looser reader sees a string, a comment or image
 * data is a save the meter misses. So this is a port, down to pdfjs's quirks: a run of letters is
 * cut at the longest known operator ("qqq" is three saves), a byte outside ASCII before an
 * ASCII one is an operator by itself, the character after `ID` is read before the image data
 * and comes back after it, and each image filter has its own end marker. Only what decides where
 * tokens begin and end is kept; values are not built.
 */
import { CONTENT_OPERATORS, KNOWN_COMMANDS } from './pdf-content-operators.js';

export type TokenKind = 'command' | 'name' | 'operand' | 'null' | 'eof';

/**
 * One token. Commands are the same object each time (one per word the lexer can make of a run of
 * letters); operands say only whether pdfjs would read them as false (0, an empty string,
 * `false`) and whether they are integers (two integers and `R` make one reference).
 */
export interface ContentToken {
  readonly kind: TokenKind;
  /** A command's or a name's text; '' for an operand and for a command pdfjs does not know of any prefix of. */
  readonly name: string;
  readonly falsy: boolean;
  readonly integer: boolean;
}

export const token = (kind: TokenKind, name = '', falsy = false, integer = false): ContentToken => ({ kind, name, falsy, integer });

/** What pdfjs throws as a FormatError while lexing: it stops reading the content there. */
export class ContentSyntaxError extends Error {}

// pdfjs's specialChars: 1 white space, 2 delimiter, 0 regular.
const SPECIAL = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) SPECIAL[c] = 1;
for (const c of [0x25, 0x28, 0x29, 0x2f, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d]) SPECIAL[c] = 2;
const special = (ch: number) => (ch < 0 ? 0 : SPECIAL[ch]!);
/** pdfjs's isWhiteSpace (shared/util): fewer characters than the lexer's white space. */
const isWhiteSpace = (ch: number) => ch === 0x20 || ch === 0x09 || ch === 0x0d || ch === 0x0a;
const hexDigit = (ch: number) => (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x46) || (ch >= 0x61 && ch <= 0x66);

const STRING = token('operand');
const EMPTY_STRING = token('operand', '', true);
const TRUE = STRING;
const FALSE = EMPTY_STRING;
const ZERO = token('operand', '', true, true);
const INTEGER = token('operand', '', false, true);
const FRACTION = token('operand');
const NULL = token('null');
const EOF = token('eof');
const DELIMITERS = new Map(['[', ']', '<<', '>>', '>', '{', '}'].map((d) => [d, token('command', d)]));
/** A run of letters pdfjs reads as one word it does not know (its operator list has no prefix of it). */
const UNKNOWN_COMMAND = token('command');

/**
 * The known commands as a trie over bytes: pdfjs cuts a run where the word so far is a known
 * command and one letter more is not. Every node is a word with its own token, known or a prefix.
 */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  readonly known: boolean;
  readonly token: ContentToken;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), known: false, token: UNKNOWN_COMMAND };
  for (const word of KNOWN_COMMANDS) {
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        const prefix = word.slice(0, i + 1);
        child = { next: new Map(), known: KNOWN_COMMANDS.has(prefix), token: token('command', prefix) };
        node.next.set(c, child);
      }
      node = child;
    }
  }
  return root;
}

const TRIE = buildTrie();
const MAX_COMMAND_LENGTH = 128;

/** The bytes with pdfjs's Stream cursor: getByte gives -1 at the end. */
class ByteCursor {
  pos: number;
  /** Whether a read or a look ahead has reached the end since the flag was last cleared. */
  reachedEnd = false;

  readonly end: number;

  constructor(readonly bytes: Uint8Array) {
    this.pos = 0;
    this.end = bytes.length;
  }

  getByte(): number {
    if (this.pos < this.end) return this.bytes[this.pos++]!;
    this.reachedEnd = true;
    return -1;
  }

  peekByte(): number {
    if (this.pos < this.end) return this.bytes[this.pos]!;
    this.reachedEnd = true;
    return -1;
  }

  peekBytes(n: number): Uint8Array {
    if (this.pos + n >= this.end) this.reachedEnd = true;
    return this.bytes.subarray(this.pos, Math.min(this.end, this.pos + n));
  }

  skip(n = 1): void {
    this.pos += n;
  }

  getUint16(): number {
    const b0 = this.getByte();
    const b1 = this.getByte();
    return b0 === -1 || b1 === -1 ? -1 : (b0 << 8) + b1;
  }
}

export class ContentLexer {
  private readonly stream: ByteCursor;
  /** The same bytes, to take a name's text in one slice. */
  private readonly latin1: Buffer;
  /** pdfjs's currentChar: the byte read last, which the next token starts from. */
  private current: number;
  /** The last token ran into the end of the bytes (what follows them would have lengthened it). */
  private cut = false;
  private commentAtEnd = false;

  constructor(bytes: Uint8Array) {
    this.stream = new ByteCursor(bytes);
    this.latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.current = this.stream.getByte();
  }

  /** Where reading has got to (the byte after `current`). */
  get position(): number {
    return this.stream.pos;
  }

  private nextChar(): number {
    return (this.current = this.stream.getByte());
  }

  next(): ContentToken {
    const token = this.read();
    if (token.kind !== 'eof') this.cut = this.current === -1;
    return token;
  }

  /**
   * Whether the bytes ended between tokens, outside a comment: then bytes that follow them (the
   * next stream of a page's contents) are read as if on their own.
   */
  endedBetweenTokens(): boolean {
    return !this.cut && !this.commentAtEnd;
  }

  /** Starts watching for a read that reaches the end of the bytes. */
  watchEnd(): void {
    this.stream.reachedEnd = false;
  }

  touchedEnd(): boolean {
    return this.stream.reachedEnd;
  }

  private read(): ContentToken {
    let comment = false;
    let ch = this.current;
    for (;;) {
      if (ch < 0) {
        // (Read again at the end, as the parser's look-ahead does, the end is outside any comment.)
        if (comment) this.commentAtEnd = true;
        return EOF;
      }
      if (comment) {
        if (ch === 0x0a || ch === 0x0d) comment = false;
      } else if (ch === 0x25) comment = true;
      else if (special(ch) !== 1) break;
      ch = this.nextChar();
    }
    if ((ch >= 0x30 && ch <= 0x39) || ch === 0x2b || ch === 0x2d || ch === 0x2e) {
      return this.number();
    }
    switch (ch) {
      case 0x28:
        return this.string() ? STRING : EMPTY_STRING;
      case 0x2f:
        return token('name', this.name());
      case 0x5b:
        this.nextChar();
        return DELIMITERS.get('[')!;
      case 0x5d:
        this.nextChar();
        return DELIMITERS.get(']')!;
      case 0x3c:
        if (this.nextChar() === 0x3c) {
          this.nextChar();
          return DELIMITERS.get('<<')!;
        }
        return this.hexString() ? STRING : EMPTY_STRING;
      case 0x3e:
        if (this.nextChar() === 0x3e) {
          this.nextChar();
          return DELIMITERS.get('>>')!;
        }
        return DELIMITERS.get('>')!;
      case 0x7b:
        this.nextChar();
        return DELIMITERS.get('{')!;
      case 0x7d:
        this.nextChar();
        return DELIMITERS.get('}')!;
      case 0x29:
        this.nextChar();
        throw new ContentSyntaxError(`Illegal character: ${ch}`);
    }
    if (ch < 0x20 || ch > 0x7f) {
      const next = this.stream.peekByte();
      if (next >= 0x20 && next <= 0x7f) {
        this.nextChar();
        return TRIE.next.get(ch)?.token ?? UNKNOWN_COMMAND;
      }
    }
    // Down the trie while the word is one pdfjs knows or a prefix of one; off it, the rest of
    // the run is one word it does not know.
    let node: TrieNode | undefined = TRIE.next.get(ch);
    let length = 1;
    while ((ch = this.nextChar()) >= 0 && !special(ch)) {
      const child: TrieNode | undefined = node?.next.get(ch);
      if (node?.known && !child?.known) break;
      if (length === MAX_COMMAND_LENGTH) throw new ContentSyntaxError(`Command token too long: ${length}`);
      node = child;
      length++;
    }
    if (!node) return UNKNOWN_COMMAND;
    if (node.token.name === 'true') return TRUE;
    if (node.token.name === 'false') return FALSE;
    if (node.token.name === 'null') return NULL;
    return node.token;
  }

  /** pdfjs's getNumber, for what the value is: zero or not, integer or not. */
  private number(): ContentToken {
    let ch = this.current;
    if (ch === 0x2d) {
      ch = this.nextChar();
      if (ch === 0x2d) ch = this.nextChar();
    } else if (ch === 0x2b) ch = this.nextChar();
    while (ch === 0x0a || ch === 0x0d) ch = this.nextChar();
    // pdfjs's divideBy: a dot before the digits counts, and a second dot ends the number.
    let divideBy = 0;
    if (ch === 0x2e) {
      divideBy = 10;
      ch = this.nextChar();
    }
    if (ch < 0x30 || ch > 0x39) {
      if (isWhiteSpace(ch) || ch === 0x28 || ch === 0x3c || ch === -1) return ZERO;
      throw new ContentSyntaxError(`Invalid number: ${String.fromCharCode(ch)} (charCode ${ch})`);
    }
    let value = ch - 0x30;
    while ((ch = this.nextChar()) >= 0) {
      if (ch >= 0x30 && ch <= 0x39) {
        if (divideBy !== 0) divideBy *= 10;
        value = value * 10 + (ch - 0x30);
      } else if (ch === 0x2e) {
        if (divideBy === 0) divideBy = 1;
        else break;
      } else if (ch !== 0x2d) break;
    }
    if (divideBy !== 0) value /= divideBy;
    return value === 0 ? ZERO : Number.isInteger(value) ? INTEGER : FRACTION;
  }

  /** Skips a literal string; whether it holds anything (an empty one reads as false). */
  private string(): boolean {
    let depth = 1;
    let empty = true;
    let ch = this.nextChar();
    for (;;) {
      let buffered = false;
      if (ch === -1) return !empty;
      if (ch === 0x28) depth++;
      else if (ch === 0x29) {
        if (--depth === 0) {
          this.nextChar();
          return !empty;
        }
      } else if (ch === 0x5c) {
        ch = this.nextChar();
        if (ch === -1) return !empty;
        if (ch >= 0x30 && ch <= 0x37) {
          // Up to three octal digits; a byte after one or two of them is read again as text.
          ch = this.nextChar();
          buffered = true;
          if (ch >= 0x30 && ch <= 0x37) {
            ch = this.nextChar();
            if (ch >= 0x30 && ch <= 0x37) buffered = false;
          }
        } else if (ch === 0x0d || ch === 0x0a) {
          // A line continuation adds nothing.
          if (ch === 0x0d && this.stream.peekByte() === 0x0a) this.nextChar();
          ch = this.nextChar();
          continue;
        }
      }
      empty = false;
      if (!buffered) ch = this.nextChar();
    }
  }

  private name(): string {
    const start = this.stream.pos;
    let ch: number;
    // Most names have no #-escape: their text is one slice.
    while ((ch = this.nextChar()) >= 0 && !special(ch)) if (ch === 0x23) return this.escapedName(start);
    return this.latin1.toString('latin1', start, this.current < 0 ? this.stream.end : this.stream.pos - 1);
  }

  /** pdfjs's getName from the first `#` on (at `start` the name's text begins). */
  private escapedName(start: number): string {
    let out = this.latin1.toString('latin1', start, this.stream.pos - 1);
    let ch: number = 0x23;
    for (;;) {
      if (ch === 0x23) {
        ch = this.nextChar();
        if (special(ch)) {
          out += '#';
          break;
        }
        if (hexDigit(ch)) {
          const first = ch;
          ch = this.nextChar();
          if (!hexDigit(ch)) {
            out += `#${String.fromCharCode(first)}`;
            if (special(ch)) break;
            out += String.fromCharCode(ch);
          } else out += String.fromCharCode(parseInt(String.fromCharCode(first, ch), 16));
        } else out += `#${String.fromCharCode(ch)}`;
      } else out += String.fromCharCode(ch);
      if ((ch = this.nextChar()) < 0 || special(ch)) break;
    }
    return out;
  }

  /** Skips a hex string; whether it holds a digit (one without reads as false). */
  private hexString(): boolean {
    let empty = true;
    let ch = this.current;
    for (;;) {
      if (ch < 0) return !empty;
      if (ch === 0x3e) {
        this.nextChar();
        return !empty;
      }
      if (hexDigit(ch)) empty = false;
      ch = this.nextChar();
    }
  }

  /**
   * Skips an inline image's data, as pdfjs's Parser.makeInlineImage does once it has read `ID`
   * (the byte after `ID` was read with it and stays the current character). `filter` is the
   * first name of the image dictionary's /F or /Filter.
   */
  skipInlineImageData(filter: string | undefined): void {
    const s = this.stream;
    switch (filter) {
      case 'DCT':
      case 'DCTDecode':
        findDctEnd(s);
        break;
      case 'A85':
      case 'ASCII85Decode':
        findAscii85End(s);
        break;
      case 'AHx':
      case 'ASCIIHexDecode':
        findAsciiHexEnd(s);
        break;
      default:
        findDefaultEnd(s);
    }
  }
}

/** Parser.findDefaultInlineStreamEnd: `EI` and white space, then bytes that read as an operator and its operands. */
function findDefaultEnd(s: ByteCursor): void {
  const E = 0x45;
  const I = 0x49;
  const n = 15;
  let state = 0;
  let ch = 0;
  let maybeEIPos = -1;
  while ((ch = s.getByte()) !== -1) {
    if (state === 0) state = ch === E ? 1 : 0;
    else if (state === 1) state = ch === I ? 2 : 0;
    else {
      if (ch === 0x20 || ch === 0x0a || ch === 0x0d) {
        maybeEIPos = s.pos;
        const following = s.peekBytes(n);
        if (following.length === 0) break;
        for (let i = 0; i < following.length; i++) {
          ch = following[i]!;
          if (ch === 0x00 && following[i + 1] !== 0x00) continue;
          if (ch !== 0x0a && ch !== 0x0d && (ch < 0x20 || ch > 0x7f)) {
            state = 0;
            break;
          }
        }
        if (state !== 2) continue;
        if (!followedByOperator(s.peekBytes(5 * n))) state = 0;
        if (state === 2) break;
      } else state = 0;
    }
  }
  if (ch === -1 && maybeEIPos >= 0) s.skip(-(s.pos - maybeEIPos));
}

/** The bytes after a candidate `EI` read as operands and a known operator taking that many (the lexer's errors propagate, as in pdfjs). */
function followedByOperator(bytes: Uint8Array): boolean {
  const lexer = new ContentLexer(bytes);
  let numArgs = 0;
  for (;;) {
    const token = lexer.next();
    if (token.kind === 'eof') return false;
    if (token.kind === 'command') {
      const spec = CONTENT_OPERATORS.get(token.name);
      if (!spec) return false;
      if (spec.variableArgs ? numArgs <= spec.numArgs : numArgs === spec.numArgs) return true;
      numArgs = 0;
      continue;
    }
    numArgs++;
  }
}

/** Parser.findDCTDecodeInlineStreamEnd: JPEG markers up to the end-of-image marker, then past `EI`. */
function findDctEnd(s: ByteCursor): void {
  const start = s.pos;
  let foundEOI = false;
  let b = 0;
  while ((b = s.getByte()) !== -1) {
    if (b !== 0xff) continue;
    const marker = s.getByte();
    if (marker === 0xff) s.skip(-1);
    else if (marker === 0xd9) foundEOI = true;
    else if (DCT_MARKERS_WITH_LENGTH.has(marker)) {
      const length = s.getUint16();
      if (length > 2) s.skip(length - 2);
      else s.skip(-2);
    }
    if (foundEOI) break;
  }
  if (b === -1) {
    s.pos = start;
    findDefaultEnd(s);
    return;
  }
  skipPastEI(s);
}

const DCT_MARKERS_WITH_LENGTH = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf, 0xc4, 0xcc, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xe0, 0xe1, 0xe2, 0xe3, 0xe4,
  0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef, 0xfe,
]);

/** Parser.findASCII85DecodeInlineStreamEnd: `~>` (or `~` and white space before `EI`), then past `EI`. */
function findAscii85End(s: ByteCursor): void {
  const start = s.pos;
  let ch = 0;
  while ((ch = s.getByte()) !== -1) {
    if (ch !== 0x7e) continue;
    const tildePos = s.pos;
    ch = s.peekByte();
    while (isWhiteSpace(ch)) {
      s.skip();
      ch = s.peekByte();
    }
    if (ch === 0x3e) {
      s.skip();
      break;
    }
    if (s.pos > tildePos) {
      const maybeEI = s.peekBytes(2);
      if (maybeEI[0] === 0x45 && maybeEI[1] === 0x49) break;
    }
  }
  if (ch === -1) {
    s.pos = start;
    findDefaultEnd(s);
    return;
  }
  skipPastEI(s);
}

/** Parser.findASCIIHexDecodeInlineStreamEnd: the first `>`, then past `EI`. */
function findAsciiHexEnd(s: ByteCursor): void {
  const start = s.pos;
  let ch = 0;
  while ((ch = s.getByte()) !== -1) if (ch === 0x3e) break;
  if (ch === -1) {
    s.pos = start;
    findDefaultEnd(s);
    return;
  }
  skipPastEI(s);
}

/** Parser.inlineStreamSkipEI: on to the next `EI`, and one byte beyond it. */
function skipPastEI(s: ByteCursor): void {
  let state = 0;
  let ch = 0;
  while ((ch = s.getByte()) !== -1) {
    if (state === 0) state = ch === 0x45 ? 1 : 0;
    else if (state === 1) state = ch === 0x49 ? 2 : 0;
    else break;
  }
}
