/**
 * Delta interpretation: every aligned pair and every unmatched clause becomes a Change with typed
 * deltas, an overall direction for the insured, materiality, confidence and a word diff.
 */
import type { Change, ChangeStatus, Delta } from '@policydiff/contracts';
import { normaliseForComparison } from '../alignment/text-normalise.js';
import type { AlignedPair, AlignmentResult, AnalyzedDocument, DeltaResult } from '../types.js';
import { burdenDeltas } from './burden-deltas.js';
import { carveOutDeltas } from './carve-out-deltas.js';
import {
  directionOfAddedClause,
  opposite,
  overallDirection,
  polarityOf,
  typeLabel,
} from './clause-polarity.js';
import { type ClauseSide, type DocumentIndex, clauseRef, indexDocument, sideOf } from './clause-side.js';
import { type TermChange, compareDefinitions, directionOfWidth } from './definition-changes.js';
import { compareKeyFigures } from './key-figures.js';
import { isFragment, materialityBand, materialityScore } from './materiality.js';
import { amountDeltas, percentageDeltas, periodDeltas } from './numeric-deltas.js';
import { scopeDeltas } from './scope-deltas.js';
import { clip, sentenceContaining, splitSentences } from './sentences.js';
import { strictnessDeltas } from './strictness-deltas.js';
import { diffWords } from './word-diff.js';

/** Pairs of one split/merge group, or a single pair. */
interface PairGroup {
  aIds: string[];
  bIds: string[];
  similarity: number;
  status: AlignedPair['status'];
}

function groupPairs(pairs: AlignedPair[]): PairGroup[] {
  const groups: PairGroup[] = [];
  const byKey = new Map<string, PairGroup>();
  for (const p of pairs) {
    const key = p.method === 'split' ? `a:${p.a}` : p.method === 'merged' ? `b:${p.b}` : null;
    const existing = key ? byKey.get(key) : undefined;
    if (existing) {
      if (p.a && !existing.aIds.includes(p.a)) existing.aIds.push(p.a);
      if (p.b && !existing.bIds.includes(p.b)) existing.bIds.push(p.b);
      continue;
    }
    const group: PairGroup = { aIds: p.a ? [p.a] : [], bIds: p.b ? [p.b] : [], similarity: p.similarity, status: p.status };
    groups.push(group);
    if (key) byKey.set(key, group);
  }
  return groups;
}

/** Headings and table-of-contents lines are context, never changes of their own. */
function isNoise(ids: string[], index: DocumentIndex): boolean {
  const tocPages = new Set(index.doc.layout.tocPages);
  return ids.every((id) => {
    const clause = index.clauses.get(id);
    if (!clause) return true;
    const type = index.classification.get(id)?.type;
    return clause.kind === 'heading' || type === 'heading' || tocPages.has(clause.pageStart);
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

interface Context {
  indexA: DocumentIndex;
  indexB: DocumentIndex;
  changedTerms: TermChange[];
}

export function interpretDeltas(a: AnalyzedDocument, b: AnalyzedDocument, alignment: AlignmentResult): DeltaResult {
  const indexA = indexDocument(a);
  const indexB = indexDocument(b);
  const terms = compareDefinitions(indexA, indexB);
  const context: Context = { indexA, indexB, changedTerms: terms.filter((t) => t.change.status === 'changed') };
  const groups = groupPairs(alignment.pairs).filter(
    (g) => !(isNoise(g.aIds, indexA) && isNoise(g.bIds, indexB)),
  );
  const changes: Change[] = [];
  const sides: Array<{ a: ClauseSide | null; b: ClauseSide | null }> = [];
  for (const group of groups) {
    const sideA = group.aIds.length > 0 ? sideOf(indexA, group.aIds) : null;
    const sideB = group.bIds.length > 0 ? sideOf(indexB, group.bIds) : null;
    sides.push({ a: sideA, b: sideB });
    changes.push(buildChange(`chg-${String(changes.length + 1).padStart(4, '0')}`, group, sideA, sideB, context, terms));
  }
  const definitions = terms.map((t) => {
    if (t.change.status === 'unchanged') return t.change;
    const usersA = new Set(t.termA?.usedIn ?? []);
    const usersB = new Set(t.termB?.usedIn ?? []);
    const impacted = changes
      .filter((_, k) => sides[k].a?.ids.some((id) => usersA.has(id)) || sides[k].b?.ids.some((id) => usersB.has(id)))
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
  return {
    changes,
    definitions,
    keyFigures: compareKeyFigures(a.dna.profile.keyFigures, b.dna.profile.keyFigures),
    warnings,
  };
}

function buildChange(
  id: string,
  group: PairGroup,
  sideA: ClauseSide | null,
  sideB: ClauseSide | null,
  context: Context,
  terms: TermChange[],
): Change {
  const main = (sideB ?? sideA)!;
  const type = main.type;
  const refA = sideA ? clauseRef(sideA, context.indexA) : null;
  const refB = sideB ? clauseRef(sideB, context.indexB) : null;
  const base = {
    id,
    clause_type: type,
    a: refA,
    b: refB,
    similarity: round2(group.similarity),
    cover_area: sideB?.coverArea ?? sideA?.coverArea ?? null,
  };
  const ownTerm = terms.find(
    (t) => (t.termA && sideA?.ids.includes(t.termA.clauseId)) || (t.termB && sideB?.ids.includes(t.termB.clauseId)),
  );
  const usage = ownTerm ? (ownTerm.termB ?? ownTerm.termA)!.usedIn.length : 0;
  if (!sideA || !sideB) {
    const side = (sideA ?? sideB)!;
    const added = sideA === null;
    const direction = added ? directionOfAddedClause(side.type, side.text) : opposite(directionOfAddedClause(side.type, side.text));
    const quote = clip(splitSentences(side.text)[0]);
    const delta: Delta = {
      type: added ? 'clause_added' : 'clause_removed',
      direction,
      description: `${added ? 'New' : 'Removed'} ${typeLabel(side.type)}: "${clip(side.text, 140)}"`,
      from: added ? null : clip(side.text, 200),
      to: added ? clip(side.text, 200) : null,
      evidence: { a_quote: added ? null : quote, b_quote: added ? quote : null },
    };
    const score = materialityScore(side.type, [delta], usage, isFragment(side.text));
    return {
      ...base,
      status: added ? 'added' : 'removed',
      similarity: 0,
      direction,
      materiality: materialityBand(score),
      materiality_score: score,
      confidence: round2(0.9 * (0.5 + 0.5 * side.confidence)),
      deltas: [delta],
      diff: [{ op: added ? 'insert' : 'delete', text: side.text }],
    };
  }
  const confidence = round2((0.5 + 0.5 * Math.min(1, group.similarity)) * (0.5 + 0.25 * (sideA.confidence + sideB.confidence)));
  if (normaliseForComparison(sideA.text) === normaliseForComparison(sideB.text)) {
    const status: ChangeStatus = group.status === 'moved' ? 'moved' : 'unchanged';
    return {
      ...base,
      status,
      direction: 'neutral',
      materiality: 'low',
      materiality_score: 0,
      confidence,
      deltas: [],
      diff: [],
    };
  }
  const deltas = typedDeltas(sideA, sideB, type, ownTerm, context);
  const score = materialityScore(type, deltas, usage, isFragment(sideA.text) && isFragment(sideB.text));
  return {
    ...base,
    status: 'modified',
    direction: overallDirection(deltas.map((d) => d.direction)),
    materiality: materialityBand(score),
    materiality_score: score,
    confidence,
    deltas,
    diff: diffWords(sideA.text, sideB.text),
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
  const polarity = polarityOf(type);
  const own: Delta[] = [
    ...amountDeltas(texts, sideA.dna.amounts, sideB.dna.amounts),
    ...percentageDeltas(texts, sideA.dna.percentages, sideB.dna.percentages),
    ...periodDeltas(texts, sideA.dna.periods, sideB.dna.periods),
  ];
  if (type === 'definition') {
    const term = ownTerm?.change.term ?? sideB.clause.heading ?? 'the defined term';
    const width = ownTerm?.width ?? 'unknown';
    own.push({
      type: 'definition_change',
      direction: ownTerm?.change.direction ?? 'ambiguous',
      description:
        width === 'unknown'
          ? `The definition of "${term}" is reworded.`
          : `The definition of "${term}" becomes ${width}.`,
      from: clip(ownTerm?.change.a_text ?? sideA.text, 400),
      to: clip(ownTerm?.change.b_text ?? sideB.text, 400),
      evidence: { a_quote: clip(sideA.text), b_quote: clip(sideB.text) },
    });
  } else {
    own.push(
      ...scopeDeltas(texts, sideA.dna, sideB.dna, polarity),
      ...carveOutDeltas(texts, sideA.dna.carveOuts, sideB.dna.carveOuts, polarity),
      ...burdenDeltas(texts, sideA.dna.obligations, sideB.dna.obligations),
      ...strictnessDeltas(texts, sideA.dna, sideB.dna),
    );
  }
  if (own.length === 0) {
    own.push({
      type: 'wording_only',
      direction: 'neutral',
      description: 'The wording changes without a change in meaning that could be identified.',
      from: null,
      to: null,
      evidence: { a_quote: null, b_quote: null },
    });
  }
  return [...own, ...dependencyDeltas(sideA, sideB, type, context)];
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
    deltas.push({
      type: 'definition_dependency_change',
      direction: directionOfWidth(t.width, polarityOf(type)),
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
