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
  ['Australia', /\baustralian?\b/i],
  ['New Zealand', /\bnew zealand\b/i],
  ['Asia', /\basia\b/i],
];
/** A heading or row label that announces where cover applies: the strongest witness. */
const TERRITORY_TITLE = /\b(territor(y|ies|ial (limits?|scope))|geographical (limits?|limitations?|area|scope)|area of (cover|travel)|where (you are|are you) (covered|insured)|travel area)\b/i;
/** Wording about where cover applies. */
const TERRITORY_WORDING = /\b(territorial (limits?|scope)|geographical (limits?|limitations?|area|scope)|area of (cover|travel)|where (you are|are you) (covered|insured)|travel area)\b/i;
/** Weaker hints: a place named after "within the", "anywhere in the world", a region. */
const TERRITORY_HINT = /\b(territor(y|ial)|region|within the|anywhere in the world)\b/i;
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

/**
 * Where the policy covers: the place named under a "Territorial limits" / "Geographical
 * limitation" heading or row, else in wording about territorial limits, else after a weaker hint;
 * the first such clause in reading order wins within each level.
 */
function territoryOf(clauses: readonly LayoutClause[]): string | null {
  let best: { name: string; strength: number } | null = null;
  for (const clause of clauses) {
    const title = `${clause.label ?? ''} ${clause.headingPath.join(' ')}`;
    const strength = TERRITORY_TITLE.test(title) ? 3 : TERRITORY_WORDING.test(clause.text) ? 2 : TERRITORY_HINT.test(`${title} ${clause.text}`) ? 1 : 0;
    if (strength === 0 || (best && best.strength >= strength)) continue;
    const text = clause.value ?? clause.text;
    const found = TERRITORIES.find(([, pattern]) => pattern.test(text));
    if (found) best = { name: found[0], strength };
    if (best?.strength === 3) break;
  }
  return best?.name ?? null;
}

function periodOf(clauses: readonly LayoutClause[], dna: readonly ClauseDna[]): string | null {
  for (const clause of clauses) if (clause.kind === 'table_row' && clause.label && PERIOD_LABEL.test(clause.label) && clause.value) return normaliseText(clause.value);
  for (let i = 0; i < clauses.length; i++) {
    const found = dna[i].periods.find((p) => p.role === 'policy_period' && PERIOD_LABEL.test(clauses[i].text));
    if (found) return found.raw;
  }
  return null;
}

/** A schedule line that names no role is a limit, unless its label says it is a charge or a reference. */
const ROW_NOT_LIMIT = /\b(?:premium|tax|levy|gst|vat|ipt|stamp duty|fee|charge|cost of|number|no\.|reference)\b/i;

function categoryOf(amount: MoneyAmount, rowLabel: string | null): PolicyProfile['keyFigures'][number]['category'] {
  if (amount.role === 'other' && rowLabel !== null && !ROW_NOT_LIMIT.test(rowLabel)) return 'limit';
  return ROLE_CATEGORY[amount.role];
}

/** A subject longer than this is a stretch of sentence ("any award of damages made in your…"), not a name. */
const MAX_SUBJECT_WORDS = 5;

/**
 * What a figure is: a schedule line's own label; otherwise its cover area, what it applies to
 * when that has a short name, its role and its basis ("Contents – valuables – sublimit (per item)").
 */
function labelFor(rowLabel: string | null, area: string | null, amount: MoneyAmount): string {
  if (rowLabel !== null) return rowLabel;
  const parts: string[] = [];
  if (area) parts.push(area);
  const subject = amount.subject?.trim() ?? '';
  const named = subject.length > 0 && subject.split(/\s+/).length <= MAX_SUBJECT_WORDS;
  if (named && !area?.toLowerCase().includes(subject.toLowerCase())) parts.push(subject);
  parts.push(amount.role.replace('_', ' '));
  const label = parts.join(' – ');
  return amount.basis ? `${label} (${amount.basis.replace('_', ' ')})` : label;
}

/**
 * `rowLabels` names the schedule lines (schedule-rows.ts); by default a table row's own label.
 */
export function buildProfile(
  layout: LayoutDocument,
  classifications: readonly ClauseClassification[],
  dna: readonly ClauseDna[],
  rowLabels: readonly (string | null)[] = layout.clauses.map((c) => (c.kind === 'table_row' && c.label ? normaliseText(c.label) : null)),
): PolicyProfile {
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

    const rowLabel = rowLabels[i] ?? null;
    const isRow = rowLabel !== null;
    for (const amount of clauseDna.amounts) {
      if (!isRow && amount.role === 'other') continue;
      const label = labelFor(rowLabel, cls.coverArea, amount);
      const key = `${label}\u0000${amount.value}`;
      if (seenFigures.has(key)) continue;
      seenFigures.add(key);
      keyFigures.push({ label, category: categoryOf(amount, rowLabel), value: amount.value, currency: amount.currency, text: amount.raw, page: clause.pageStart, clauseId: clause.id });
    }
    // A schedule line that states a period ("Indemnity period: 12 months") is a key figure in days,
    // so months and years compare with days (a month counts 30 days).
    if (isRow && clauseDna.amounts.length === 0 && clauseDna.percentages.length === 0 && clauseDna.periods.length === 1) {
      const period = clauseDna.periods[0];
      const key = `${rowLabel}\u0000${period.days}d`;
      if (!seenFigures.has(key)) {
        seenFigures.add(key);
        keyFigures.push({ label: rowLabel, category: 'period', value: period.days, currency: null, text: period.raw, page: clause.pageStart, clauseId: clause.id });
      }
    }
    for (const pct of clauseDna.percentages) {
      if (pct.role === 'other' && !isRow) continue;
      const label = isRow ? rowLabel : [cls.coverArea, pct.role.replace('_', '-')].filter(Boolean).join(' – ');
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
