/**
 * Delta interpretation: every aligned pair and every unmatched clause becomes a Change with typed
 * deltas, an overall direction for the insured, materiality, confidence and a word diff.
 */
import type { Change, ChangeStatus, ClauseRef, Delta } from '@policydiff/contracts';
import { normaliseForComparison } from '../alignment/text-normalise.js';
import { termKey } from '../definitions/term-key.js';
import { findTermOccurrences } from '../definitions/term-usage-index.js';
import type { AlignmentResult, AnalyzedDocument, ClauseDna, DefinedTerm, DeltaResult } from '../types.js';
import { withRefinedRoles } from './amount-role.js';
import { type BoundaryTrim, findBoundaryShifts, trimmedText } from './boundary-shifts.js';
import { burdenDeltas } from './burden-deltas.js';
import { carveOutDeltas } from './carve-out-deltas.js';
import { overallDirection, polarityOf } from './clause-polarity.js';
import { type ClauseSide, type DocumentIndex, clauseRef, indexDocument, sideOf } from './clause-side.js';
import { type GlyphLoss, contentTokens, cosmeticDifference, glyphLossProfile } from './cosmetic-difference.js';
import { type TermChange, compareDefinitions, directionOfWidth } from './definition-changes.js';
import { type DisplacedText, type StreamClause, findDisplacedText } from './displaced-text.js';
import { type ExtractionLoss, findExtractionLosses } from './extraction-losses.js';
import { differingTitles } from './heading-context.js';
import { type NamedCause, findNamedCauses, qualifiersOfOneSidedCovers } from './named-causes.js';
import { type EditedStretch, MIN_NEAR_WORDS, type WordingIndex, editedStretches, nearOccurrences, selfContained, wordingIndex } from './near-wording.js';
import { NON_CONTRACTUAL_MAX_SCORE, nonContractualClauses } from './non-contractual.js';
import { nonContractualMatter } from './facts/non-contractual-matter.js';
import type { NonContractualRow } from './tables/non-contractual.js';
import { compareKeyFigures } from './key-figures.js';
import { differsOnlyBySynonyms } from './legal-synonyms.js';
import { isFragment, materialityBand, materialityScore, withNote } from './materiality.js';
import { amountDeltas, percentageDeltas, periodDeltas } from './numeric-deltas.js';
import { type OneSidedContext, passageChange, passageIds, restatedWhere, singleClauseChange } from './one-sided-changes.js';
import { type PairGroup, groupOneSidedRuns, groupPairs } from './pair-groups.js';
import { noteRepeatedEdits, noteRepeatedWording } from './repeated-wording.js';
import { type ClauseText, type Restatement, findRestatements } from './restatements.js';
import { breadthDelta, scopeDeltas } from './scope-deltas.js';
import { clip, sentenceContaining, splitSentences } from './sentences.js';
import { isCrossReferenceExclusion } from './statements.js';
import { strictnessDeltas } from './strictness-deltas.js';
import { sentenceDeltas, withoutSentences } from './sentence-deltas.js';
import { refundBasisDelta } from './refund-basis.js';
import { claimDocumentDelta, isDocumentList } from './claim-documents.js';
import { clausePolarity } from './facts/clause-polarity-reader.js';
import { diffWords } from './word-diff.js';
import { because } from './rules/because.js';
import { clauseTypeRow } from './tables/clause-types.js';

/** Headings, table-of-contents lines and empty lines are context, never changes of their own. */
function isNoiseClause(id: string, index: DocumentIndex, tocPages: Set<number>): boolean {
  const clause = index.clauses.get(id);
  if (!clause) return true;
  const type = index.classification.get(id)?.type;
  return (
    clause.kind === 'heading' ||
    type === 'heading' ||
    tocPages.has(clause.pageStart) ||
    (clause.text.trim().length === 0 && !clause.label && !clause.value)
  );
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

interface Context {
  indexA: DocumentIndex;
  indexB: DocumentIndex;
  changedTerms: TermChange[];
  terms: TermChange[];
  glyphLoss: GlyphLoss;
  /** Unmatched clauses that say what the other document says elsewhere, by clause id. */
  restatedA: Map<string, Restatement>;
  restatedB: Map<string, Restatement>;
  /** Unmatched clauses whose words the other document prints, cut differently, by clause id. */
  displacedA: Map<string, DisplacedText>;
  displacedB: Map<string, DisplacedText>;
  /** Unmatched clauses the other document's PDF probably failed to extract, by clause id. */
  lostA: Map<string, ExtractionLoss>;
  lostB: Map<string, ExtractionLoss>;
  /** Unmatched named causes (and their qualifiers) within the other document's all-risks cover. */
  namedA: Map<string, NamedCause>;
  namedB: Map<string, NamedCause>;
  /** Unmatched exclusions and conditions under an unmatched cover grant. */
  ofOneSidedCoverA: Set<string>;
  ofOneSidedCoverB: Set<string>;
  /** Keys of the other document's defined terms each document mentions at all. */
  /** (Read on first use: most comparisons have no one-sided definition to ask about.) */
  mentionedInA: () => Set<string>;
  mentionedInB: () => Set<string>;
  /** Every clause's words, to find where the other document prints an edited stretch (near-wording.ts). */
  wordingA: WordingIndex;
  wordingB: WordingIndex;
  noiseA: (id: string) => boolean;
  noiseB: (id: string) => boolean;
}

/** Body clause texts of a document (the clauses that can be compared). */
function bodyTexts(index: DocumentIndex, noise: (id: string) => boolean): ClauseText[] {
  return index.doc.layout.clauses
    .filter((c) => !noise(c.id))
    .map((c) => ({ id: c.id, text: c.text.trim().length > 0 ? c.text : [c.label, c.value].filter(Boolean).join(' ') }));
}

/** Every clause of a document with text, outside table-of-contents pages, in reading order. */
function streamClauses(index: DocumentIndex): StreamClause[] {
  return index.doc.layout.clauses
    .filter((c) => !index.tocPages.has(c.pageStart) && c.text.trim().length > 0)
    .map((c) => {
      const type = index.classification.get(c.id)?.type ?? 'admin';
      return { id: c.id, text: c.text, type, heading: c.kind === 'heading' || type === 'heading' };
    });
}

export function interpretDeltas(a: AnalyzedDocument, b: AnalyzedDocument, alignment: AlignmentResult): DeltaResult {
  const indexA = indexDocument(a);
  const indexB = indexDocument(b);
  const tocA = new Set(a.layout.tocPages);
  const tocB = new Set(b.layout.tocPages);
  const noiseA = (id: string): boolean => isNoiseClause(id, indexA, tocA);
  const noiseB = (id: string): boolean => isNoiseClause(id, indexB, tocB);

  const pairGroups = groupPairs(alignment.pairs).filter((g) => !(g.aIds.every(noiseA) && g.bIds.every(noiseB)));
  const bodyA = bodyTexts(indexA, noiseA);
  const bodyB = bodyTexts(indexB, noiseB);
  const removedIds = new Set(pairGroups.filter((g) => g.status === 'removed').flatMap((g) => g.aIds));
  const addedIds = new Set(pairGroups.filter((g) => g.status === 'added').flatMap((g) => g.bIds));
  const streamA = streamClauses(indexA);
  const streamB = streamClauses(indexB);
  const glyphLoss = glyphLossProfile(
    a.layout.clauses.map((c) => c.text),
    b.layout.clauses.map((c) => c.text),
  );
  const lost = findExtractionLosses(pairGroups, indexA, indexB, glyphLoss);
  const wordingA = wordingIndex(streamA);
  const wordingB = wordingIndex(streamB);
  const mentionedInA = once(() => termsMentionedIn(a, b.definitions.terms));
  const mentionedInB = once(() => termsMentionedIn(b, a.definitions.terms));
  const terms = compareDefinitions(indexA, indexB, glyphLoss, (term, other) => {
    const [wording, mentioned, index] = other === 'a' ? [wordingA, mentionedInA, indexA] : [wordingB, mentionedInB, indexB];
    if (!mentioned().has(term.key)) return null;
    // Its first sentence: an extraction may run the definition on into the next heading.
    const first = contentTokens(splitSentences(term.definition)[0] ?? '');
    const definition = first.length >= MIN_NEAR_WORDS ? first : contentTokens(term.definition);
    // A short definition ("Not covered") says something only together with its term.
    const sequence = definition.length >= MIN_NEAR_WORDS ? definition : [...contentTokens(term.term), ...definition];
    const found = nearOccurrences(wording, sequence, null);
    return found.firstId ? clip(index.clauses.get(found.firstId)!.text, 400) : null;
  });
  const context: Context = {
    indexA,
    indexB,
    terms,
    changedTerms: terms.filter((t) => t.change.status === 'changed'),
    glyphLoss,
    restatedA: findRestatements(bodyA.filter((c) => removedIds.has(c.id)), bodyB),
    restatedB: findRestatements(bodyB.filter((c) => addedIds.has(c.id)), bodyA),
    displacedA: findDisplacedText(streamA.filter((c) => removedIds.has(c.id)), streamA, streamB, { own: wordingA, other: wordingB }),
    displacedB: findDisplacedText(streamB.filter((c) => addedIds.has(c.id)), streamB, streamA, { own: wordingB, other: wordingA }),
    lostA: lost.a,
    lostB: lost.b,
    namedA: findNamedCauses(indexA, indexB, removedIds),
    namedB: findNamedCauses(indexB, indexA, addedIds),
    ofOneSidedCoverA: qualifiersOfOneSidedCovers(indexA, removedIds),
    ofOneSidedCoverB: qualifiersOfOneSidedCovers(indexB, addedIds),
    mentionedInA,
    mentionedInB,
    wordingA,
    wordingB,
    noiseA,
    noiseB,
  };
  const consecutive = (side: 'a' | 'b', previousId: string, nextId: string): boolean => {
    const index = side === 'a' ? indexA : indexB;
    const noise = side === 'a' ? noiseA : noiseB;
    const from = index.order.get(previousId);
    const to = index.order.get(nextId);
    if (from === undefined || to === undefined || to <= from) return false;
    const clauses = index.doc.layout.clauses;
    for (let k = from + 1; k < to; k += 1) if (!noise(clauses[k].id)) return false;
    return true;
  };
  const groups = groupOneSidedRuns(pairGroups, consecutive);
  const twoSided = (g: PairGroup): boolean => g.aIds.length > 0 && g.bIds.length > 0;
  const trims = findBoundaryShifts(
    groups.map((g) => {
      if (!twoSided(g)) return { a: '', b: '' };
      const texts = { a: sideOf(indexA, g.aIds).text, b: sideOf(indexB, g.bIds).text };
      // A pair with the same wording has no edge that could have crossed a boundary.
      return normaliseForComparison(texts.a) === normaliseForComparison(texts.b) ? { a: '', b: '' } : texts;
    }),
    (k) =>
      twoSided(groups[k]) &&
      twoSided(groups[k + 1]) &&
      consecutive('a', edgeInOrder(groups[k].aIds, indexA, 'last'), edgeInOrder(groups[k + 1].aIds, indexA, 'first')) &&
      consecutive('b', edgeInOrder(groups[k].bIds, indexB, 'last'), edgeInOrder(groups[k + 1].bIds, indexB, 'first')),
  );
  const changes: Change[] = [];
  const sides: Array<{ a: string[]; b: string[] }> = [];
  const guidanceA = nonContractualClauses(a.layout.clauses);
  const guidanceB = nonContractualClauses(b.layout.clauses);
  const matterA = nonContractualMatter(a.layout.clauses);
  const matterB = nonContractualMatter(b.layout.clauses);
  for (const [k, group] of groups.entries()) {
    const id = `chg-${String(changes.length + 1).padStart(4, '0')}`;
    const change = buildChange(id, group, context, trims[k]);
    const guidance = group.aIds.every((x) => guidanceA.has(x)) && group.bIds.every((x) => guidanceB.has(x));
    const matter = group.aIds.every((x) => matterA.has(x)) && group.bIds.every((x) => matterB.has(x)) ? (matterB.get(group.bIds[0]) ?? matterA.get(group.aIds[0])) : undefined;
    changes.push(matter && change.status !== 'unchanged' ? asInformation(change, matter) : guidance ? asGuidance(change) : change);
    sides.push({ a: group.aIds, b: group.bIds });
  }
  const definitions = terms.map((t) => {
    if (t.change.status === 'unchanged') return t.change;
    const usersA = new Set(t.termA?.usedIn ?? []);
    const usersB = new Set(t.termB?.usedIn ?? []);
    const impacted = changes
      .filter((_, k) => sides[k].a.some((id) => usersA.has(id)) || sides[k].b.some((id) => usersB.has(id)))
      .map((c) => c.id);
    return { ...t.change, impacted_change_ids: impacted };
  });
  const warnings: string[] = [];
  const matched = alignment.pairs.filter((p) => p.a && p.b).length;
  const smaller = Math.min(alignment.stats.clausesA, alignment.stats.clausesB);
  if (smaller >= 10 && matched < 0.3 * smaller) {
    warnings.push(
      `Only ${matched} of ${smaller} clauses could be aligned; the documents may be different products, or text extraction may have failed on one of them.`,
    );
  }
  for (const [side, lost] of [['A', context.glyphLoss.a], ['B', context.glyphLoss.b]] as const) {
    if (lost.size === 0) continue;
    warnings.push(
      `Document ${side}'s PDF text never contains ${[...lost].map((g) => `"${g}"`).join(', ')} although the other document uses them: text runs starting with these characters probably did not extract. Differences confined to such gaps are reported as cosmetic.`,
    );
  }
  for (const [side, other, found] of [['A', 'B', lost.a], ['B', 'A', lost.b]] as const) {
    if (found.size === 0) continue;
    warnings.push(
      `${found.size} clause${found.size === 1 ? '' : 's'} of document ${side} with no counterpart in ${other} hold${
        found.size === 1 ? 's' : ''
      } such characters while ${other} shows only the words before them (or a bare list number) at that point: reported as probable extraction gaps, low and neutral. Check them on the printed page.`,
    );
  }
  return {
    changes: noteRepeatedEdits(noteRepeatedWording(changes)),
    definitions,
    keyFigures: compareKeyFigures(a.dna.profile.keyFigures, b.dna.profile.keyFigures),
    warnings,
  };
}

/** Most materiality non-contractual matter keeps: low. */
const INFORMATION_MAX_SCORE = 0.1;

/**
 * A change confined to non-contractual matter (a customer information sheet, a form, a contact
 * list…): information, neutral and low, saying what the part is (DOMAIN.md §5).
 */
function asInformation(change: Change, matter: NonContractualRow): Change {
  const why = because(`the text is a ${matter.label}, which is not part of the contract`, 'neutral');
  return {
    ...change,
    direction: 'neutral',
    materiality: materialityBand(Math.min(change.materiality_score, INFORMATION_MAX_SCORE)),
    materiality_score: Math.min(change.materiality_score, INFORMATION_MAX_SCORE),
    deltas: change.deltas.map((d, k) => ({
      ...d,
      direction: 'neutral',
      why,
      description: k === 0 ? `${d.description} It is in a ${matter.label}, which is not part of the contract: information, not a change of cover.` : d.description,
    })),
    rules: [...change.rules, 'post-pass.non-contractual-matter'],
    why,
  };
}

/**
 * A change confined to sections the documents declare are not part of the policy (guidance,
 * tips): shown with its deltas and direction, but low, and saying why.
 */
function asGuidance(change: Change): Change {
  if (change.materiality_score <= NON_CONTRACTUAL_MAX_SCORE) return change;
  return withNote(change, ' The text is in a section its document says is not part of the policy.', { rule: 'post-pass.non-contractual-section', maxScore: NON_CONTRACTUAL_MAX_SCORE });
}

/**
 * The term a definition clause defines. A layout clause may hold several definitions ("Excess"
 * means… "Flood" means…): the one whose wording changed is the one the change is about.
 */
function ownTermOf(sideA: ClauseSide | null, sideB: ClauseSide | null, terms: TermChange[]): TermChange | undefined {
  const own = terms.filter(
    (t) => (t.termA && sideA?.ids.includes(t.termA.clauseId)) || (t.termB && sideB?.ids.includes(t.termB.clauseId)),
  );
  const found = own.find((t) => t.change.status === 'changed' && t.width !== 'unknown') ?? own.find((t) => t.change.status === 'changed') ?? own[0];
  if (found || (sideA?.type !== 'definition' && sideB?.type !== 'definition')) return found;
  // The term may be recorded on its label line while its wording sits in the next clause: find
  // the changed term whose wording this clause holds.
  const holds = (side: ClauseSide | null, term: DefinedTerm | null): boolean => side !== null && term !== null && holdsWording(side.text, term);
  return terms.find((t) => t.change.status === 'changed' && (holds(sideA, t.termA) || holds(sideB, t.termB)));
}

/** A value computed the first time it is asked for. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/** Whether a clause's text holds the opening of a term's wording (at least 20 characters of it). */
function holdsWording(text: string, term: DefinedTerm): boolean {
  const wording = normaliseForComparison(term.definition).slice(0, 120);
  return wording.length >= 20 && normaliseForComparison(text).includes(wording);
}

/** The term a one-sided definition clause defines: recorded on it, or whose wording it holds. */
function termDefinedIn(side: ClauseSide, terms: TermChange[], on: 'a' | 'b'): DefinedTerm | null {
  const own = terms.map((t) => (on === 'a' ? t.termA : t.termB)).filter((t): t is DefinedTerm => t !== null);
  return own.find((t) => side.ids.includes(t.clauseId)) ?? own.find((t) => holdsWording(side.text, t)) ?? null;
}

/**
 * Keys of the given terms (the other document's) that a document mentions anywhere, in one pass
 * over its text with the matcher the definitions stage finds usages with.
 */
function termsMentionedIn(doc: AnalyzedDocument, terms: readonly DefinedTerm[]): Set<string> {
  const patterns = terms.map((t, termIndex) => ({ termIndex, keys: termKey(t.term).split(' ') }));
  const occurrences = findTermOccurrences(
    doc.layout.clauses.map((c) => c.text),
    patterns,
  );
  return new Set(occurrences.map((o) => terms[o.termIndex].key));
}

function usageOf(side: ClauseSide, terms: TermChange[]): number {
  const own = ownTermOf(side, side, terms);
  return own ? (own.termB ?? own.termA)!.usedIn.length : 0;
}

const CUT_SHORT_DESCRIPTION =
  "One side's clause stops in the middle of a sentence (at the foot of a column or page) and the other goes on where it stops; the words both print are the same, so the rest is printed elsewhere, not added or removed here.";

/** Fewest words a cut-short clause must keep for its words to say it is the same clause. */
const MIN_CUT_WORDS = 8;
/** How much of the missing rest is looked for elsewhere in the short side's document. */
const MAX_CUT_TAIL = 24;

/**
 * Which side stops short: its words are the other's opening words, word for word, it ends
 * without a full stop, and the rest is not an item or condition the other adds: either its own
 * document prints the rest elsewhere (the next column), or the rest runs on mid-phrase to a full
 * stop ("…restrict the extent of Cashless" / "Facilities that may be availed …."), where an added
 * item starts with its number or a connective ("2 the use of the home…", "or flood").
 */
function cutShort(a: string, b: string, printsElsewhere: (side: 'a' | 'b', tail: string[]) => boolean): 'a' | 'b' | null {
  const wa = contentTokens(a);
  const wb = contentTokens(b);
  const [short, long, side] = wa.length < wb.length ? [wa, wb, 'a' as const] : [wb, wa, 'b' as const];
  const [shortText, longText] = side === 'a' ? [a, b] : [b, a];
  if (short.length < MIN_CUT_WORDS || long.length - short.length < MIN_NEAR_WORDS || /[.;:!?]["”’)]?\s*$/.test(shortText.trim())) return null;
  if (!short.every((w, k) => long[k] === w)) return null;
  if (printsElsewhere(side, long.slice(short.length))) return side;
  const rest = restAfter(longText, short.length);
  return rest !== null && !ADDED_ITEM_START.test(rest) && /[.;]\s/.test(`${rest} `) ? side : null;
}

/** What starts an item or a condition added to the end of a clause: a list number, a connective. */
const ADDED_ITEM_START = /^\s*(?:[,;:(–-]|\(?[0-9]{1,2}[.)]?\s|\(?[a-z][.)]\s|\(?[ivx]{1,4}[.)]\s|(?:or|and|but|unless|except|provided|including|excluding|if|where|when|whether|other than)\b)/i;

/** The text of `text` after its first `words` content words. */
function restAfter(text: string, words: number): string | null {
  const pattern = /[\p{L}\p{N}]+/gu;
  let seen = 0;
  for (const m of text.matchAll(pattern)) {
    if (contentTokens(m[0]).length === 0) continue;
    seen += contentTokens(m[0]).length;
    if (seen === words) return text.slice((m.index ?? 0) + m[0].length);
  }
  return null;
}

const SYNONYM_DESCRIPTION =
  'The wording is modernised (drafting synonyms such as "shall" → "will", "forthwith" → "immediately") without a change in meaning.';

const EXTRACTION_GAP_DESCRIPTION =
  'The only differences are runs of text missing from one side where its PDF text did not extract (at curly quotes or dashes); the wording that extracted is the same.';

const BOUNDARY_DESCRIPTION =
  'The words that differ moved across the boundary with the neighbouring clause (the documents cut the same wording into clauses at different places); the wording is the same.';

const CROSS_REFERENCE_DESCRIPTION =
  'Both sides only exclude what other clauses already exclude; what differs is the sections they refer to (renumbered or renamed), not an exclusion of their own.';

const HEADING_DESCRIPTION = 'The words that differ are a heading, run into the text on one side and set apart on the other: layout, not wording.';
const MOVED_DESCRIPTION =
  'The words that differ are printed in the other document too, in a neighbouring clause of the same kind: they moved between clauses (the documents cut and lightly edit the same list differently).';

/** Every string a DNA item was read from, lower-cased, to tell where in the text it sits. */
function dnaTexts(dna: ClauseDna): Array<[keyof ClauseDna, number, string]> {
  const out: Array<[keyof ClauseDna, number, string]> = [];
  dna.amounts.forEach((x, k) => out.push(['amounts', k, x.raw]));
  dna.percentages.forEach((x, k) => out.push(['percentages', k, x.raw]));
  dna.periods.forEach((x, k) => out.push(['periods', k, x.raw]));
  dna.carveOuts.forEach((x, k) => out.push(['carveOuts', k, x.text]));
  for (const key of ['perils', 'subjects', 'obligations', 'discretion', 'definedTerms'] as const) {
    dna[key].forEach((x, k) => out.push([key, k, x]));
  }
  return out;
}

/**
 * A side without the words that crossed a clause boundary (boundary-shifts.ts): the text is cut
 * and the facts read only from the cut words are dropped. Facts found nowhere in the text (a
 * peril named by its canonical name) are kept.
 */
function trimSide(side: ClauseSide, head: number, tail: number): ClauseSide {
  if (head === 0 && tail === 0) return side;
  return narrowedSide(side, trimmedText(side.text, head, tail), side.text.slice(0, head) + ' ' + side.text.slice(side.text.length - tail));
}

/** A side read as `text` only: the facts read only from the `cut` words are dropped. */
function narrowedSide(side: ClauseSide, text: string, cutText: string): ClauseSide {
  const cut = normaliseForComparison(cutText);
  const kept = normaliseForComparison(text);
  const drop = new Set<string>();
  for (const [key, k, raw] of dnaTexts(side.dna)) {
    const folded = normaliseForComparison(raw);
    if (folded.length > 0 && cut.includes(folded) && !kept.includes(folded)) drop.add(`${key}:${k}`);
  }
  const keep = <T,>(key: keyof ClauseDna, items: T[]): T[] => items.filter((_, k) => !drop.has(`${key}:${k}`));
  const dna: ClauseDna = {
    ...side.dna,
    amounts: keep('amounts', side.dna.amounts),
    percentages: keep('percentages', side.dna.percentages),
    periods: keep('periods', side.dna.periods),
    carveOuts: keep('carveOuts', side.dna.carveOuts),
    perils: keep('perils', side.dna.perils),
    subjects: keep('subjects', side.dna.subjects),
    obligations: keep('obligations', side.dna.obligations),
    discretion: keep('discretion', side.dna.discretion),
    definedTerms: keep('definedTerms', side.dna.definedTerms),
  };
  return { ...side, text, dna };
}

interface MovedWording {
  sideA: ClauseSide;
  sideB: ClauseSide;
  /** Why the edits are not this pair's change, and where the other document prints the first of them. */
  description: string;
}

/** The runs of edits inside a stretch, without the short equal runs it bridged, that are long enough to test alone. */
function stretchParts(stretch: EditedStretch, diff: Change['diff']): EditedStretch[] {
  const parts: EditedStretch[] = [];
  let run: number[] = [];
  const close = (): void => {
    const tokens = run.flatMap((k) => contentTokens(diff[k].text));
    if (run.length > 0 && run.length < stretch.ops.length && tokens.length >= MIN_NEAR_WORDS) parts.push({ side: stretch.side, ops: run, tokens });
    run = [];
  };
  for (const k of stretch.ops) {
    if (diff[k].op === 'equal') close();
    else run.push(k);
  }
  close();
  return parts;
}

/**
 * Edit runs whose words are, word for word, a heading the other document prints between the
 * clauses of this pair: a table title that one layout set apart ("% of the limit" / "Table of
 * Compensation" / "for this section") and the other ran into the column header ("% of the limit
 * Table of Compensation for this section"). A heading is layout, however short.
 */
function headingRuns(diff: Change['diff'], group: PairGroup, context: Context): Array<{ side: 'a' | 'b'; ops: number[]; tokens: string[]; headingId: string }> {
  const found: Array<{ side: 'a' | 'b'; ops: number[]; tokens: string[]; headingId: string }> = [];
  for (const side of ['a', 'b'] as const) {
    // Words only side B has may be a heading inside A's span, and the mirror image.
    const headings = headingsWithin(side === 'a' ? context.indexB : context.indexA, side === 'a' ? group.bIds : group.aIds);
    if (headings.length === 0) continue;
    const edit = side === 'a' ? 'delete' : 'insert';
    diff.forEach((op, k) => {
      if (op.op !== edit) return;
      const tokens = contentTokens(op.text);
      const heading = headings.find((h) => h.tokens.length > 0 && h.tokens.join(' ') === tokens.join(' '));
      if (heading) found.push({ side, ops: [k], tokens, headingId: heading.id });
    });
  }
  return found;
}

/** The headings a document prints after the first and before the last of `ids`, in reading order. */
function headingsWithin(index: DocumentIndex, ids: string[]): Array<{ id: string; tokens: string[] }> {
  if (ids.length < 2) return [];
  const at = ids.map((id) => index.order.get(id) ?? -1).filter((k) => k >= 0);
  const first = Math.min(...at);
  const last = Math.max(...at);
  const out: Array<{ id: string; tokens: string[] }> = [];
  for (const clause of index.doc.layout.clauses.slice(first + 1, last)) {
    if (clause.kind === 'heading' || index.classification.get(clause.id)?.type === 'heading') out.push({ id: clause.id, tokens: contentTokens(clause.text) });
  }
  return out;
}

/**
 * The pair read without the edited stretches whose words moved from (or to) another clause: a
 * stretch only B's side has that A prints, nearly word for word, in a clause of the same polarity
 * outside this pair more often than B prints it elsewhere (and the mirror image for A's side).
 * Null when no stretch moved.
 */
function withoutMovedWording(sideA: ClauseSide, sideB: ClauseSide, diff: Change['diff'], group: PairGroup, context: Context): MovedWording | null {
  const moved = new Set<number>();
  let where = '';
  for (const run of headingRuns(diff, group, context)) {
    for (const k of run.ops) moved.add(k);
    where ||= `${HEADING_DESCRIPTION} ${run.side === 'a' ? 'B' : 'A'} prints "${clip(run.tokens.join(' '), 60)}" as a heading between the clauses compared (${restatedWhere({ otherId: run.headingId }, run.side === 'a' ? context.indexB : context.indexA)}).`;
  }
  // A stretch that bridged a word or two into the next edit may hold more than moved: its edit
  // runs are tried on their own when the whole is not found elsewhere.
  const tries = editedStretches(diff).map((stretch) => [stretch, ...stretchParts(stretch, diff)]);
  for (const stretch of tries.flatMap((t) => t)) {
    if (stretch.ops.some((k) => moved.has(k))) continue;
    const own = stretch.side === 'a' ? { index: context.wordingA, doc: context.indexA, ids: group.aIds, side: sideA } : { index: context.wordingB, doc: context.indexB, ids: group.bIds, side: sideB };
    const other = stretch.side === 'a' ? { index: context.wordingB, doc: context.indexB, ids: group.bIds } : { index: context.wordingA, doc: context.indexA, ids: group.aIds };
    // The full stop that closes a moved sentence is often common to both sides ("…your claim" + ".").
    const last = stretch.ops[stretch.ops.length - 1];
    const closing = diff[last + 1]?.op === 'equal' && /^\s*[.;]/.test(diff[last + 1].text) ? '.' : '';
    const stretchText = stretch.ops.map((k) => diff[k].text).join('') + closing;
    const polarity = selfContained(stretchText) ? null : polarityOf(own.side.type);
    const there = nearOccurrences(other.index, stretch.tokens, polarity, new Set(other.ids));
    if (!there.firstId || there.count <= nearOccurrences(own.index, stretch.tokens, polarity, new Set(own.ids)).count) continue;
    for (const k of stretch.ops) moved.add(k);
    if (!where) {
      where = `${MOVED_DESCRIPTION} ${stretch.side === 'a' ? 'B' : 'A'} prints "${clip(stretch.tokens.join(' '), 60)}" in another clause (${restatedWhere({ otherId: there.firstId }, other.doc)}).`;
    }
  }
  if (moved.size === 0) return null;
  const textOf = (side: 'a' | 'b', keep: boolean): string =>
    diff
      .map((op, k) => ((op.op === 'equal' || op.op === (side === 'a' ? 'delete' : 'insert')) && keep === !moved.has(k) ? op.text : ''))
      .join('');
  return {
    sideA: narrowedSide(sideA, textOf('a', true), textOf('a', false)),
    sideB: narrowedSide(sideB, textOf('b', true), textOf('b', false)),
    description: where,
  };
}

function buildChange(id: string, group: PairGroup, context: Context, trim: BoundaryTrim): Change {
  if (group.status === 'added' || group.status === 'removed') {
    const added = group.status === 'added';
    const index = added ? context.indexB : context.indexA;
    const oneSided: OneSidedContext = {
      index,
      otherIndex: added ? context.indexA : context.indexB,
      added,
      restatements: added ? context.restatedB : context.restatedA,
      displaced: added ? context.displacedB : context.displacedA,
      extractionLosses: added ? context.lostB : context.lostA,
      namedCauses: added ? context.namedB : context.namedA,
      ofOneSidedCover: added ? context.ofOneSidedCoverB : context.ofOneSidedCoverA,
      termUnusedInOther: (side) => {
        const term = termDefinedIn(side, context.terms, added ? 'b' : 'a');
        return term !== null && !(added ? context.mentionedInA : context.mentionedInB)().has(term.key);
      },
      usageOf: (side) => usageOf(side, context.terms),
    };
    const ids = added ? group.bIds : group.aIds;
    if (group.run) {
      // Headings inside the passage are part of its text but not members with their own delta;
      // table-of-contents lines and empty lines are not part of it.
      const notText = (clauseId: string): boolean => {
        const clause = index.clauses.get(clauseId);
        return !clause || index.tocPages.has(clause.pageStart) || clause.text.trim().length === 0;
      };
      const span = passageIds(group.run, index, notText);
      return passageChange(id, group.run, span, oneSided, {});
    }
    return singleClauseChange(id, sideOf(index, ids), oneSided, {});
  }
  const fullA = sideOf(context.indexA, group.aIds);
  const fullB = sideOf(context.indexB, group.bIds);
  let sideA = trimSide(fullA, trim.aHead, trim.aTail);
  let sideB = trimSide(fullB, trim.bHead, trim.bTail);
  const shifted = sideA !== fullA || sideB !== fullB;
  const type = sideB.type;
  const titles = differingTitles(context.indexA, edgeInOrder(group.aIds, context.indexA, 'first'), context.indexB, edgeInOrder(group.bIds, context.indexB, 'first'));
  const base = {
    id,
    clause_type: type,
    a: clauseRef(fullA, context.indexA),
    b: clauseRef(fullB, context.indexB),
    similarity: round2(group.similarity),
    cover_area: sideB.coverArea ?? sideA.coverArea ?? null,
  };
  const ownTerm = ownTermOf(sideA, sideB, context.terms);
  const usage = ownTerm ? (ownTerm.termB ?? ownTerm.termA)!.usedIn.length : 0;
  const confidence = round2((0.5 + 0.5 * Math.min(1, group.similarity)) * (0.5 + 0.25 * (sideA.confidence + sideB.confidence)));
  const unchanged = (diff: Change['diff'], rule: string, why: string): Change => ({
    ...base,
    status: (group.status === 'moved' ? 'moved' : 'unchanged') as ChangeStatus,
    direction: 'neutral',
    materiality: 'low',
    materiality_score: 0,
    confidence,
    deltas: [],
    diff,
    rules: [rule],
    why: because(why, 'neutral'),
  });
  if (normaliseForComparison(fullA.text) === normaliseForComparison(fullB.text)) return unchanged([], 'paired.same-wording', 'the same wording on both sides');
  // The diff shown is of the full texts; what the change means is read without the words that
  // only crossed a clause boundary.
  const diff = diffWords(fullA.text, fullB.text);
  let ownDiff = shifted ? diffWords(sideA.text, sideB.text) : diff;
  // Words that moved in from (or out to) a neighbouring clause are not this clause's change.
  const moved = withoutMovedWording(sideA, sideB, ownDiff, group, context);
  if (moved) {
    ({ sideA, sideB } = moved);
    ownDiff = diffWords(sideA.text, sideB.text);
  }
  // A modified clause whose cover is titled differently is reported with both titles.
  const titled = titles.a.length > 0;
  const reported = titled
    ? { a: withTitle(base.a, titles.a, context.indexA), b: withTitle(base.b, titles.b, context.indexB) }
    : { a: base.a, b: base.b };
  const reportedDiff = titled ? diffWords(reported.a.text, reported.b.text) : diff;
  const cosmetic = cosmeticDifference(sideA.text, sideB.text, ownDiff, context.glyphLoss);
  /** Modified, but only in wording that moves no cover: neutral, low, one wording_only delta saying why. */
  const wordingOnly = (rule: string, description: string, reading: string): Change => ({
    ...base,
    ...reported,
    status: 'modified',
    direction: 'neutral',
    materiality: 'low',
    materiality_score: 0.05,
    confidence,
    deltas: [{ type: 'wording_only', direction: 'neutral', description, from: null, to: null, evidence: { a_quote: null, b_quote: null }, rule, role: null, polarity: null, why: because(reading, 'neutral') }],
    diff: reportedDiff,
    rules: [rule],
    why: because(reading, 'neutral'),
  });
  // The checks below run in the registry's order (rules/registry.ts, scope "paired"): the first
  // that finds the difference is no change of cover decides.
  const movedOnly = (m: MovedWording): Change =>
    m.description.startsWith(HEADING_DESCRIPTION)
      ? wordingOnly('paired.heading-run-in', m.description, 'the words that differ are a heading the other side prints apart')
      : wordingOnly('paired.moved-between-clauses', m.description, 'the words that differ are printed in a neighbouring clause of the other side');
  if (normaliseForComparison(sideA.text) === normaliseForComparison(sideB.text) && moved) return movedOnly(moved);
  if (cosmetic === 'typography') {
    if (moved) return movedOnly(moved);
    if (shifted) return wordingOnly('paired.boundary-shift', BOUNDARY_DESCRIPTION, 'the words that differ crossed the boundary with the neighbouring clause');
    return unchanged(diff, 'paired.typography', 'only typography differs (case, punctuation, quotes, hyphenation)');
  }
  if (cosmetic === 'extraction_gap') {
    return wordingOnly('paired.extraction-gap', EXTRACTION_GAP_DESCRIPTION, 'the only differences are runs one PDF failed to extract');
  }
  const cut = cutShort(sideA.text, sideB.text, (side, tail) => {
    const [wording, ids] = side === 'a' ? [context.wordingA, group.aIds] : [context.wordingB, group.bIds];
    return nearOccurrences(wording, tail.slice(0, MAX_CUT_TAIL), null, new Set(ids)).firstId !== null;
  });
  if (cut) {
    return wordingOnly('paired.cut-short', CUT_SHORT_DESCRIPTION.replace('{side}', cut), `${cut === 'a' ? 'A' : 'B'}'s clause stops mid-sentence where the other goes on with the same words`);
  }
  if (differsOnlyBySynonyms(sideA.text, sideB.text)) {
    return wordingOnly('paired.legal-synonyms', SYNONYM_DESCRIPTION, 'only drafting synonyms differ');
  }
  if (isCrossReferenceExclusion(sideA.text) && isCrossReferenceExclusion(sideB.text)) {
    return wordingOnly('paired.cross-reference-exclusions', CROSS_REFERENCE_DESCRIPTION, 'both sides only refer to exclusions printed elsewhere');
  }
  const deltas = typedDeltas(sideA, sideB, type, ownTerm, context);
  const widthUnknown = type === 'definition' && (ownTerm?.width ?? 'unknown') === 'unknown';
  // A few words on each side are a table fragment, unless a figure in them changed.
  const figureChanged = deltas.some((d) => d.type === 'numeric_change' && d.from !== null && d.to !== null);
  const fragment = isFragment(sideA.text) && isFragment(sideB.text) && !figureChanged;
  const score = materialityScore(type, deltas, usage, fragment, widthUnknown);
  const decided = changeDirection(deltas);
  return {
    ...base,
    ...reported,
    status: 'modified',
    direction: decided.direction,
    materiality: materialityBand(score),
    materiality_score: score,
    confidence,
    deltas,
    diff: reportedDiff,
    rules: [decided.rule, ...(fragment ? ['change.fragment'] : [])],
    why: decided.why,
  };
}

/** The id of `ids` that comes first (or last) in its document's reading order. */
function edgeInOrder(ids: string[], index: DocumentIndex, end: 'first' | 'last'): string {
  const at = (id: string): number => index.order.get(id) ?? 0;
  return ids.reduce((best, id) => ((end === 'first' ? at(id) < at(best) : at(id) > at(best)) ? id : best), ids[0]);
}

/**
 * A clause reference whose text (and highlighted boxes) start with the heading lines above it.
 * Its pages stay the clause's own: citations point at the wording, not at its title.
 */
function withTitle(ref: ClauseRef, headingIds: string[], index: DocumentIndex): ClauseRef {
  const headings = headingIds.map((id) => index.clauses.get(id)!);
  return {
    ...ref,
    text: [...headings.map((h) => h.text.trim()), ref.text].join(' '),
    bboxes: [...headings.flatMap((h) => h.bboxes.map((b) => ({ page: b.page, x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 }))), ...(ref.bboxes ?? [])],
  };
}

function typedDeltas(
  sideA: ClauseSide,
  sideB: ClauseSide,
  type: Change['clause_type'],
  ownTerm: TermChange | undefined,
  context: Context,
): Delta[] {
  const texts = { a: sideA.text, b: sideB.text };
  const polarity = clausePolarity(type, texts);
  const own: Delta[] = [
    ...amountDeltas(texts, withRefinedRoles(sideA.dna.amounts, sideA.text, type), withRefinedRoles(sideB.dna.amounts, sideB.text, type)),
    ...percentageDeltas(texts, sideA.dna.percentages, sideB.dna.percentages),
    ...periodDeltas(texts, sideA.dna.periods, sideB.dna.periods, polarity),
  ];
  if (type === 'definition') {
    const term = ownTerm?.change.term ?? sideB.clause.heading ?? 'the defined term';
    const width = ownTerm?.width ?? 'unknown';
    // A figure whose role the figure-role table names ("unoccupied for more than 60 days", "within
    // 48 months prior to the policy") says who gains when it moves: the term moves that way. Any
    // other figure inside a definition ("at least 47 knots") cuts the way the definition does,
    // not the way a limit or a period of cover would.
    const byRole = own.filter((d) => d.rule === 'figure.period-role' && (d.direction === 'broader' || d.direction === 'narrower'));
    const roleDirection = byRole.length > 0 ? overallDirection(byRole.map((d) => d.direction)) : null;
    const direction = roleDirection ?? ownTerm?.change.direction ?? 'ambiguous';
    for (const d of own) {
      if (byRole.includes(d)) continue;
      d.direction = width === 'unknown' ? 'ambiguous' : direction;
      d.rule = 'definition.figure-follows-term';
      d.why = because(`a figure of the definition of "${term}" (${d.from ?? '—'} → ${d.to ?? '—'}) moves the term, which ${width === 'unknown' ? 'is reworded' : `becomes ${width}`}`, d.direction);
    }
    own.push({
      type: 'definition_change',
      direction,
      description:
        width === 'unknown'
          ? `The definition of "${term}" is reworded.`
          : `The definition of "${term}" becomes ${width}.`,
      from: clip(ownTerm?.change.a_text ?? sideA.text, 400),
      to: clip(ownTerm?.change.b_text ?? sideB.text, 400),
      evidence: { a_quote: clip(sideA.text), b_quote: clip(sideB.text) },
      rule: roleDirection ? 'definition.figure-role' : 'definition.width-by-usage',
      role: roleDirection ? byRole[0].role : null,
      polarity: ownTerm?.usage ?? null,
      why: roleDirection
        ? because(`the definition of "${term}" moves with its ${byRole[0].why.replace(/ → \w+$/, '')}`, direction)
        : because(
            width === 'unknown'
              ? `the definition of "${term}" is reworded, neither wider nor narrower`
              : `"${term}" becomes ${width}, and the clauses using it mostly ${ownTerm?.usage === 'restriction' ? 'restrict' : 'grant'} cover`,
            direction,
          ),
    });
  } else {
    // Whole sentences that come, go or turn round are read by their polarity; the word-level
    // readings below then read the clause without them.
    const sentences = sentenceDeltas(texts);
    const wholeSentences = [...sentences.whole.a, ...sentences.whole.b];
    const rest = { a: withoutSentences(texts.a, sentences.whole.a), b: withoutSentences(texts.b, sentences.whole.b) };
    const exceptions = [...sideA.dna.carveOuts, ...sideB.dna.carveOuts].map((c) => c.text);
    const carveOuts = carveOutDeltas(texts, sideA.dna.carveOuts, sideB.dna.carveOuts, polarity);
    exceptions.push(...carveOuts.flatMap((d) => [d.from, d.to]).filter((t): t is string => t !== null));
    // A figure that comes or goes with an exception ("except where … closes the premises for more
    // than 48 hours") or with a whole sentence is the exception's or the sentence's own: the
    // carve-out or sentence change reports it.
    const inMovedWording = (d: Delta): boolean => {
      const figure = d.from === null ? d.to : d.to === null ? d.from : null;
      if (figure === null) return false;
      const moved = [...carveOuts.map((c) => (d.from === null ? c.to : c.from)), ...(d.from === null ? sentences.whole.b : sentences.whole.a)].filter((t): t is string => t !== null);
      return moved.some((text) => text.toLowerCase().includes(figure.toLowerCase()));
    };
    for (let k = own.length - 1; k >= 0; k -= 1) if (inMovedWording(own[k])) own.splice(k, 1);
    // When an exception moved, perils and subjects the extraction finds in it are the exception's
    // own words, so only the rest of the diff can widen or narrow the clause itself; so are the
    // words of a whole sentence that came or went.
    const scope = carveOuts.length > 0 ? [] : scopeDeltas(texts, sideA.dna, sideB.dna, polarity, [...exceptions, ...wholeSentences]);
    if (scope.length === 0) {
      const breadth = breadthDelta(rest, polarity);
      if (breadth) scope.push(breadth);
    }
    const burden = burdenDeltas(texts, sideA.dna.obligations, sideB.dna.obligations);
    // An exception, obligation or discretion that comes or goes inside a whole sentence that does
    // is that sentence's: the sentence change reports it, once.
    const insideWholeSentence = (d: Delta): boolean => {
      const text = (d.from === null ? d.to : d.to === null ? d.from : null)?.toLowerCase();
      if (!text) return false;
      const pool = d.from === null ? sentences.whole.b : sentences.whole.a;
      return pool.some((sentence) => sentence.toLowerCase().includes(text));
    };
    const own2 = [...carveOuts, ...burden, ...strictnessDeltas(texts, sideA.dna, sideB.dna, polarity)].filter((d) => !insideWholeSentence(d));
    // A figure left to the schedule is the change; the words that say so widen nothing.
    if (own.some((d) => d.rule === 'figure.to-schedule')) for (let k = scope.length - 1; k >= 0; k -= 1) if (scope[k].rule === 'scope.word-breadth') scope.splice(k, 1);
    own.push(...scope, ...own2, ...sentences.deltas);
    const refund = refundBasisDelta(texts);
    if (refund) {
      // The shares and periods of a short-period scale ("75% if cancelled within one month…") are
      // the scale the refund basis change reports, not figures of their own.
      const ofScale = (d: Delta): boolean =>
        (d.type === 'numeric_change' || d.type === 'temporal_change') && (d.from === null || d.to === null) && /\b(?:refund|scale|unexpired)/i.test(`${d.evidence.a_quote ?? ''} ${d.evidence.b_quote ?? ''}`);
      for (let k = own.length - 1; k >= 0; k -= 1) if (ofScale(own[k])) own.splice(k, 1);
      own.push(refund);
    }
    // A claims clause that lists documents: what it asks for is the change, whatever the words
    // read as a list of cover would say.
    if ((type === 'claims_procedure' || polarity === 'obligation') && isDocumentList(sideB.text, sideB.clause.heading)) {
      const documents = claimDocumentDelta(texts);
      if (documents) {
        for (let k = own.length - 1; k >= 0; k -= 1) if (own[k].rule === 'scope.word-breadth' || own[k].rule === 'scope.peril-or-subject') own.splice(k, 1);
        own.push(documents);
      }
    }
  }
  if (own.length === 0) {
    own.push({
      type: 'wording_only',
      direction: 'neutral',
      description: 'The wording changes without a change in meaning that could be identified.',
      from: null,
      to: null,
      evidence: { a_quote: null, b_quote: null },
      rule: 'paired.no-identified-meaning',
      role: null,
      polarity: null,
      why: because('no figure, scope, exception, obligation or standard changes', 'neutral'),
    });
  }
  return [...own, ...dependencyDeltas(sideA, sideB, type, context)];
}

/**
 * A clause's direction is what its own wording does; a definition it uses that changed only
 * decides when the clause's own deltas give no direction.
 */
function changeDirection(deltas: Delta[]): { direction: Change['direction']; rule: string; why: string } {
  const own = deltas.filter((d) => d.type !== 'definition_dependency_change' && d.direction !== 'neutral');
  const deciding = own.length > 0 ? own : deltas;
  const direction = overallDirection(deciding.map((d) => d.direction));
  const rule = own.length > 0 ? 'change.own-deltas' : 'change.dependency-only';
  return { direction, rule, why: whyOfCombined(deciding, direction) };
}

/** The reason of a change: its deciding delta's, or how the deltas that disagree add up. */
export function whyOfCombined(deltas: Delta[], direction: Change['direction']): string {
  const agreeing = deltas.filter((d) => d.direction === direction);
  if (agreeing.length > 0) return agreeing[0].why;
  const broader = deltas.filter((d) => d.direction === 'broader').length;
  const narrower = deltas.filter((d) => d.direction === 'narrower').length;
  if (broader > 0 && narrower > 0) return because(`${broader} broader and ${narrower} narrower difference${broader + narrower === 1 ? '' : 's'} in one clause`, direction);
  return deltas[0]?.why ?? because('no difference of meaning read', direction);
}

/** A clause that uses a term whose definition changed is affected even if its own words are not. */
function dependencyDeltas(sideA: ClauseSide, sideB: ClauseSide, type: Change['clause_type'], context: Context): Delta[] {
  if (type === 'definition') return [];
  const used = new Set([...sideA.dna.definedTerms, ...sideB.dna.definedTerms].map((t) => t.toLowerCase()));
  const deltas: Delta[] = [];
  for (const t of context.changedTerms) {
    const usesIt =
      used.has(t.key) ||
      used.has(t.change.term.toLowerCase()) ||
      sideA.ids.some((id) => t.termA?.usedIn.includes(id)) ||
      sideB.ids.some((id) => t.termB?.usedIn.includes(id));
    if (!usesIt) continue;
    // A term votes in a clause as the clause-type table says: in an excess it names claims that
    // are paid (less the excess), so it reads as in a grant.
    const vote = clauseTypeRow(type).termVote ?? polarityOf(type);
    const direction = directionOfWidth(t.width, vote);
    deltas.push({
      type: 'definition_dependency_change',
      direction,
      rule: 'definition.used-term-changed',
      role: null,
      polarity: vote,
      why: because(`uses "${t.change.term}", whose definition ${t.width === 'unknown' ? 'is reworded' : `became ${t.width}`}, in a ${vote} clause`, direction),
      description: `Uses "${t.change.term}", whose definition changed${t.width === 'unknown' ? '' : ` (it became ${t.width})`}.`,
      from: t.change.a_text ? clip(t.change.a_text, 200) : null,
      to: t.change.b_text ? clip(t.change.b_text, 200) : null,
      evidence: {
        a_quote: sentenceContaining(sideA.text, t.change.term),
        b_quote: sentenceContaining(sideB.text, t.change.term),
      },
    });
  }
  return deltas;
}
