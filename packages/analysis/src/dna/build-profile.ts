/**
 * The policy at a glance: covers with their limits and excesses, exclusions, conditions, territory,
 * period and the key figures a reader compares first (sums insured, limits, excesses, premium, tax).
 */
import type { ClauseClassification, ClauseDna, LayoutClause, LayoutDocument, MoneyAmount, PolicyProfile } from '../types.js';
import { normaliseText } from '../definitions/normalise-text.js';

const SUMMARY_CHARS = 200;

const TERRITORIES: readonly [string, RegExp][] = [
  ['Worldwide excluding USA and Canada', /\bworldwide,? (excluding|except|but not) (the )?(usa|united states|north america)/i],
  ['Worldwide', /\b(worldwide|world-wide|anywhere in the world)\b/i],
  ['Europe', /\beurope\b/i],
  ['British Isles', /\bbritish isles\b/i],
  ['United Kingdom', /\b(united kingdom|the uk|great britain)\b/i],
  ['India', /\bindia\b/i],
  ['Singapore', /\bsingapore\b/i],
  ['Australia', /\baustralia\b/i],
  ['New Zealand', /\bnew zealand\b/i],
  ['Asia', /\basia\b/i],
];
const TERRITORY_CONTEXT = /\b(territor(y|ial)|geographical (limits?|area|scope)|area of (cover|travel)|where (you are|are you) (covered|insured)|region|travel area|within the)\b/i;
const PERIOD_LABEL = /\b(period of (insurance|cover)|policy period|insurance period|policy term|term of (the )?policy)\b/i;

const ROLE_CATEGORY: Record<MoneyAmount['role'], PolicyProfile['keyFigures'][number]['category']> = {
  limit: 'limit',
  sublimit: 'sublimit',
  excess: 'excess',
  premium: 'premium',
  sum_insured: 'sum_insured',
  tax: 'tax',
  other: 'other',
};

export function firstSentence(text: string): string {
  const t = normaliseText(text);
  const m = /^(.+?[.!?])(?:\s+[A-Z(]|$)/.exec(t);
  const sentence = (m ? m[1] : t).trim();
  return sentence.length > SUMMARY_CHARS ? `${sentence.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : sentence;
}

function territoryOf(clauses: readonly LayoutClause[]): string | null {
  for (const clause of clauses) {
    const label = clause.label ?? '';
    const context = `${label} ${clause.headingPath.join(' ')} ${clause.text}`;
    if (!TERRITORY_CONTEXT.test(context)) continue;
    const text = clause.value ?? clause.text;
    for (const [name, pattern] of TERRITORIES) if (pattern.test(text)) return name;
  }
  return null;
}

function periodOf(clauses: readonly LayoutClause[], dna: readonly ClauseDna[]): string | null {
  for (const clause of clauses) if (clause.kind === 'table_row' && clause.label && PERIOD_LABEL.test(clause.label) && clause.value) return normaliseText(clause.value);
  for (let i = 0; i < clauses.length; i++) {
    const found = dna[i].periods.find((p) => p.role === 'policy_period' && PERIOD_LABEL.test(clauses[i].text));
    if (found) return found.raw;
  }
  return null;
}

function labelFor(clause: LayoutClause, area: string | null, amount: MoneyAmount): string {
  if (clause.kind === 'table_row' && clause.label) return normaliseText(clause.label);
  const parts: string[] = [];
  if (area) parts.push(area);
  if (amount.subject && amount.subject.toLowerCase() !== area?.toLowerCase()) parts.push(amount.subject);
  parts.push(amount.role.replace('_', ' '));
  const label = parts.join(' – ');
  return amount.basis ? `${label} (${amount.basis.replace('_', ' ')})` : label;
}

export function buildProfile(layout: LayoutDocument, classifications: readonly ClauseClassification[], dna: readonly ClauseDna[]): PolicyProfile {
  const covers = new Map<string, PolicyProfile['covers'][number]>();
  const exclusions: PolicyProfile['exclusions'] = [];
  const conditions: PolicyProfile['conditions'] = [];
  const keyFigures: PolicyProfile['keyFigures'] = [];
  const seenFigures = new Set<string>();

  layout.clauses.forEach((clause, i) => {
    const cls = classifications[i];
    const clauseDna = dna[i];
    if (cls.type === 'heading') return;
    if (cls.coverArea) {
      let cover = covers.get(cls.coverArea);
      if (!cover) {
        cover = { area: cls.coverArea, clauseIds: [], limits: [], excesses: [] };
        covers.set(cls.coverArea, cover);
      }
      cover.clauseIds.push(clause.id);
      for (const amount of clauseDna.amounts) {
        if (amount.role === 'excess') cover.excesses.push(amount);
        else if (amount.role === 'limit' || amount.role === 'sublimit' || amount.role === 'sum_insured') cover.limits.push(amount);
      }
    }
    if (cls.type === 'exclusion') exclusions.push({ clauseId: clause.id, summary: firstSentence(clause.text) });
    if (cls.type === 'condition' || cls.type === 'warranty') conditions.push({ clauseId: clause.id, summary: firstSentence(clause.text) });

    const isRow = clause.kind === 'table_row';
    for (const amount of clauseDna.amounts) {
      if (!isRow && amount.role === 'other') continue;
      const label = labelFor(clause, cls.coverArea, amount);
      const key = `${label}\u0000${amount.value}`;
      if (seenFigures.has(key)) continue;
      seenFigures.add(key);
      keyFigures.push({ label, category: ROLE_CATEGORY[amount.role], value: amount.value, currency: amount.currency, text: amount.raw, page: clause.pageStart, clauseId: clause.id });
    }
    for (const pct of clauseDna.percentages) {
      if (pct.role === 'other' && !isRow) continue;
      const label = isRow && clause.label ? normaliseText(clause.label) : [cls.coverArea, pct.role.replace('_', '-')].filter(Boolean).join(' – ');
      const key = `${label}\u0000${pct.value}%`;
      if (seenFigures.has(key)) continue;
      seenFigures.add(key);
      keyFigures.push({ label, category: 'percentage', value: pct.value, currency: null, text: pct.raw, page: clause.pageStart, clauseId: clause.id });
    }
    for (const period of clauseDna.periods) {
      if (period.role !== 'waiting_period') continue;
      const about = clauseDna.perils[0] ?? cls.coverArea;
      const label = about ? `waiting period – ${about}` : 'waiting period';
      const key = `${label}\u0000${period.days}d`;
      if (seenFigures.has(key)) continue;
      seenFigures.add(key);
      keyFigures.push({ label, category: 'period', value: period.days, currency: null, text: period.raw, page: clause.pageStart, clauseId: clause.id });
    }
  });

  return {
    title: layout.title,
    covers: [...covers.values()],
    exclusions,
    conditions,
    territory: territoryOf(layout.clauses),
    period: periodOf(layout.clauses, dna),
    keyFigures,
  };
}
