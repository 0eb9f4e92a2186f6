/**
 * Segment "Clause Classification": one ClauseType per clause, decided from the heading path and the
 * wording together, with a confidence, human-readable reasons and the cover area it belongs to.
 */
import type { ClauseType } from '@policydiff/contracts';
import { definitionsHeadingIndex } from '../definitions/definitions-heading.js';
import { normaliseText } from '../definitions/normalise-text.js';
import type { ClassificationResult, ClauseClassification, DefinitionsResult, LayoutClause, LayoutDocument } from '../types.js';
import { coverAreaFromPath } from './cover-area.js';
import { headingCues } from './heading-cues.js';
import { textCues } from './text-cues.js';

/** Signs that a limit applies to a narrower subject than the whole cover ("£2,500 for any one item"). */
const SUBLIMIT =
  /\b(any one|each|a single|one|per) (item|article|pair|set|bicycle|cycle|pedal cycle|animal|pet|valuable|claim for [a-z]+)\b|\bup to\b[^.;]{0,30}\d[\d,.]*\s*(?:m|k|million|lakhs?|crores?)?\s+(?:in total )?for\b|\b(single article|sub-?limit|inner limit)\b/i;
/** Signs of the main limit of a cover. */
const MAIN_LIMIT = /\b(limit of (indemnity|liability)|sum insured|sum assured|the most we will pay (under|in total for) (this|the) (section|policy|cover))\b/i;

const EXCESS_LABEL = /\b(excess|deductible|co-?payment)\b/i;
const LIMIT_LABEL = /\b(limit|maximum|sum insured|sum assured|up to|cover amount|benefit amount)\b/i;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function classifyOne(clause: LayoutClause, definitionClauseIds: ReadonlySet<string>): ClauseClassification {
  const coverArea = coverAreaFromPath(clause.headingPath, clause.kind === 'table_row' ? clause.label : undefined);
  const base = { clauseId: clause.id, coverArea };

  if (clause.kind === 'heading') return { ...base, type: 'heading', confidence: 1, reasons: ['layout: heading'] };

  const defIndex = definitionsHeadingIndex(clause.headingPath);
  if (defIndex >= 0) {
    return { ...base, coverArea: null, type: 'definition', confidence: 0.95, reasons: [`heading '${clause.headingPath[defIndex]}'`] };
  }

  const text = normaliseText(clause.text);
  const scores = new Map<ClauseType, number>();
  const reasons = new Map<ClauseType, string[]>();
  const add = (type: ClauseType, weight: number, reason: string): void => {
    scores.set(type, (scores.get(type) ?? 0) + weight);
    const list = reasons.get(type);
    if (list) list.push(reason);
    else reasons.set(type, [reason]);
  };

  for (const cue of headingCues(clause.headingPath)) add(cue.type, cue.weight, `heading '${cue.heading}'`);
  for (const cue of textCues(text)) add(cue.type, cue.weight, `text: '${cue.quote}'`);
  if (definitionClauseIds.has(clause.id)) add('definition', 2.5, 'defines a term');

  if (clause.kind === 'table_row') {
    const label = normaliseText(clause.label ?? '');
    add('schedule', 1.2, 'layout: table row');
    if (EXCESS_LABEL.test(label)) add('excess', 3, `row label '${label}'`);
    else if (LIMIT_LABEL.test(label)) add('limit', 3, `row label '${label}'`);
  }

  let best: ClauseType | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [type, score] of scores) {
    if (score > bestScore) {
      second = bestScore;
      best = type;
      bestScore = score;
    } else if (score > second) second = score;
  }

  if (!best) {
    // Nothing says what this is: inside a cover section it most likely describes the cover.
    return coverArea
      ? { ...base, type: 'coverage_grant', confidence: 0.35, reasons: [`no cue; inside cover area '${coverArea}'`] }
      : { ...base, type: 'admin', confidence: 0.3, reasons: ['no cue; outside any cover section'] };
  }

  let type: ClauseType = best;
  const why = [...(reasons.get(best) ?? [])];
  if (type === 'limit' && !MAIN_LIMIT.test(text) && (SUBLIMIT.test(text) || SUBLIMIT.test(clause.label ?? ''))) {
    type = 'sublimit';
    why.push('limit applies to part of the cover');
  }
  // Say which heading was overruled, so a reader sees why the text won.
  for (const [other, list] of reasons) {
    if (other === best) continue;
    const headingReason = list.find((r) => r.startsWith('heading '));
    if (headingReason) why.push(`overrides ${headingReason} (${other})`);
  }
  const confidence = round(Math.min(0.99, bestScore / (bestScore + second + 0.5)));
  return { ...base, type, confidence, reasons: why };
}

export function classifyClauses(layout: LayoutDocument, definitions: DefinitionsResult): ClassificationResult {
  const definitionClauseIds = new Set(definitions.terms.map((t) => t.clauseId));
  return { clauses: layout.clauses.map((clause) => classifyOne(clause, definitionClauseIds)) };
}
