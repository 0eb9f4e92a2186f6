/**
 * Counts what a content stream asks of pdfjs's graphics-state stack, from its decoded bytes: each
 * `q` (save) clones the state with Object.create, so every nested save lengthens a prototype
 * chain and reading a page costs about the square of its deepest nesting (graphics-state-budget.ts
 * has the figures). The stream is read as pdfjs's parser reads it (pdf-content-lexer.ts for the
 * tokens; arrays, dictionaries and inline images here), so that an operator pdfjs runs is never
 * one the meter skips: an operator inside an array or a dictionary is an operand, not run; a `Q`
 * at depth 0 restores nothing. Where the meter cannot follow pdfjs exactly it counts more, never
 * less: a `Do` whose operand it cannot know may draw any form.
 */
import { ContentLexer, ContentSyntaxError, token, type ContentToken } from './pdf-content-lexer.js';
import { CONTENT_OPERATORS } from './pdf-content-operators.js';

/** The operand of a `Do` that could be any XObject of the resources. */
export const ANY_FORM = '*';

/**
 * Where a form was drawn: from a start at depth d, the depth at the `Do` was
 * max(d + highest, rise) at most (see GraphicsStateProfile).
 */
export interface FormCall {
  calls: number;
  highest: number;
  rise: number;
}

/**
 * The stream's saves and restores as a walk that never goes below 0 (pdfjs ignores a restore with
 * nothing saved). With P the saves minus restores so far, a walk started at depth d is at depth
 * max(d + P, P − min P) at every point: so `highest` (the largest P) and `rise` (the deepest the
 * walk gets from 0) give its deepest point from any start, max(d + highest, rise), and `net` with
 * `lowest` its end, max(d + net, net − lowest). Streams read one after another (a page's array of
 * contents) compose that way without being read again.
 */
export interface GraphicsStateProfile {
  /** `q` operators pdfjs runs. */
  saves: number;
  restores: number;
  highest: number;
  rise: number;
  net: number;
  lowest: number;
  /** Forms drawn (`Do`), by operand name; ANY_FORM for an operand that cannot be known. */
  forms: Map<string, FormCall>;
  /**
   * Whether the stream ends between tokens at the top level, with no operand pending: only then
   * does the next stream of a page's contents read as if on its own (pdfjs joins them byte to
   * byte, so a string, a comment, an array or a word left open runs on into the next one).
   */
  clean: boolean;
  /** pdfjs stops reading content at a syntax error; nothing after it runs. */
  stopped: boolean;
  bytes: number;
}

export const deepestFrom = (p: Pick<GraphicsStateProfile, 'highest' | 'rise'>, start: number) => Math.max(start + p.highest, p.rise);
export const endFrom = (p: Pick<GraphicsStateProfile, 'net' | 'lowest'>, start: number) => Math.max(start + p.net, p.net - p.lowest);

/** A value as the parser builds it, reduced to what decides anything here. */
type Value =
  | { kind: 'command'; name: string }
  | { kind: 'name'; name: string }
  | { kind: 'falsy' }
  | { kind: 'truthy' }
  | { kind: 'null' }
  | { kind: 'array'; first: Value | undefined };

type Frame =
  | { kind: 'array'; first: Value | undefined; empty: boolean }
  | { kind: 'dict'; awaitingKey: boolean }
  /** An inline image's dictionary, from `BI` to `ID`: /F and /Filter decide where its data ends. */
  | { kind: 'image'; awaitingKey: boolean; key: string; f: Value | undefined; filter: Value | undefined };

const TRUTHY: Value = { kind: 'truthy' };
const FALSY: Value = { kind: 'falsy' };
const NULL_VALUE: Value = { kind: 'null' };
const ID = token('command', 'ID');
const EI = token('command', 'EI');
/** pdfjs's parser holds no token after `ID` until the image data is read. */
const HELD = token('null');

const isCommand = (t: ContentToken, name: string) => t.kind === 'command' && t.name === name;

/** The first filter name as pdfjs takes it: `dict.F || dict.Filter`, a name or an array's first name. */
function filterName(f: Value | undefined, filter: Value | undefined): string | undefined {
  const chosen = f && f.kind !== 'falsy' && f.kind !== 'null' ? f : filter;
  if (chosen?.kind === 'name') return chosen.name;
  if (chosen?.kind === 'array' && chosen.first?.kind === 'name') return chosen.first.name;
  return undefined;
}

class Meter {
  readonly profile: GraphicsStateProfile = { saves: 0, restores: 0, highest: 0, rise: 0, net: 0, lowest: 0, forms: new Map(), clean: false, stopped: false, bytes: 0 };
  /** The clamped walk from 0: P − min P. */
  private depth = 0;
  private argCount = 0;
  /** The last operand when it is a name. */
  private lastArgName: string | null = null;
  private readonly frames: Frame[] = [];
  private readonly lexer: ContentLexer;
  private buf1: ContentToken = HELD;
  private buf2: ContentToken = HELD;
  /** An inline image's end was looked for up to the end of the bytes (what follows could move it). */
  private imageAtEnd = false;

  constructor(bytes: Uint8Array) {
    this.profile.bytes = bytes.length;
    this.lexer = new ContentLexer(bytes);
  }

  /** Whether the next token is the end (a method: TypeScript would keep a narrowing across shifts). */
  private atEnd(): boolean {
    return this.buf1.kind === 'eof';
  }

  /** Parser.shift, with its hold after `ID`. */
  private shift(): void {
    if (isCommand(this.buf2, 'ID')) {
      this.buf1 = ID;
      this.buf2 = HELD;
    } else {
      this.buf1 = this.buf2;
      this.buf2 = this.lexer.next();
    }
  }

  run(): GraphicsStateProfile {
    try {
      this.buf1 = this.lexer.next();
      this.buf2 = this.lexer.next();
      this.parse();
      this.profile.clean = this.frames.length === 0 && this.argCount === 0 && !this.imageAtEnd && this.lexer.endedBetweenTokens();
    } catch (error) {
      if (!(error instanceof ContentSyntaxError)) throw error;
      // pdfjs gives up on the content here; whatever follows it on the page is not read either.
      this.profile.stopped = true;
      this.profile.clean = true;
    }
    return this.profile;
  }

  private parse(): void {
    for (;;) {
      // (Length first: reading past an array's end is slow in V8.)
      if (this.frames.length === 0) {
        if (this.atEnd()) return;
        this.startValue();
        continue;
      }
      const top = this.frames[this.frames.length - 1]!;
      if (top.kind === 'array') {
        if (isCommand(this.buf1, ']')) {
          this.shift();
          this.frames.pop();
          this.deliver({ kind: 'array', first: top.first });
        } else if (this.atEnd()) return; // (pdfjs fails here, but joined to a page's next stream the array goes on)
        else this.startValue();
      } else if (top.kind === 'dict') {
        if (isCommand(this.buf1, '>>')) {
          // (pdfjs leaves `>>` to be read again before a `stream` keyword, which a content
          // stream cannot hold: its lexer cuts "stream" into `s` and "tream".)
          this.shift();
          this.frames.pop();
          this.deliver(TRUTHY);
        } else if (this.atEnd()) return;
        else if (top.awaitingKey) {
          // A key must be a name; anything else is skipped (it opens nothing).
          const isKey = this.buf1.kind === 'name';
          this.shift();
          if (isKey && !this.atEnd()) top.awaitingKey = false;
        } else {
          top.awaitingKey = true;
          this.startValue();
        }
      } else if (isCommand(this.buf1, 'ID') || this.atEnd()) this.endInlineImage(top);
      else if (top.awaitingKey) {
        if (this.buf1.kind !== 'name') throw new ContentSyntaxError('Dictionary key must be a name object');
        top.key = this.buf1.name;
        this.shift();
        if (!this.atEnd()) top.awaitingKey = false;
      } else {
        top.awaitingKey = true;
        this.startValue();
      }
    }
  }

  /** Parser.getObj: opens a composite, or hands a whole value to where it belongs. */
  private startValue(): void {
    const token = this.buf1;
    this.shift();
    if (token.kind === 'command') {
      const name = token.name;
      if (name === 'BI') return void this.frames.push({ kind: 'image', awaitingKey: true, key: '', f: undefined, filter: undefined });
      if (name === '[') return void this.frames.push({ kind: 'array', first: undefined, empty: true });
      if (name === '<<') return void this.frames.push({ kind: 'dict', awaitingKey: true });
      if (this.frames.length === 0) return this.operate(name);
      return this.deliver({ kind: 'command', name });
    }
    if (token.kind === 'operand' && token.integer) {
      const next = this.buf1;
      if (next.kind === 'operand' && next.integer && isCommand(this.buf2, 'R')) {
        this.shift();
        this.shift();
        return this.frames.length === 0 ? this.operand(null) : this.deliver(TRUTHY);
      }
    }
    if (this.frames.length === 0) {
      // At the top a value is an operand of the next operator (pdfjs drops a null).
      if (token.kind !== 'null') this.operand(token.kind === 'name' ? token.name : null);
      return;
    }
    if (token.kind === 'name') return this.deliver({ kind: 'name', name: token.name });
    if (token.kind === 'null') return this.deliver(NULL_VALUE);
    this.deliver(token.falsy ? FALSY : TRUTHY);
  }

  /** An operand at the top: only whether it is a name, and which, matters (for `Do`). */
  private operand(name: string | null): void {
    this.argCount++;
    this.lastArgName = name;
  }

  /** A finished value goes to the composite it is in, or is an operand at the top. */
  private deliver(value: Value): void {
    if (this.frames.length === 0) return this.operand(value.kind === 'name' ? value.name : null);
    const top = this.frames[this.frames.length - 1]!;
    if (top.kind === 'array') {
      if (top.empty) top.first = value;
      top.empty = false;
    } else if (top.kind === 'image') {
      if (top.key === 'F') top.f = value;
      else if (top.key === 'Filter') top.filter = value;
    }
  }

  private endInlineImage(frame: Extract<Frame, { kind: 'image' }>): void {
    this.lexer.watchEnd();
    this.lexer.skipInlineImageData(filterName(frame.f, frame.filter));
    if (this.lexer.touchedEnd()) this.imageAtEnd = true;
    this.frames.pop();
    // pdfjs puts an `EI` after the image whatever the data held, and reads on from its end.
    this.buf2 = EI;
    this.shift();
    this.deliver(TRUTHY);
  }

  /** EvaluatorPreprocessor.read: an operator pdfjs knows runs (and takes the operands); others leave them. */
  private operate(name: string): void {
    const spec = CONTENT_OPERATORS.get(name);
    if (!spec) return;
    const p = this.profile;
    if (name === 'q') {
      p.saves++;
      p.net++;
      this.depth++;
      if (p.net > p.highest) p.highest = p.net;
      if (this.depth > p.rise) p.rise = this.depth;
    } else if (name === 'Q') {
      p.restores++;
      p.net--;
      if (p.net < p.lowest) p.lowest = p.net;
      if (this.depth > 0) this.depth--;
    } else if (name === 'Do') {
      // The last operand is the one `Do` takes. Without one here pdfjs may take an operand left
      // over from an earlier operator: count it as any form.
      const operand = this.argCount > 0 ? this.lastArgName : ANY_FORM;
      if (operand !== null) {
        const call = p.forms.get(operand) ?? { calls: 0, highest: -Infinity, rise: 0 };
        call.calls++;
        call.highest = Math.max(call.highest, p.net);
        call.rise = Math.max(call.rise, this.depth);
        p.forms.set(operand, call);
      }
    }
    this.argCount = 0;
    this.lastArgName = null;
  }
}

/** Meters one stream's decoded bytes, read on their own from the start. */
export function meterGraphicsStates(bytes: Uint8Array): GraphicsStateProfile {
  return new Meter(bytes).run();
}
