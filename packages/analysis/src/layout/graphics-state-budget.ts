/**
 * Refuses a PDF whose content would keep pdfjs busy for minutes, before pdfjs reads it. pdfjs
 * saves the graphics state (`q`) by cloning it with Object.create, so every nested save lengthens
 * a prototype chain: a page that opens 20,000 states without closing them took 15.7 s to read in
 * a 684-byte file, and the cost is paid again by every page that lists the same stream. So the
 * decompression census (pdf-decompression-budget.ts) hands every decoded stream to a meter
 * (graphics-state-meter.ts); the page tree is read from the raw bytes (pdf-object-index.ts,
 * pdf-page-tree.ts); and each page is costed as pdfjs would read it: its content streams one
 * after another (depth carries across them), each form it draws at the depth of the `Do` (and
 * the forms those draw), whichever copy of an object pdfjs might pick. A page that nests too deep
 * is refused by number; a document whose pages together save too often, or read too much content
 * (a stream shared by a thousand pages is read a thousand times), is refused as a whole.
 *
 * Figures (pdfjs 5.6.205, extractTextItems on this machine, one page):
 *   - nesting depth d (`q` × d, then text): d = 256 → 6 ms, 1,000 → 33 ms, 2,000 → 82 ms,
 *     5,000 → 411 ms, 10,000 → 1.8 s, 20,000 → 6.5–15.7 s: about d² × 16 ns.
 *   - saves that clone a state nothing was cloned from yet (`q q … Q Q` again and again) cost
 *     10–13 µs each at shallow depth (200,000 × `q q Q Q`: 2.7 s) and more deeper (1,000 × a
 *     400-deep nest: 6.1 s); saves back at a level already cloned cost 1–2 µs (100,000 × `q Q`
 *     at depth 2,048: 0.26 s).
 *   - the 18 real wordings (graphics-state-budget.test.ts prints them): deepest nesting 3, at most
 *     19,794 saves in a document. Acrobat documents 28 as its own limit of q/Q nesting (PDF
 *     Reference, appendix C).
 */
import { nameOf, PdfRef, type PdfDict, type PdfValue } from './pdf-syntax.js';
import { LayoutInputError } from './layout-input-error.js';
import { ANY_FORM, deepestFrom, endFrom, meterGraphicsStates, type FormCall, type GraphicsStateProfile } from './graphics-state-meter.js';
import {
  DEFAULT_DECOMPRESSION_LIMITS,
  decompressionBombMessage,
  measureDecompression,
  type DecompressionCensus,
  type DecompressionLimits,
  type StreamPlace,
  type StreamVisitor,
} from './pdf-decompression-budget.js';
import { objectKey, objectStreamLayout, PdfObjectIndex, type ObjectKey } from './pdf-object-index.js';
import { findRoot, resourcesOf, walkPageTree } from './pdf-page-tree.js';
import type { RawStream } from './pdf-raw-streams.js';

/**
 * Graphics states open at once on a page. Nine times Acrobat's own limit and 85 times the
 * deepest real wording, and cheap for pdfjs (a 256-deep page costs it about 6 ms).
 */
export const DEFAULT_MAX_GRAPHICS_STATE_DEPTH = 256;
/**
 * Saves in a document, counted for every page that reads them (and twice for each form drawn:
 * pdfjs clones the state for it twice). 25 times the most any real wording makes; at the worst,
 * 500,000 saves each cloning a fresh state 256 deep cost pdfjs about 8 s.
 */
export const DEFAULT_MAX_GRAPHICS_STATE_SAVES = 500_000;
/** Content streams a document's pages read in all (an array of contents may list one stream again and again). */
export const DEFAULT_MAX_CONTENT_STREAM_READS = 200_000;
/** Object streams whose objects are indexed, in all (the real wordings' largest is under 1 MB). */
const MAX_INDEXED_OBJECT_STREAM_BYTES = 64 * 1024 * 1024;
/** Forms drawing forms: past this pdfjs is as deep as the limit allows anyway (each `Do` adds two states). */
const MAX_FORM_NESTING = 1000;
/** pdfjs clones the graphics state twice for a form it draws (a save, then the form's own state). */
const STATES_PER_FORM = 2;

export interface ContentLimits {
  /** Most graphics states open at once on a page. */
  maxDepth: number;
  /** Most saves in all the document's pages. */
  maxSaves: number;
  /** Most bytes one page's content (its streams and forms, as read) may come to: the stream limit. */
  maxPageContentBytes: number;
  /** Most bytes all pages together read: the document limit. */
  maxContentBytes: number;
  maxStreamReads: number;
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = {
  maxDepth: DEFAULT_MAX_GRAPHICS_STATE_DEPTH,
  maxSaves: DEFAULT_MAX_GRAPHICS_STATE_SAVES,
  maxPageContentBytes: DEFAULT_DECOMPRESSION_LIMITS.maxStreamBytes,
  maxContentBytes: DEFAULT_DECOMPRESSION_LIMITS.maxDocumentBytes,
  maxStreamReads: DEFAULT_MAX_CONTENT_STREAM_READS,
};

/** Where a limit was passed: pages by number, or an object no page of the tree reaches. */
export interface Culprit {
  pages: number[];
  /** "a content stream (object 4 0)", "a form XObject (object 7 0)": when no page number is known. */
  object: string | null;
}

export type ContentOverLimit =
  | { kind: 'depth'; depth: number; limit: number; where: Culprit }
  | { kind: 'saves'; saves: number; limit: number; mostOnePage: { saves: number; where: Culprit } }
  | { kind: 'page_bytes'; bytes: number; limit: number; where: Culprit }
  | { kind: 'content_bytes'; bytes: number; limit: number }
  | { kind: 'stream_reads'; reads: number; limit: number };

export interface ContentCensus {
  /** Pages in the page tree. */
  pages: number;
  /** Streams metered (every decoded stream that is not an image). */
  metered: number;
  deepest: number;
  saves: number;
  contentBytes: number;
  streamReads: number;
  /** Pages whose contents split a token between two streams, re-read joined as pdfjs joins them. */
  joinedPages: number;
  overLimit: ContentOverLimit | null;
}

interface StreamRecord {
  key: ObjectKey | null;
  label: string;
  dict: PdfDict;
  profile: GraphicsStateProfile;
  place: StreamPlace;
}

/** A stream's or a form's reading, from a start at depth d: deepest max(d + highest, rise). */
interface Cost {
  highest: number;
  rise: number;
  saves: number;
  bytes: number;
  reads: number;
}

const joinCosts = (a: Cost | null, b: Cost | null): Cost | null =>
  !a ? b : !b ? a : { highest: Math.max(a.highest, b.highest), rise: Math.max(a.rise, b.rise), saves: Math.max(a.saves, b.saves), bytes: Math.max(a.bytes, b.bytes), reads: Math.max(a.reads, b.reads) };

/** Profiles of every copy of one stream, joined so that each figure bounds every copy's. */
interface Walk {
  highest: number;
  rise: number;
  net: number;
  /** max(net − lowest): the end from a start at 0. */
  end: number;
  saves: number;
  bytes: number;
  forms: Map<string, FormCall>;
  clean: boolean;
}

function joinProfiles(profiles: GraphicsStateProfile[]): Walk | null {
  if (profiles.length === 0) return null;
  const walk: Walk = { highest: 0, rise: 0, net: -Infinity, end: 0, saves: 0, bytes: 0, forms: new Map(), clean: true };
  for (const p of profiles) {
    walk.highest = Math.max(walk.highest, p.highest);
    walk.rise = Math.max(walk.rise, p.rise);
    walk.net = Math.max(walk.net, p.net);
    walk.end = Math.max(walk.end, p.net - p.lowest);
    walk.saves = Math.max(walk.saves, p.saves);
    walk.bytes = Math.max(walk.bytes, p.bytes);
    walk.clean &&= p.clean;
    for (const [name, call] of p.forms) {
      const had = walk.forms.get(name);
      walk.forms.set(name, had ? { calls: Math.max(had.calls, call.calls), highest: Math.max(had.highest, call.highest), rise: Math.max(had.rise, call.rise) } : { ...call });
    }
  }
  return walk;
}

/** The census's streams, by object, with the objects they sit among. */
class StreamTable implements StreamVisitor {
  readonly byKey = new Map<ObjectKey, StreamRecord[]>();
  readonly standalone: StreamRecord[] = [];
  readonly xrefDicts: PdfDict[] = [];
  metered = 0;
  private readonly objectStreams = new Map<RawStream, { num: number; offset: number }[]>();
  private readonly order = new Map<RawStream, number>();

  constructor(readonly index: PdfObjectIndex) {}

  private keyOf(s: RawStream, place: StreamPlace): ObjectKey | null {
    if (!place.container) return s.objectNumber === null ? null : objectKey(s.objectNumber, s.generation);
    // Inside an object stream: the object whose offset is the last at or before the dictionary.
    const entries = this.objectStreams.get(place.container) ?? [];
    let found: { num: number } | undefined;
    for (const e of entries) if (e.offset <= s.dictStart) found = e;
    return found ? objectKey(found.num, 0) : null;
  }

  objectStream(s: RawStream, bytes: Uint8Array, place: StreamPlace): void {
    const order = place.container ? (this.order.get(place.container) ?? 0) : s.dictStart;
    this.order.set(s, order);
    const layout = objectStreamLayout(s.dict.get('N'), s.dict.get('First'));
    if (layout) this.objectStreams.set(s, this.index.addObjectStream(bytes, layout.n, layout.first, order, MAX_INDEXED_OBJECT_STREAM_BYTES));
  }

  decoded(s: RawStream, bytes: Uint8Array, place: StreamPlace): void {
    if (nameOf(s.dict.get('Type')) === 'XRef') this.xrefDicts.push(s.dict);
    this.metered++;
    const key = this.keyOf(s, place);
    const record: StreamRecord = { key, label: place.label, dict: s.dict, profile: meterGraphicsStates(bytes), place };
    if (key === null) this.standalone.push(record);
    else {
      const list = this.byKey.get(key);
      if (list) list.push(record);
      else this.byKey.set(key, [record]);
    }
  }
}

const isForm = (dict: PdfDict, index: PdfObjectIndex) => nameOf(index.resolveNewest(dict.get('Subtype'))) === 'Form';
const isTilingPattern = (dict: PdfDict) => dict.get('PatternType') === 1;

/** A page dictionary (one copy) and where it is. */
interface PageCopy {
  dict: PdfDict;
  numbers: number[];
  key: ObjectKey | null;
}

interface PageCost {
  deepest: number;
  saves: number;
  bytes: number;
  reads: number;
}

class ContentCoster {
  private readonly formCosts = new Map<string, Cost | null>();
  private readonly pageCosts = new Map<string, PageCost>();
  private readonly visiting = new Set<string>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  private readonly sequencesByRef = new Map<ObjectKey, ObjectKey[][]>();
  private readonly sequencesByArray = new WeakMap<PdfValue[], ObjectKey[][]>();
  /** Profiles of contents that had to be read joined, by their sequence. */
  readonly joined = new WeakMap<ObjectKey[], GraphicsStateProfile>();

  constructor(
    private readonly table: StreamTable,
    private readonly index: PdfObjectIndex,
  ) {}

  /** A number for an object (a sequence, a resources dictionary): costs are kept by what they are made of. */
  private idOf(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) this.ids.set(o, (id = this.nextId++));
    return id;
  }

  private resourcesId(resources: PdfDict[]): string {
    return resources.map((r) => this.idOf(r)).join(',');
  }

  /**
   * The stream keys a page's /Contents lists, for each way its copies may read (a reference to
   * a stream or to an array, an array). The same lists come back for the same /Contents: pages
   * that share contents are costed once.
   */
  contentSequences(page: PdfDict): ObjectKey[][] {
    const contents = page.get('Contents');
    const asKeys = (array: PdfValue[]) => array.filter((v): v is PdfRef => v instanceof PdfRef).map((r) => objectKey(r.num, r.gen));
    if (Array.isArray(contents)) {
      let sequences = this.sequencesByArray.get(contents);
      if (!sequences) this.sequencesByArray.set(contents, (sequences = [asKeys(contents)]));
      return sequences;
    }
    if (!(contents instanceof PdfRef)) return [];
    const key = objectKey(contents.num, contents.gen);
    let sequences = this.sequencesByRef.get(key);
    if (!sequences) {
      sequences = [];
      if (this.table.byKey.has(key)) sequences.push([key]);
      for (const v of this.index.resolveAll(contents)) if (Array.isArray(v)) sequences.push(asKeys(v));
      this.sequencesByRef.set(key, sequences);
    }
    return sequences;
  }

  /** The forms `name` may be in `resources`: every XObject of that name that is a form, every copy. */
  private formsNamed(name: string, resources: PdfDict[]): StreamRecord[] {
    const out: StreamRecord[] = [];
    for (const r of resources) {
      for (const xobjects of this.index.resolveAll(r.get('XObject'))) {
        if (!(xobjects instanceof Map)) continue;
        const refs = name === ANY_FORM ? [...xobjects.values()] : [xobjects.get(name)];
        for (const ref of refs) {
          if (!(ref instanceof PdfRef)) continue;
          for (const record of this.table.byKey.get(objectKey(ref.num, ref.gen)) ?? []) if (isForm(record.dict, this.index)) out.push(record);
        }
      }
    }
    return out;
  }

  /** What drawing the form `name` costs from the resources it is drawn with; null when there is no such form. */
  formCost(name: string, resources: PdfDict[], nesting: number): Cost | null {
    let cost: Cost | null = null;
    for (const record of this.formsNamed(name, resources)) cost = joinCosts(cost, this.costOfForm(record, resources, nesting));
    return cost;
  }

  private costOfForm(record: StreamRecord, callerResources: PdfDict[], nesting: number): Cost | null {
    // pdfjs draws a form with its own resources when it has them, else with its caller's.
    const own = this.index.resolveAll(record.dict.get('Resources')).filter((v): v is PdfDict => v instanceof Map);
    const resources = own.length > 0 ? own : callerResources;
    const memoKey = `${this.idOf(record)}|${own.length > 0 ? 'own' : this.resourcesId(callerResources)}`;
    if (this.formCosts.has(memoKey)) return this.formCosts.get(memoKey)!;
    // A form drawing itself: pdfjs refuses the loop, so it costs nothing more.
    if (this.visiting.has(memoKey) || nesting > MAX_FORM_NESTING) return null;
    this.visiting.add(memoKey);
    const p = record.profile;
    const cost: Cost = { highest: p.highest, rise: p.rise, saves: p.saves, bytes: p.bytes, reads: 1 };
    for (const [name, call] of p.forms) {
      const inner = this.formCost(name, resources, nesting + 1);
      if (!inner) continue;
      // From a start at d the Do is at max(d + call.highest, call.rise), the form's content two deeper.
      cost.highest = Math.max(cost.highest, call.highest + STATES_PER_FORM + inner.highest);
      cost.rise = Math.max(cost.rise, call.rise + STATES_PER_FORM + inner.highest, inner.rise);
      cost.saves += call.calls * (STATES_PER_FORM + inner.saves);
      cost.bytes += call.calls * inner.bytes;
      cost.reads += call.calls * inner.reads;
    }
    this.visiting.delete(memoKey);
    this.formCosts.set(memoKey, cost);
    return cost;
  }

  /** The page read as pdfjs reads it: its streams in turn from depth 0, with the forms they draw. */
  pageCost(page: PageCopy, sequence: ObjectKey[]): PageCost {
    const resources = resourcesOf(page.dict, this.index);
    const memoKey = `${this.idOf(sequence)}|${this.resourcesId(resources)}`;
    const known = this.pageCosts.get(memoKey);
    if (known) return known;
    const cost: PageCost = { deepest: 0, saves: 0, bytes: 0, reads: 0 };
    const walks = sequence.map((key) => joinProfiles((this.table.byKey.get(key) ?? []).map((r) => r.profile)));
    const joined = this.joined.get(sequence);
    const steps: (Walk | null)[] = joined ? [joinProfiles([joined])] : walks;
    let depth = 0;
    for (const walk of steps) {
      if (!walk) continue;
      cost.deepest = Math.max(cost.deepest, deepestFrom(walk, depth));
      for (const [name, call] of walk.forms) {
        const form = this.formCost(name, resources, 1);
        if (!form) continue;
        cost.deepest = Math.max(cost.deepest, deepestFrom(form, Math.max(depth + call.highest, call.rise) + STATES_PER_FORM));
        cost.saves += call.calls * (STATES_PER_FORM + form.saves);
        cost.bytes += call.calls * form.bytes;
        cost.reads += call.calls * form.reads;
      }
      cost.saves += walk.saves;
      depth = Math.max(depth + walk.net, walk.end);
    }
    // Bytes and reads are the streams as listed (a joined re-read is the same bytes).
    for (const walk of walks) {
      if (!walk) continue;
      cost.bytes += walk.bytes;
      cost.reads++;
    }
    this.pageCosts.set(memoKey, cost);
    return cost;
  }

  /** Whether the sequence's streams each end between tokens (the last one may end anyhow). */
  needsJoining(sequence: ObjectKey[]): boolean {
    for (let i = 0; i < sequence.length - 1; i++) if ((this.table.byKey.get(sequence[i]!) ?? []).some((r) => !r.profile.clean)) return true;
    return false;
  }
}

/** "1–3, 7 and 9" */
export function pageList(pages: number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  const shown = ranges.length > 6 ? [...ranges.slice(0, 5), `${ranges.length - 5} more ranges`] : ranges;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}

const count = (n: number) => n.toLocaleString('en-GB');
const MB = 1024 * 1024;
const megabytes = (n: number) => (n % MB === 0 ? `${n / MB} MB` : `${(n / MB).toFixed(1)} MB`);

function subject(where: Culprit): string {
  if (where.pages.length === 1) return `Page ${where.pages[0]}`;
  if (where.pages.length > 1) return `Pages ${pageList(where.pages)}`;
  const object = where.object ?? 'a content stream';
  return object.charAt(0).toUpperCase() + object.slice(1);
}

/** The message a person who uploaded the file reads (through the job's failure). */
export function contentBudgetMessage(over: ContentOverLimit): string {
  switch (over.kind) {
    case 'depth': {
      const many = over.where.pages.length > 1;
      return `${subject(over.where)} ${many ? 'have up to' : 'has'} ${count(over.depth)} unclosed graphics states (q operators without a Q) at once; at most ${count(over.limit)} can be read in time: refused.`;
    }
    case 'saves': {
      const most = over.mostOnePage;
      const where = most.where.pages.length > 0 ? `page ${most.where.pages[0]}` : (most.where.object ?? 'one page');
      return `The PDF's pages save the graphics state (q) ${count(over.saves)} times in all, counting every page that reads a shared stream or form (${where} alone ${count(most.saves)}); at most ${count(over.limit)} can be read in time: refused.`;
    }
    case 'page_bytes':
      return `${subject(over.where)} ${over.where.pages.length > 1 ? 'read' : 'reads'} more than ${megabytes(over.limit)} of content (its streams and forms, as often as they are listed or drawn): refusing to parse a possible decompression bomb.`;
    case 'content_bytes':
      return `The PDF's pages read more than ${megabytes(over.limit)} of content in all (a stream shared by many pages is read again for each): refusing to parse a possible decompression bomb.`;
    case 'stream_reads':
      return `The PDF's pages list ${count(over.reads)} content streams in all; at most ${count(over.limit)} can be read in time: refused.`;
  }
}

/**
 * Meters every stream during the decompression census, then costs every page. Stops at the
 * first decompression limit (nothing is costed then) or content limit passed.
 */
export async function measureContent(
  pdf: Uint8Array,
  decompression: DecompressionLimits = DEFAULT_DECOMPRESSION_LIMITS,
  limits: ContentLimits = { ...DEFAULT_CONTENT_LIMITS, maxPageContentBytes: decompression.maxStreamBytes, maxContentBytes: decompression.maxDocumentBytes },
): Promise<{ decompression: DecompressionCensus; content: ContentCensus }> {
  const buf = Buffer.isBuffer(pdf) ? pdf : Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const file = buf.toString('latin1');
  const index = new PdfObjectIndex(file);
  const table = new StreamTable(index);
  const census = await measureDecompression(pdf, decompression, table);
  const content: ContentCensus = { pages: 0, metered: table.metered, deepest: 0, saves: 0, contentBytes: 0, streamReads: 0, joinedPages: 0, overLimit: null };
  if (census.overLimit) return { decompression: census, content };

  const tree = walkPageTree(index, findRoot(file, index, table.xrefDicts));
  content.pages = tree.length;
  // Every copy of every page object of the tree, and of every other object that reads like a
  // page (a dictionary with contents to read): the tree pdfjs follows may not be the one read here.
  const pages = new Map<string, PageCopy[]>();
  for (const page of tree) {
    if (page.key === null) {
      pages.set(`direct ${page.number}`, [{ dict: page.dict, numbers: [page.number], key: null }]);
      continue;
    }
    const known = pages.get(page.key);
    if (known) for (const copy of known) copy.numbers.push(page.number);
    else pages.set(page.key, index.copies(page.key).flatMap((v) => (v instanceof Map ? [{ dict: v, numbers: [page.number], key: page.key }] : [])));
  }
  for (const key of index.keysMentioning('Contents')) {
    if (pages.has(key)) continue;
    const copies = index.copies(key).flatMap((v): PageCopy[] => (v instanceof Map && readsContents(v) && !table.byKey.has(key) ? [{ dict: v, numbers: [], key }] : []));
    if (copies.length > 0) pages.set(key, copies);
  }

  const coster = new ContentCoster(table, index);
  // Contents that split a token between streams are read joined, as pdfjs joins them.
  for (const copies of pages.values()) {
    for (const copy of copies) {
      for (const sequence of coster.contentSequences(copy.dict)) {
        if (coster.joined.has(sequence) || !coster.needsJoining(sequence)) continue;
        const joined = await readJoined(sequence, table, limits.maxPageContentBytes);
        if (joined === 'too large') {
          content.overLimit = { kind: 'page_bytes', bytes: limits.maxPageContentBytes + 1, limit: limits.maxPageContentBytes, where: culpritOf(copy, sequence, table) };
          return { decompression: census, content };
        }
        coster.joined.set(sequence, joined);
        content.joinedPages++;
      }
    }
  }

  let mostOnePage = { saves: 0, where: { pages: [] as number[], object: null as string | null } };
  for (const copies of pages.values()) {
    // Each figure of the page is the most any copy and any reading of it costs.
    const cost: PageCost = { deepest: 0, saves: 0, bytes: 0, reads: 0 };
    let culprit: Culprit = { pages: [], object: null };
    for (const copy of copies) {
      for (const sequence of coster.contentSequences(copy.dict)) {
        const c = coster.pageCost(copy, sequence);
        if (c.deepest > cost.deepest || c.bytes > cost.bytes || c.saves > cost.saves) culprit = culpritOf(copy, sequence, table);
        cost.deepest = Math.max(cost.deepest, c.deepest);
        cost.saves = Math.max(cost.saves, c.saves);
        cost.bytes = Math.max(cost.bytes, c.bytes);
        cost.reads = Math.max(cost.reads, c.reads);
      }
    }
    const uses = Math.max(1, copies[0]?.numbers.length ?? 1);
    content.deepest = Math.max(content.deepest, cost.deepest);
    content.saves += cost.saves * uses;
    content.contentBytes += cost.bytes * uses;
    content.streamReads += cost.reads * uses;
    if (cost.saves > mostOnePage.saves) mostOnePage = { saves: cost.saves, where: culprit };
    if (cost.deepest > limits.maxDepth) {
      content.overLimit = { kind: 'depth', depth: cost.deepest, limit: limits.maxDepth, where: pagesLike(pages, coster, culprit, cost.deepest, limits) };
      return { decompression: census, content };
    }
    if (cost.bytes > limits.maxPageContentBytes) {
      content.overLimit = { kind: 'page_bytes', bytes: cost.bytes, limit: limits.maxPageContentBytes, where: culprit };
      return { decompression: census, content };
    }
  }
  // Streams no page reads that pdfjs may still run on their own (a form drawn by an annotation
  // or a soft mask, a tiling pattern): each is held to the page limit by itself.
  if (!content.overLimit) {
    for (const records of [...table.byKey.values(), table.standalone]) {
      for (const r of records) {
        if (r.profile.rise <= limits.maxDepth || !(isForm(r.dict, index) || isTilingPattern(r.dict))) continue;
        content.deepest = Math.max(content.deepest, r.profile.rise);
        content.overLimit = { kind: 'depth', depth: r.profile.rise, limit: limits.maxDepth, where: { pages: [], object: `${isForm(r.dict, index) ? 'a form XObject' : 'a tiling pattern'} (${r.label})` } };
        return { decompression: census, content };
      }
    }
  }
  if (content.saves > limits.maxSaves) content.overLimit = { kind: 'saves', saves: content.saves, limit: limits.maxSaves, mostOnePage };
  else if (content.contentBytes > limits.maxContentBytes) content.overLimit = { kind: 'content_bytes', bytes: content.contentBytes, limit: limits.maxContentBytes };
  else if (content.streamReads > limits.maxStreamReads) content.overLimit = { kind: 'stream_reads', reads: content.streamReads, limit: limits.maxStreamReads };
  return { decompression: census, content };
}

/** A dictionary with contents to read: /Contents a reference, or an array holding one (an annotation's /Contents is text). */
function readsContents(dict: PdfDict): boolean {
  const contents = dict.get('Contents');
  return contents instanceof PdfRef || (Array.isArray(contents) && contents.some((v) => v instanceof PdfRef));
}

function culpritOf(copy: PageCopy, sequence: ObjectKey[], table: StreamTable): Culprit {
  if (copy.numbers.length > 0) return { pages: copy.numbers, object: null };
  const first = sequence.find((k) => table.byKey.has(k));
  return { pages: [], object: `a content stream (${first ? table.byKey.get(first)![0]!.label : `of object ${copy.key}`})` };
}

/** Every page of the tree that nests past the limit (for the message): they usually share the culprit's stream. */
function pagesLike(pages: Map<string, PageCopy[]>, coster: ContentCoster, culprit: Culprit, depth: number, limits: ContentLimits): Culprit {
  if (culprit.pages.length === 0) return culprit;
  const numbers: number[] = [];
  for (const copies of pages.values()) {
    if ((copies[0]?.numbers.length ?? 0) === 0) continue;
    const deepest = Math.max(...copies.flatMap((c) => coster.contentSequences(c.dict).map((s) => coster.pageCost(c, s).deepest)));
    if (deepest > limits.maxDepth) numbers.push(...copies[0]!.numbers);
    if (numbers.length > 10_000) break;
  }
  return { pages: numbers.length > 0 ? numbers : culprit.pages, object: null };
}

/** The page's streams decoded (newest copy of each) and joined as pdfjs joins them, then metered. */
async function readJoined(sequence: ObjectKey[], table: StreamTable, maxBytes: number): Promise<GraphicsStateProfile | 'too large'> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const key of sequence) {
    const records = table.byKey.get(key);
    if (!records) continue;
    const bytes = await records[records.length - 1]!.place.decodeAgain(maxBytes - total);
    if (!bytes) return 'too large';
    total += bytes.length;
    if (total > maxBytes) return 'too large';
    parts.push(bytes);
  }
  return meterGraphicsStates(Buffer.concat(parts));
}

/**
 * @throws LayoutInputError 'decompression_bomb' past a decompression or content-bytes limit,
 * 'graphics_state_bomb' past a nesting or saves limit.
 */
export async function refuseUnboundedContent(pdf: Uint8Array, decompression: DecompressionLimits = DEFAULT_DECOMPRESSION_LIMITS, limits?: Partial<ContentLimits>): Promise<{ decompression: DecompressionCensus; content: ContentCensus }> {
  const full: ContentLimits = { ...DEFAULT_CONTENT_LIMITS, maxPageContentBytes: decompression.maxStreamBytes, maxContentBytes: decompression.maxDocumentBytes, ...limits };
  const result = await measureContent(pdf, decompression, full);
  if (result.decompression.overLimit) throw new LayoutInputError('decompression_bomb', decompressionBombMessage(result.decompression.overLimit));
  const over = result.content.overLimit;
  if (over) throw new LayoutInputError(over.kind === 'page_bytes' || over.kind === 'content_bytes' ? 'decompression_bomb' : 'graphics_state_bomb', contentBudgetMessage(over));
  return result;
}
