/**
 * The indirect objects of a PDF's raw bytes, found by their `12 0 obj` headers and inside object
 * streams, without trusting the cross-reference table: pdfjs reads an object wherever that table
 * points, and rebuilds it by the same kind of scan when it is damaged. An object number can have
 * several copies (an incremental update rewrites an object; a hostile file can add decoys), so a
 * budget that must hold whichever copy pdfjs reads asks for every copy (`copies`); page numbering,
 * which only names things, takes the newest (`newest`). Values are parsed when first asked for.
 */
import { numberOf, PdfRef, readPdfValue, type PdfValue } from './pdf-syntax.js';

/** "12 0" */
export type ObjectKey = string;
export const objectKey = (num: number, gen: number): ObjectKey => `${num} ${gen}`;

interface Copy {
  key: ObjectKey;
  /** The latin1 text the object is in (the file's, or an object stream's) and where its value starts. */
  text: string;
  at: number;
  /** Later copies are newer: the position in the file (of the object stream, for an object in one). */
  order: number;
  value?: PdfValue | null;
}

/** A reference followed through further references no deeper than this (pdfjs follows one). */
const MAX_REFERENCE_CHAIN = 8;
/** Objects an object stream may list (pdfjs reads /N of them; more is not a real file). */
const MAX_OBJECTS_PER_STREAM = 100_000;

const HEADER = /(?<![0-9])(\d{1,10})[ \t\r\n\f\0]+(\d{1,5})[ \t\r\n\f\0]+obj(?![A-Za-z0-9])/g;

export class PdfObjectIndex {
  private readonly objects = new Map<ObjectKey, Copy[]>();
  /** Each text's copies in the order they start. */
  private readonly texts = new Map<string, Copy[]>();
  /** Texts of object streams kept for parsing, in bytes. */
  private objectStreamBytes = 0;

  /** Indexes every object header in the file's text (latin1). */
  constructor(file: string) {
    for (const m of file.matchAll(HEADER)) {
      const key = objectKey(Number(m[1]), Number(m[2]));
      this.add({ key, text: file, at: m.index! + m[0].length, order: m.index! });
    }
  }

  private add(copy: Copy): void {
    const list = this.objects.get(copy.key);
    if (list) list.push(copy);
    else this.objects.set(copy.key, [copy]);
    const inText = this.texts.get(copy.text);
    if (inText) inText.push(copy);
    else this.texts.set(copy.text, [copy]);
  }

  /**
   * The objects whose text holds `word` (or a `#`, which may spell it in a name): the only ones
   * worth parsing when looking for a key, without parsing every object in the file.
   */
  keysMentioning(word: string): Set<ObjectKey> {
    const keys = new Set<ObjectKey>();
    for (const [text, copies] of this.texts) {
      for (const needle of [word, '#']) {
        let c = 0;
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
          // The copy the occurrence is in: the last one starting before it.
          while (c + 1 < copies.length && copies[c + 1]!.at <= at) c++;
          if (copies[c] && copies[c]!.at <= at) keys.add(copies[c]!.key);
        }
      }
    }
    return keys;
  }

  /**
   * Indexes the objects of an object stream (its decoded bytes; /N pairs of object number and
   * offset, relative to /First). `order` is the object stream's place in the file. Returns the
   * object numbers with their offsets, sorted by offset (to tell which object a stream inside is).
   * Object streams beyond `maxBytes` in all are not indexed: their objects stay unknown.
   */
  addObjectStream(decoded: Uint8Array, n: number, first: number, order: number, maxBytes: number): { num: number; offset: number }[] {
    if (this.objectStreamBytes + decoded.length > maxBytes) return [];
    this.objectStreamBytes += decoded.length;
    const text = Buffer.from(decoded.buffer, decoded.byteOffset, decoded.byteLength).toString('latin1');
    const header = text.slice(0, Math.max(0, first)).split(/[ \t\r\n\f\0]+/).filter(Boolean).map(Number);
    const entries: { num: number; offset: number }[] = [];
    for (let i = 0; i + 1 < header.length && entries.length < Math.min(n, MAX_OBJECTS_PER_STREAM); i += 2) {
      const num = header[i]!;
      const offset = header[i + 1]!;
      if (!Number.isInteger(num) || !Number.isInteger(offset) || first + offset >= text.length) continue;
      entries.push({ num, offset: first + offset });
    }
    entries.sort((a, b) => a.offset - b.offset);
    // Objects in an object stream have generation 0; they are newer than the file's copies before the stream.
    entries.forEach((e, i) => this.add({ key: objectKey(e.num, 0), text, at: e.offset, order: order + i / (entries.length + 1) }));
    return entries;
  }

  has(key: ObjectKey): boolean {
    return this.objects.has(key);
  }

  keys(): IterableIterator<ObjectKey> {
    return this.objects.keys();
  }

  private valueOf(copy: Copy): PdfValue | null {
    if (copy.value === undefined) copy.value = readPdfValue(copy.text, copy.at)?.value ?? null;
    return copy.value;
  }

  /** The value of every copy of the object (a stream's is its dictionary), oldest first. */
  copies(key: ObjectKey): PdfValue[] {
    const list = this.objects.get(key) ?? [];
    return list.map((c) => this.valueOf(c)).filter((v): v is PdfValue => v !== null);
  }

  newest(key: ObjectKey): PdfValue | undefined {
    const list = this.objects.get(key);
    if (!list) return undefined;
    let best: Copy | undefined;
    for (const c of list) if (!best || c.order >= best.order) best = c;
    return best ? (this.valueOf(best) ?? undefined) : undefined;
  }

  /** `value` itself, or what the reference leads to: every copy, through further references. */
  resolveAll(value: PdfValue | undefined): PdfValue[] {
    const out: PdfValue[] = [];
    const seen = new Set<ObjectKey>();
    const follow = (v: PdfValue | undefined, depth: number): void => {
      if (v === undefined) return;
      if (!(v instanceof PdfRef)) return void out.push(v);
      const key = objectKey(v.num, v.gen);
      if (depth >= MAX_REFERENCE_CHAIN || seen.has(key)) return;
      seen.add(key);
      for (const c of this.copies(key)) follow(c, depth + 1);
    };
    follow(value, 0);
    return out;
  }

  /** `value`, or the newest copy of what the reference leads to. */
  resolveNewest(value: PdfValue | undefined): PdfValue | undefined {
    let v = value;
    for (let depth = 0; v instanceof PdfRef && depth < MAX_REFERENCE_CHAIN; depth++) v = this.newest(objectKey(v.num, v.gen));
    return v instanceof PdfRef ? undefined : v;
  }
}

/** /N and /First of an object stream's dictionary, when they are sane. */
export function objectStreamLayout(n: PdfValue | undefined, first: PdfValue | undefined): { n: number; first: number } | null {
  const count = numberOf(n);
  const start = numberOf(first);
  return count !== undefined && start !== undefined && Number.isInteger(count) && Number.isInteger(start) && count >= 0 && start >= 0 ? { n: count, first: start } : null;
}
