/**
 * Segment "Clause DNA Extraction": the measurable facts of each clause (amounts, percentages, periods,
 * perils, subjects, carve-outs, obligations, discretion, defined terms) and the policy profile.
 */
import type { ClassificationResult, ClauseDna, DefinitionsResult, DnaResult, LayoutDocument } from '../types.js';
import { normaliseText } from '../definitions/normalise-text.js';
import { buildProfile } from './build-profile.js';
import { describeAmount } from './describe-amount.js';
import { findCarveOuts, findDiscretion, findObligations } from './find-qualifiers.js';
import { parseMoney } from './parse-money.js';
import { parsePercentages } from './parse-percentages.js';
import { parsePeriods } from './parse-periods.js';
import { scheduleRowLabels } from './schedule-rows.js';
import { findPerils, findSubjects } from './vocabulary.js';

const DOLLAR_CODES: readonly [RegExp, string][] = [
  [/\bS\$|\bSGD\b/g, 'SGD'],
  [/\bA\$|\bAU\$|\bAUD\b/g, 'AUD'],
  [/\bUS\$|\bUSD\b/g, 'USD'],
  [/\bNZ\$|\bNZD\b/g, 'NZD'],
  [/\bHK\$|\bHKD\b/g, 'HKD'],
  [/\bC\$|\bCAD\b/g, 'CAD'],
];

/** The dollar a wording means by a bare "$": the explicit dollar code it uses most, if any. */
export function inferDollarCurrency(texts: readonly string[]): string | null {
  const joined = texts.join('\n');
  let best: string | null = null;
  let bestCount = 0;
  for (const [pattern, code] of DOLLAR_CODES) {
    const count = joined.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

export function extractDna(layout: LayoutDocument, definitions: DefinitionsResult, classification: ClassificationResult): DnaResult {
  const termsByClause = new Map<string, string[]>();
  for (const term of definitions.terms) {
    for (const id of term.usedIn) {
      const list = termsByClause.get(id);
      if (list) {
        if (!list.includes(term.term)) list.push(term.term);
      } else termsByClause.set(id, [term.term]);
    }
  }
  const classById = new Map(classification.clauses.map((c) => [c.clauseId, c]));
  const dollarCurrency = inferDollarCurrency(layout.clauses.map((c) => c.text));

  const classifications = layout.clauses.map(
    (c) => classById.get(c.id) ?? { clauseId: c.id, type: 'admin' as const, confidence: 0, reasons: ['not classified'], coverArea: null },
  );

  const rows = scheduleRowLabels(
    layout.clauses,
    classifications.map((c) => c.type),
  );

  const clauses: ClauseDna[] = layout.clauses.map((clause, i) => {
    const text = normaliseText(clause.text);
    const cls = classifications[i];
    const context = { clauseType: cls.type, label: rows.labels[i] ?? undefined, coverArea: cls.coverArea };
    const amounts = parseMoney(text, { dollarCurrency }).map((m) => describeAmount(text, m, context));
    return {
      clauseId: clause.id,
      amounts,
      percentages: parsePercentages(text),
      periods: parsePeriods(text),
      perils: findPerils(text),
      subjects: findSubjects(text),
      carveOuts: findCarveOuts(text),
      obligations: findObligations(text),
      discretion: findDiscretion(text),
      definedTerms: termsByClause.get(clause.id) ?? [],
    };
  });

  return { clauses, profile: buildProfile(layout, classifications, clauses, rows.labels) };
}
