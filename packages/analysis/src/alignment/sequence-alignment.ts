/**
 * Aligns two sequences of comparable clauses: exact matches by hash first, then candidates from
 * an inverted index, a globally optimal one-to-one assignment per connected component of the
 * candidate graph, split/merge detection over adjacent clauses, and move detection from the
 * longest increasing subsequence of matched positions.
 */
import { candidatePairs } from './candidate-index.js';
import {
  combinedScore,
  headingSimilarity,
  headingTokens,
  textSimilarity,
  typeAgreement,
} from './clause-similarity.js';
import type { ClauseType } from '@policydiff/contracts';
import type { ComparableClause } from './comparable-clauses.js';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence.js';
import { maximumWeightAssignment, type WeightedEdge } from './min-cost-assignment.js';
import { type SparseVector, dot } from './sparse-vector.js';
import { buildHashCorpus, buildWordCorpus, combinedVector, termContainment, type TfidfCorpus } from './tfidf-corpus.js';
import { characterShingleHashes, normaliseForComparison, wordTokensOfNormalised } from './text-normalise.js';

export interface AlignmentOptions {
  /** Below this combined score two clauses are not the same clause (added/removed instead). */
  minScore: number;
  /** Text similarity a pair needs regardless of matching headings and types. */
  minText: number;
  /**
   * Text similarity a cover grant and an exclusion need to be one clause (and two clauses under
   * numbered covers whose titles share no word). A booklet that lists
   * named causes ("Loss or damage caused by theft…") shares its words with the other's exclusion
   * lists ("…while unoccupied caused by: i malicious people ii theft…"); paired, they read as a
   * cover narrowed or widened, where one document covers what the other excludes.
   */
  opposedMinText: number;
  /** Candidates kept per clause from each side's inverted-index lookup. */
  candidatesPerClause: number;
  /** An edge survives pruning if it is within this margin of both endpoints' best edge. */
  pruneMargin: number;
  /** Components larger than this (rows + columns) are pruned harder before the assignment. */
  maxComponentSize: number;
  /** Text similarity a clause must reach with the concatenation of two adjacent clauses. */
  splitMinText: number;
  /** How much better the concatenation must fit than the single clause already matched. */
  splitGain: number;
  /**
   * How much better a clause must fit as one half of a split/merge than it fits the clause it is
   * already matched to, for the split/merge to take it from that match.
   */
  regroupGain: number;
}

export const DEFAULT_ALIGNMENT_OPTIONS: AlignmentOptions = {
  minScore: 0.42,
  minText: 0.3,
  opposedMinText: 0.7,
  candidatesPerClause: 6,
  pruneMargin: 0.25,
  maxComponentSize: 400,
  splitMinText: 0.55,
  splitGain: 0.1,
  regroupGain: 0.25,
};

/** A pair by local indexes into the two input sequences. */
export interface IndexedPair {
  a: number | null;
  b: number | null;
  similarity: number;
  status: 'matched' | 'moved' | 'added' | 'removed';
  method: 'exact' | 'fuzzy' | 'split' | 'merged' | 'none';
}

export interface SequenceAlignment {
  pairs: IndexedPair[];
  candidates: number;
}

interface Side {
  entries: ComparableClause[];
  words: SparseVector[];
  shingles: SparseVector[];
  headings: Set<string>[];
  /** Words of the numbered cover title each entry sits under (coverTitleWords). */
  titles: Array<Set<string> | null>;
  /** Index of each entry in the shared corpora. */
  offset: number;
}

interface ScoredEdge extends WeightedEdge {
  text: number;
}

const GRANTS: ReadonlySet<ClauseType> = new Set(['coverage_grant', 'extension']);

/** "Cover 9 – Garden plants", "Cause 10 – Malicious people", "Section 4 - Public liability". */
const COVER_TITLE = /^(?:cover|cause|section|part|benefit)\s+\d+[a-z]?\s*[–—-]\s*(.+)$/i;
const TITLE_STOPWORDS = new Set(['and', 'the', 'for', 'your', 'you', 'our', 'from', 'with', 'any', 'all', 'other', 'cover', 'loss', 'damage']);

/** The words of the nearest numbered cover title above a clause, or null when it has none. */
function coverTitleWords(entry: ComparableClause): Set<string> | null {
  for (const heading of [...entry.clause.headingPath].reverse()) {
    const m = COVER_TITLE.exec(heading.trim());
    if (m) return new Set((m[1].toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !TITLE_STOPWORDS.has(w)));
  }
  return null;
}

/**
 * Two clauses printed under numbered covers whose titles share no word ("Cover 9 – Garden plants",
 * "Cause 10 – Malicious people"): an item of one cover's list is not the other cover's clause
 * unless the wording says so.
 */
function differentCovers(a: Set<string> | null, b: Set<string> | null): boolean {
  if (!a || !b || a.size === 0 || b.size === 0) return false;
  for (const w of a) if (b.has(w)) return false;
  return true;
}

/**
 * Two clauses that pair only on close wording (opposedMinText): a cover grant and an exclusion,
 * or items of two numbered covers whose titles share no word.
 */
function heldApart(x: Side, i: number, y: Side, j: number): boolean {
  return opposed(x.entries[i].type, y.entries[j].type) || differentCovers(x.titles[i], y.titles[j]);
}

/** A cover grant against an exclusion. */
function opposed(a: ClauseType, b: ClauseType): boolean {
  return (GRANTS.has(a) && b === 'exclusion') || (GRANTS.has(b) && a === 'exclusion');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function alignSequences(
  entriesA: ComparableClause[],
  entriesB: ComparableClause[],
  options: AlignmentOptions = DEFAULT_ALIGNMENT_OPTIONS,
): SequenceAlignment {
  const nA = entriesA.length;
  const nB = entriesB.length;
  const matchA = new Int32Array(nA).fill(-1);
  const matchB = new Int32Array(nB).fill(-1);
  const similarity = new Float64Array(nA);
  const method: IndexedPair['method'][] = new Array(nA).fill('none');

  const normalised = [...entriesA, ...entriesB].map((e) => normaliseForComparison(e.text));
  matchExactTexts(normalised.slice(0, nA), normalised.slice(nA), matchA, matchB, similarity, method);

  const wordCorpus = buildWordCorpus(normalised.map(wordTokensOfNormalised));
  const shingleCorpus = buildHashCorpus(normalised.map((text) => characterShingleHashes(text)));
  const sideA: Side = {
    entries: entriesA,
    words: wordCorpus.vectors.slice(0, nA),
    shingles: shingleCorpus.vectors.slice(0, nA),
    headings: entriesA.map(headingTokens),
    titles: entriesA.map(coverTitleWords),
    offset: 0,
  };
  const sideB: Side = {
    entries: entriesB,
    words: wordCorpus.vectors.slice(nA),
    shingles: shingleCorpus.vectors.slice(nA),
    headings: entriesB.map(headingTokens),
    titles: entriesB.map(coverTitleWords),
    offset: nA,
  };

  const openA = indexesWhere(nA, (i) => matchA[i] === -1);
  const openB = indexesWhere(nB, (j) => matchB[j] === -1);
  const rawCandidates = candidatePairs(
    openA.map((i) => sideA.words[i]),
    openB.map((j) => sideB.words[j]),
    wordCorpus.vocabularySize,
    { perClause: options.candidatesPerClause, commonTermShare: 0.08 },
  ).map(([x, y]) => [openA[x], openB[y]] as [number, number]);

  const scored: ScoredEdge[] = rawCandidates.map(([a, b]) => scorePair(sideA, sideB, a, b));
  const accepted = scored.filter(
    (e) => e.weight >= options.minScore && e.text >= (heldApart(sideA, e.a, sideB, e.b) ? options.opposedMinText : options.minText),
  );
  assignComponents(accepted, options, matchA, matchB, similarity, method);

  const nearA = new Map<number, number[]>();
  const nearB = new Map<number, number[]>();
  for (const e of scored) {
    pushTo(nearA, e.a, e.b);
    pushTo(nearB, e.b, e.a);
  }
  const group = detectSplitsAndMerges(sideA, sideB, wordCorpus, shingleCorpus, matchA, matchB, nearB, nearA, options);

  return { pairs: buildPairs(nA, nB, matchA, matchB, similarity, method, group), candidates: scored.length };
}

function indexesWhere(n: number, keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) if (keep(i)) out.push(i);
  return out;
}

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Identical wording (after folding) pairs up first. A wording printed once on each side pairs
 * directly, and so do repeats printed equally often (in reading order). A wording repeated a
 * different number of times ("To avoid any doubt," in a dropped endorsement and again in the base
 * wording) pairs each copy with the copy at the place the unique matches around it predict, so a
 * copy inside a removed passage does not steal the counterpart of the copy that was kept.
 */
function matchExactTexts(
  textsA: string[],
  textsB: string[],
  matchA: Int32Array,
  matchB: Int32Array,
  similarity: Float64Array,
  method: IndexedPair['method'][],
): void {
  const byTextA = new Map<string, number[]>();
  const byTextB = new Map<string, number[]>();
  textsA.forEach((text, i) => pushToString(byTextA, text, i));
  textsB.forEach((text, j) => pushToString(byTextB, text, j));
  const pair = (i: number, j: number): void => {
    matchA[i] = j;
    matchB[j] = i;
    similarity[i] = 1;
    method[i] = 'exact';
  };
  const uneven: Array<[number[], number[]]> = [];
  for (const [text, as] of byTextA) {
    const bs = byTextB.get(text);
    if (!bs) continue;
    if (as.length === bs.length) as.forEach((i, k) => pair(i, bs[k]));
    else uneven.push([as, bs]);
  }
  if (uneven.length === 0) return;
  const anchorsA: number[] = [];
  const anchorsB: number[] = [];
  for (let i = 0; i < matchA.length; i += 1) {
    if (matchA[i] !== -1) {
      anchorsA.push(i);
      anchorsB.push(matchA[i]);
    }
  }
  const predictedB = (i: number): number => {
    let lo = 0;
    let hi = anchorsA.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (anchorsA[mid] <= i) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return anchorsA.length > 0 ? anchorsB[0] - (anchorsA[0] - i) : (i * textsB.length) / Math.max(1, textsA.length);
    return anchorsB[found] + (i - anchorsA[found]);
  };
  for (const [as, bs] of uneven) {
    for (const [i, j] of monotoneClosestPairs(as, bs, predictedB)) pair(i, j);
  }
}

/**
 * Pairs min(|as|, |bs|) copies in order, choosing which copies of the longer list take part so
 * that the summed distance between each B copy and the place its A copy predicts is least
 * (dynamic programming over the two short lists; falls back to reading order when they are long).
 */
function monotoneClosestPairs(as: number[], bs: number[], predictedB: (i: number) => number): Array<[number, number]> {
  const p = as.length;
  const q = bs.length;
  const n = Math.min(p, q);
  if (p * q > 40_000) return Array.from({ length: n }, (_, k): [number, number] => [as[k], bs[k]]);
  const predicted = as.map(predictedB);
  // cost[x][y]: least cost over the first x copies of A and the first y of B, where every copy of
  // the shorter list is paired and copies of the longer list may be skipped.
  const INF = Number.POSITIVE_INFINITY;
  const cost: Float64Array[] = Array.from({ length: p + 1 }, () => new Float64Array(q + 1).fill(INF));
  cost[0][0] = 0;
  const aLonger = p > q;
  for (let x = 0; x <= p; x += 1) {
    for (let y = 0; y <= q; y += 1) {
      const here = cost[x][y];
      if (here === INF) continue;
      if (x < p && y < q) {
        const next = here + Math.abs(predicted[x] - bs[y]);
        if (next < cost[x + 1][y + 1]) cost[x + 1][y + 1] = next;
      }
      if (aLonger && x < p && here < cost[x + 1][y]) cost[x + 1][y] = here;
      if (!aLonger && y < q && here < cost[x][y + 1]) cost[x][y + 1] = here;
    }
  }
  const pairs: Array<[number, number]> = [];
  let x = p;
  let y = q;
  while (x > 0 && y > 0) {
    const here = cost[x][y];
    const diagonal = cost[x - 1][y - 1] + Math.abs(predicted[x - 1] - bs[y - 1]);
    if (diagonal === here) {
      pairs.push([as[x - 1], bs[y - 1]]);
      x -= 1;
      y -= 1;
    } else if (aLonger) x -= 1;
    else y -= 1;
  }
  return pairs.reverse();
}

function pushToString(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function relativePosition(index: number, length: number): number {
  return length <= 1 ? 0 : index / (length - 1);
}

function scorePair(sideA: Side, sideB: Side, a: number, b: number): ScoredEdge {
  const ea = sideA.entries[a];
  const eb = sideB.entries[b];
  const wordCosine = dot(sideA.words[a], sideB.words[b]);
  const shingleCosine = dot(sideA.shingles[a], sideB.shingles[b]);
  const features = {
    wordCosine,
    shingleCosine,
    heading: headingSimilarity(sideA.headings[a], sideB.headings[b]),
    type: typeAgreement(ea.type, eb.type),
    number: ea.clause.section !== null && ea.clause.section === eb.clause.section ? 1 : 0,
    position:
      1 - Math.abs(relativePosition(a, sideA.entries.length) - relativePosition(b, sideB.entries.length)),
  };
  return { a, b, weight: combinedScore(features), text: textSimilarity(wordCosine, shingleCosine) };
}

/**
 * Keeps only competitive edges (close to the best edge of both endpoints), splits the graph into
 * connected components and solves each exactly. Oversized components are pruned harder first, so
 * boilerplate that resembles everything cannot make one huge dense problem.
 */
function assignComponents(
  edges: ScoredEdge[],
  options: AlignmentOptions,
  matchA: Int32Array,
  matchB: Int32Array,
  similarity: Float64Array,
  method: IndexedPair['method'][],
): void {
  const queue: Array<{ edges: ScoredEdge[]; margin: number }> = [{ edges, margin: options.pruneMargin }];
  while (queue.length > 0) {
    const job = queue.pop()!;
    const kept = pruneToCompetitive(job.edges, job.margin);
    for (const component of connectedComponents(kept)) {
      const rows = [...new Set(component.map((e) => e.a))];
      const columns = [...new Set(component.map((e) => e.b))];
      if (rows.length + columns.length > options.maxComponentSize && job.margin > 0) {
        queue.push({ edges: component, margin: job.margin > 0.02 ? job.margin / 2 : 0 });
        continue;
      }
      const rowIndex = new Map(rows.map((r, k) => [r, k]));
      const columnIndex = new Map(columns.map((c, k) => [c, k]));
      const local = component.map((e) => ({ a: rowIndex.get(e.a)!, b: columnIndex.get(e.b)!, weight: e.weight }));
      const assignment = maximumWeightAssignment(rows.length, columns.length, local);
      const weightOf = new Map(component.map((e) => [`${e.a}:${e.b}`, e.weight]));
      assignment.forEach((column, row) => {
        if (column < 0) return;
        const a = rows[row];
        const b = columns[column];
        matchA[a] = b;
        matchB[b] = a;
        similarity[a] = round(weightOf.get(`${a}:${b}`) ?? 0);
        method[a] = 'fuzzy';
      });
    }
  }
}

function pruneToCompetitive(edges: ScoredEdge[], margin: number): ScoredEdge[] {
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  for (const e of edges) {
    bestA.set(e.a, Math.max(bestA.get(e.a) ?? 0, e.weight));
    bestB.set(e.b, Math.max(bestB.get(e.b) ?? 0, e.weight));
  }
  return edges.filter((e) => e.weight >= bestA.get(e.a)! - margin && e.weight >= bestB.get(e.b)! - margin);
}

function connectedComponents(edges: ScoredEdge[]): ScoredEdge[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (parent.get(node) !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const e of edges) {
    const ka = `a${e.a}`;
    const kb = `b${e.b}`;
    if (!parent.has(ka)) parent.set(ka, ka);
    if (!parent.has(kb)) parent.set(kb, kb);
    const ra = find(ka);
    const rb = find(kb);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, ScoredEdge[]>();
  for (const e of edges) {
    const root = find(`a${e.a}`);
    const list = groups.get(root);
    if (list) list.push(e);
    else groups.set(root, [e]);
  }
  return [...groups.values()];
}

function normalisedSingle(view: SplitView, index: number): string {
  return normaliseForComparison(view.single.entries[index].text);
}

function normalisedPart(view: SplitView, index: number): string {
  return normaliseForComparison(view.parts.entries[index].text);
}

/** One clause of one side ≈ two or more adjacent clauses of the other. */
interface SplitGroup {
  /** 'split': one A clause became several B clauses; 'merged': several A clauses became one B clause. */
  kind: 'split' | 'merged';
  single: number;
  /** Adjacent, in reading order. */
  parts: number[];
  similarity: number;
}

interface SplitView {
  single: Side;
  parts: Side;
  singleCorpusOffset: number;
  partsCorpusOffset: number;
  matchSingle: Int32Array;
  matchParts: Int32Array;
  /** Candidate singles for each part index (all scored, even below threshold). */
  nearParts: Map<number, number[]>;
}

function detectSplitsAndMerges(
  sideA: Side,
  sideB: Side,
  wordCorpus: TfidfCorpus,
  shingleCorpus: TfidfCorpus,
  matchA: Int32Array,
  matchB: Int32Array,
  nearB: Map<number, number[]>,
  nearA: Map<number, number[]>,
  options: AlignmentOptions,
): SplitGroup[] {
  // One clause belongs to one group at most, across splits and merges.
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const splits = findGroups(
    {
      single: sideA,
      parts: sideB,
      singleCorpusOffset: sideA.offset,
      partsCorpusOffset: sideB.offset,
      matchSingle: matchA,
      matchParts: matchB,
      nearParts: nearB,
    },
    wordCorpus,
    shingleCorpus,
    options,
    'split',
    usedA,
    usedB,
  );
  const merges = findGroups(
    {
      single: sideB,
      parts: sideA,
      singleCorpusOffset: sideB.offset,
      partsCorpusOffset: sideA.offset,
      matchSingle: matchB,
      matchParts: matchA,
      nearParts: nearA,
    },
    wordCorpus,
    shingleCorpus,
    options,
    'merged',
    usedB,
    usedA,
  );
  return [...splits, ...merges];
}

function findGroups(
  view: SplitView,
  wordCorpus: TfidfCorpus,
  shingleCorpus: TfidfCorpus,
  options: AlignmentOptions,
  kind: SplitGroup['kind'],
  usedSingles: Set<number>,
  usedParts: Set<number>,
): SplitGroup[] {
  const groups: SplitGroup[] = [];
  const nParts = view.parts.entries.length;
  const textOf = (x: number, y: number): number =>
    textSimilarity(dot(view.single.words[x], view.parts.words[y]), dot(view.single.shingles[x], view.parts.shingles[y]));
  const combinedOf = (x: number, parts: number[]): number => {
    const ids = parts.map((y) => view.partsCorpusOffset + y);
    return textSimilarity(dot(view.single.words[x], combinedVector(wordCorpus, ids)), dot(view.single.shingles[x], combinedVector(shingleCorpus, ids)));
  };
  const literallyIn = (x: number, y: number): boolean => normalisedSingle(view, x).includes(normalisedPart(view, y));
  // The same bar as single pairs: a grant and an exclusion, or items of two numbered covers whose
  // titles share no word, belong together only on close wording.
  const compatible = (x: number, y: number, combined: number): boolean =>
    combined >= options.opposedMinText || !heldApart(view.single, x, view.parts, y);
  /**
   * Whether part `y`, matched to another single, may leave that match for `x`: it fits `x` far
   * better (by regroupGain), or word for word, and it sits under headings closer to `x`'s. A
   * heading-and-lead-in clause ("Pollution/contamination Loss… unless caused by:") that one
   * layout printed apart from its list pairs with another exclusion's lead-in ("Radioactive
   * contamination Any loss…") only for want of its own; a bullet printed as a paragraph of its
   * own ("Take all reasonable steps to prevent further damage.") pairs with a like sentence of
   * another section only for want of the list it came from.
   */
  const mayLeave = (y: number, x: number, combined: number): boolean => {
    const current = view.matchParts[y];
    if (current === -1) return true;
    if (!closerHeading(view, y, x, current)) return false;
    return combined >= textOf(current, y) + options.regroupGain || literallyIn(x, y);
  };
  for (let y = 0; y < nParts; y += 1) {
    if (usedParts.has(y)) continue;
    const current = view.matchParts[y];
    let best: SplitGroup | null = null;
    for (const z of [y - 1, y + 1]) {
      if (z < 0 || z >= nParts || usedParts.has(z)) continue;
      const partner = view.matchParts[z];
      if (current !== -1 && partner === -1) continue;
      const singles = partner !== -1 ? [partner] : (view.nearParts.get(y) ?? []);
      for (const x of singles) {
        if (usedSingles.has(x)) continue;
        if (partner === -1 && view.matchSingle[x] !== -1) continue;
        // Most matched clauses sit under the same headings as their neighbours' partners: the
        // cheap heading test goes before any similarity is computed.
        if (current !== -1 && !closerHeading(view, y, x, current)) continue;
        const first = Math.min(y, z);
        const second = Math.max(y, z);
        const containment = termContainment(wordCorpus.counts[view.partsCorpusOffset + y], wordCorpus.counts[view.singleCorpusOffset + x]);
        if (containment < 0.5) continue;
        const combined = combinedOf(x, [first, second]);
        const base = partner === x ? textOf(x, z) : 0;
        // A fragment ("trip.") that the other layout kept inside the neighbouring sentence adds
        // little similarity, so literal containment is accepted in place of a similarity gain.
        const literal = partner === x && literallyIn(x, y) && combined >= base - 0.02;
        if (combined < options.splitMinText || (combined < base + options.splitGain && !literal)) continue;
        if (!mayLeave(y, x, combined) || !compatible(x, y, combined) || !compatible(x, z, combined)) continue;
        if (!best || combined > best.similarity) best = { kind, single: x, parts: [first, second], similarity: round(combined) };
      }
    }
    if (!best) continue;
    extendGroup(best);
    groups.push(best);
    usedSingles.add(best.single);
    for (const part of best.parts) usedParts.add(part);
  }
  return groups;

  /**
   * A list printed as one paragraph on one side and one paragraph per item on the other splits
   * into more than two: the group takes in the next part before or after it while the part's
   * words stand in the single clause word for word, or the whole fits it better.
   */
  function extendGroup(group: SplitGroup): void {
    for (;;) {
      let grown: { parts: number[]; similarity: number } | null = null;
      for (const y of [group.parts[0] - 1, group.parts[group.parts.length - 1] + 1]) {
        if (y < 0 || y >= nParts || usedParts.has(y) || view.matchParts[y] === group.single) continue;
        if (view.matchParts[y] !== -1 && !closerHeading(view, y, group.single, view.matchParts[y])) continue;
        const parts = y < group.parts[0] ? [y, ...group.parts] : [...group.parts, y];
        const combined = combinedOf(group.single, parts);
        const fits = literallyIn(group.single, y) ? combined >= group.similarity - 0.02 : combined >= group.similarity + options.splitGain / 2;
        if (!fits || !mayLeave(y, group.single, combined) || !compatible(group.single, y, combined)) continue;
        if (!grown || combined > grown.similarity) grown = { parts, similarity: round(combined) };
      }
      if (!grown) return;
      group.parts = grown.parts;
      group.similarity = grown.similarity;
    }
  }
}

/** Whether part `y` sits under headings closer to single `x` than to single `current`. */
function closerHeading(view: SplitView, y: number, x: number, current: number): boolean {
  return headingSimilarity(view.single.headings[x], view.parts.headings[y]) > headingSimilarity(view.single.headings[current], view.parts.headings[y]);
}

function buildPairs(
  nA: number,
  nB: number,
  matchA: Int32Array,
  matchB: Int32Array,
  similarity: Float64Array,
  method: IndexedPair['method'][],
  groups: SplitGroup[],
): IndexedPair[] {
  const pairs: IndexedPair[] = [];
  const groupedA = new Set<number>();
  const groupedB = new Set<number>();
  for (const g of groups) {
    const aIndexes = g.kind === 'split' ? [g.single] : g.parts;
    const bIndexes = g.kind === 'split' ? g.parts : [g.single];
    // A split/merge replaces whatever single match its members had.
    for (const a of aIndexes) {
      groupedA.add(a);
      if (matchA[a] !== -1) groupedB.add(matchA[a]);
    }
    for (const b of bIndexes) {
      groupedB.add(b);
      if (matchB[b] !== -1) groupedA.add(matchB[b]);
    }
  }
  // Order check over one-to-one matches plus the first member of each group.
  const anchors: Array<{ a: number; b: number; pair: IndexedPair[] }> = [];
  for (let a = 0; a < nA; a += 1) {
    if (groupedA.has(a) || matchA[a] === -1) continue;
    const pair: IndexedPair = { a, b: matchA[a], similarity: similarity[a], status: 'matched', method: method[a] };
    pairs.push(pair);
    anchors.push({ a, b: matchA[a], pair: [pair] });
  }
  for (const g of groups) {
    const members: IndexedPair[] =
      g.kind === 'split'
        ? g.parts.map((b) => ({ a: g.single, b, similarity: g.similarity, status: 'matched', method: 'split' }))
        : g.parts.map((a) => ({ a, b: g.single, similarity: g.similarity, status: 'matched', method: 'merged' }));
    pairs.push(...members);
    anchors.push({ a: members[0].a!, b: members[0].b!, pair: members });
  }
  anchors.sort((x, y) => x.a - y.a || x.b - y.b);
  const inOrder = new Set(longestIncreasingSubsequence(anchors.map((x) => x.b)));
  anchors.forEach((anchor, k) => {
    if (!inOrder.has(k)) for (const p of anchor.pair) p.status = 'moved';
  });
  const pairedA = new Set(pairs.map((p) => p.a));
  const pairedB = new Set(pairs.map((p) => p.b));
  for (let a = 0; a < nA; a += 1) {
    if (!pairedA.has(a)) pairs.push({ a, b: null, similarity: 0, status: 'removed', method: 'none' });
  }
  for (let b = 0; b < nB; b += 1) {
    if (!pairedB.has(b)) pairs.push({ a: null, b, similarity: 0, status: 'added', method: 'none' });
  }
  return orderPairs(pairs, matchB, nB);
}

/**
 * Reading order of the comparison: by A position; an added clause goes right after the A
 * partner of the nearest preceding matched B clause.
 */
function orderPairs(pairs: IndexedPair[], matchB: Int32Array, nB: number): IndexedPair[] {
  const anchorOfB = new Float64Array(nB);
  const pairedAOfB = new Map<number, number>();
  for (const p of pairs) if (p.a !== null && p.b !== null && !pairedAOfB.has(p.b)) pairedAOfB.set(p.b, p.a);
  let last = -0.5;
  for (let b = 0; b < nB; b += 1) {
    const a = pairedAOfB.get(b) ?? (matchB[b] !== -1 ? matchB[b] : undefined);
    if (a !== undefined) last = a;
    anchorOfB[b] = a !== undefined ? a : last + 0.5;
  }
  const key = (p: IndexedPair): number => (p.a !== null ? p.a : anchorOfB[p.b!]);
  return pairs
    .map((p, k) => ({ p, k }))
    .sort((x, y) => key(x.p) - key(y.p) || (x.p.b ?? -1) - (y.p.b ?? -1) || x.k - y.k)
    .map((x) => x.p);
}
