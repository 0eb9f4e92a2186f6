/**
 * Where a document prints nearly the same words: the same sequence of words, in order, with at
 * most a word in seven or so different ("models or devices" / "models and devices", "any claim
 * for damages" / "any action for damages"). Two wordings of one booklet family cut and lightly
 * edit the same list items differently; read clause by clause, an item that moved into the
 * neighbouring clause looks deleted from one and inserted into the other.
 *
 * Occurrences are counted per clause, among clauses of the same polarity (or headings): words
 * that move from a cover into an exclusion are a change, not layout. The counting on both sides
 * is what tells moved wording from repeated wording: words the other document prints more often
 * than this one (outside the pair being read) were moved here; words this document prints as
 * often elsewhere were repeated, and repeating an exclusion next to a cover is a change.
 */
import { type Polarity, polarityOf } from './clause-polarity.js';
import { contentTokens } from './cosmetic-difference.js';
import type { StreamClause } from './displaced-text.js';

/** Share of a sequence's words another clause must hold, in order, for it to print "nearly the same words". */
export const NEAR_WORDING_COVERAGE = 0.85;

/** Shorter sequences recur by chance. */
export const MIN_NEAR_WORDS = 5;

/** Clauses tried per sequence, those sharing the most of its words first. */
const MAX_CANDIDATES = 6;

/**
 * Longer sequences are not looked for nearly: what moves between clauses with a word or two
 * edited is a list item or a sentence, and comparing whole long clauses word by word against
 * every candidate would cost more than the rest of the delta stage.
 */
export const MAX_NEAR_WORDS = 80;

export interface WordingIndex {
  clauses: Array<{ id: string; tokens: string[]; polarity: Polarity | 'heading'; words?: Set<string> }>;
  /** Clauses (by position in `clauses`) holding each word. */
  holding: Map<string, number[]>;
}

export function wordingIndex(stream: StreamClause[]): WordingIndex {
  const holding = new Map<string, number[]>();
  const clauses = stream.map((c, k) => {
    const tokens = contentTokens(c.text);
    for (const t of new Set(tokens)) {
      const list = holding.get(t);
      if (list) list.push(k);
      else holding.set(t, [k]);
    }
    return { id: c.id, tokens, polarity: c.heading ? ('heading' as const) : polarityOf(c.type) };
  });
  return { clauses, holding };
}

/** Words after a number that make it a quantity ("30 days", "5 times") rather than a list number. */
const UNIT = /^(?:days?|weeks?|months?|years?|hours?|minutes?|consecutive|times|per|percent|miles?|km|kilometres?|metres?|knots|kg|nights?|people|persons?|items?)$/;

/**
 * The figures among a sequence's words: every number except a short one that only numbers a
 * list item ("7 owning … 8 any claim …": renumbered items are the same wording). A number
 * followed by a unit ("30 days") or by a thousands group ("15 000" from "£15,000") is a figure.
 */
export function figuresOf(tokens: string[]): string[] {
  return tokens.filter((t, k) => {
    if (!/\p{N}/u.test(t)) return false;
    const next = tokens[k + 1] ?? '';
    const listNumber = /^\p{N}{1,2}$/u.test(t) && /^\p{L}/u.test(next) && !UNIT.test(next) && !/^\p{N}/u.test(tokens[k - 1] ?? '');
    return !listNumber;
  });
}

/** How many words of `a` `b` also has, counting repeats: a bound on their common subsequence. */
function commonWords(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of a) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      counts.set(w, left - 1);
      n += 1;
    }
  }
  return n;
}

/** Length of the longest common subsequence of two word lists. */
export function commonSubsequence(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j += 1) row[j + 1] = word === b[j] ? previous[j] + 1 : Math.max(previous[j + 1], row[j]);
    previous = row;
  }
  return previous[b.length];
}

export interface NearOccurrences {
  count: number;
  /** The first clause (in reading order) that prints them. */
  firstId: string | null;
}

/**
 * The clauses of `index`, other than `exclude`, that print nearly the words of `sequence`: hold
 * at least NEAR_WORDING_COVERAGE of them in order, within a stretch not much longer than the
 * sequence (so that a long clause does not collect scattered words), and are of `polarity` or
 * headings (any clause when `polarity` is null: for whole sentences, see selfContained).
 */
export function nearOccurrences(index: WordingIndex, sequence: string[], polarity: Polarity | null, exclude: ReadonlySet<string> = new Set()): NearOccurrences {
  if (sequence.length > MAX_NEAR_WORDS) return { count: 0, firstId: null };
  const need = Math.ceil(NEAR_WORDING_COVERAGE * sequence.length);
  const words = [...new Set(sequence)].sort((x, y) => (index.holding.get(x)?.length ?? 0) - (index.holding.get(y)?.length ?? 0));
  const needWords = Math.ceil(NEAR_WORDING_COVERAGE * words.length);
  // Prefix filter: a clause holding enough of the words holds one of the rarest few of them.
  const probe = new Set<number>();
  for (const word of words.slice(0, words.length - needWords + 1)) for (const k of index.holding.get(word) ?? []) probe.add(k);
  // A sequence that states a figure is a provision of its own unless the other states the same one.
  const figures = [...new Set(figuresOf(sequence))];
  const candidates = [...probe]
    .filter((k) => !exclude.has(index.clauses[k].id))
    .filter((k) => polarity === null || index.clauses[k].polarity === polarity || index.clauses[k].polarity === 'heading')
    .map((k) => {
      const held = wordSet(index, k);
      return { k, shared: words.reduce((n, w) => (held.has(w) ? n + 1 : n), 0), held };
    })
    .filter((c) => c.shared >= needWords && figures.every((f) => c.held.has(f)))
    .sort((x, y) => y.shared - x.shared || x.k - y.k)
    .slice(0, MAX_CANDIDATES)
    .map((c) => c.k)
    .filter((k) => nearlyHolds(index.clauses[k].tokens, sequence, need))
    .sort((x, y) => x - y);
  return { count: candidates.length, firstId: candidates.length > 0 ? index.clauses[candidates[0]].id : null };
}

/** The distinct words of a clause, built when first asked for. */
function wordSet(index: WordingIndex, k: number): Set<string> {
  const clause = index.clauses[k];
  clause.words ??= new Set(clause.tokens);
  return clause.words;
}

/** Whether some stretch of `tokens` at most 1.5 × the sequence long holds `need` of its words in order. */
function nearlyHolds(tokens: string[], sequence: string[], need: number): boolean {
  // Cheap bounds first: the words in common (with repeats), then the whole clause's subsequence.
  if (commonWords(sequence, tokens) < need) return false;
  const window = Math.ceil(sequence.length * 1.5);
  if (commonSubsequence(sequence, tokens) < need) return false;
  if (tokens.length <= window) return true;
  const first = new Set(sequence.slice(0, sequence.length - need + 1));
  for (let start = 0; start + need <= tokens.length; start += 1) {
    if (!first.has(tokens[start])) continue;
    if (commonSubsequence(sequence, tokens.slice(start, start + window)) >= need) return true;
  }
  return false;
}

/** Equal words bridged inside an edited stretch ("the", "or any") before it counts as two. */
const MAX_BRIDGE_WORDS = 2;

/** A stretch of one side's text that the diff shows only that side has. */
export interface EditedStretch {
  side: 'a' | 'b';
  /** Indexes into the diff of the ops it spans (its edits and the short equal runs between them). */
  ops: number[];
  tokens: string[];
}

/**
 * The stretches of at least MIN_NEAR_WORDS edited words on each side of a word diff: runs of
 * inserts (side B) or deletes (side A), bridging equal runs of at most MAX_BRIDGE_WORDS words.
 */
export function editedStretches(diff: ReadonlyArray<{ op: 'equal' | 'insert' | 'delete'; text: string }>): EditedStretch[] {
  const out: EditedStretch[] = [];
  const words = diff.map((op) => contentTokens(op.text));
  for (const side of ['a', 'b'] as const) {
    const edit = side === 'a' ? 'delete' : 'insert';
    const skip = side === 'a' ? 'insert' : 'delete';
    let run: number[] = [];
    let bridge: number[] = [];
    let bridgeWords = 0;
    const close = (): void => {
      const edited = run.reduce((n, k) => (diff[k].op === edit ? n + words[k].length : n), 0);
      if (edited >= MIN_NEAR_WORDS) out.push({ side, ops: run, tokens: run.flatMap((k) => words[k]) });
      run = [];
      bridge = [];
      bridgeWords = 0;
    };
    diff.forEach((op, k) => {
      if (op.op === skip) return;
      if (op.op === edit) {
        run.push(...bridge, k);
        bridge = [];
        bridgeWords = 0;
      } else if (run.length > 0 && bridgeWords + words[k].length <= MAX_BRIDGE_WORDS) {
        bridge.push(k);
        bridgeWords += words[k].length;
      } else if (run.length > 0) {
        close();
      }
    });
    if (run.length > 0) close();
  }
  return out;
}

/**
 * Wording that says what it does on its own: one or more whole sentences ("We will only ask for
 * information relevant to your claim and we will pay for any reasonable expenses…"), at least
 * eight words, with a subject and verb. Printed inside a condition or as a clause of its own, it
 * is the same provision, so polarity does not matter for it; a list item ("1 gates and fences")
 * takes its meaning from the lead-in and the clause it sits in, so it does.
 */
export function selfContained(text: string): boolean {
  // Punctuation left from the previous sentence and a bullet glyph extracted as a letter ("n ").
  const t = text.replace(/^[^A-Za-z]*(?:[a-z]\s+)?/, '').trim();
  return /^[A-Z]/.test(t) && /[.]$/.test(t) && t.split(/\s+/).length >= 8 && /\b(?:we|you|it|is|are|will|must|may|shall)\b/i.test(t);
}
