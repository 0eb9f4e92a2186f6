/**
 * numeric_change and temporal_change: amounts, percentages and periods paired by what they are
 * (role, subject, basis and the sentence around them), never by their order in the clause.
 */
import type { Delta, Direction } from '@policydiff/contracts';
import { sameDuration } from '../dna/parse-periods.js';
import type { AmountRole, MoneyAmount, Percentage, Period } from '../types.js';
import { type Polarity, opposite } from './clause-polarity.js';
import { labelAffinity, pairItems } from './item-pairing.js';
import { sentenceContaining, wordOverlap } from './sentences.js';
import { directionOfSetChange, setWidening, thresholdSense } from './threshold-sense.js';
import { because, figureChange } from './rules/because.js';

interface TextPair {
  a: string;
  b: string;
}

const CAPACITY_ROLES: AmountRole[] = ['limit', 'sublimit', 'sum_insured'];

const ROLE_WORDS: Record<AmountRole, string> = {
  limit: 'limit',
  sublimit: 'sub-limit',
  excess: 'excess',
  premium: 'premium',
  sum_insured: 'sum insured',
  tax: 'tax',
  other: 'amount',
};

function withoutNumbers(sentence: string): string {
  return sentence.replace(/[£$€]?\s?\d[\d,.]*/g, ' ');
}

function contextAffinity(texts: TextPair, rawA: string, rawB: string): number {
  return wordOverlap(withoutNumbers(sentenceContaining(texts.a, rawA)), withoutNumbers(sentenceContaining(texts.b, rawB)));
}

function amountAffinity(texts: TextPair, a: MoneyAmount, b: MoneyAmount): number | null {
  let role: number;
  if (a.role === b.role) role = 1;
  else if (CAPACITY_ROLES.includes(a.role) && CAPACITY_ROLES.includes(b.role)) role = 0.6;
  else return null;
  const subject = labelAffinity(a.subject, b.subject);
  if (a.subject && b.subject && subject === 0) return null; // the flood limit is never the theft limit
  const basis = a.basis === b.basis ? 1 : a.basis === null || b.basis === null ? 0.6 : 0.2;
  return 0.35 * role + 0.35 * subject + 0.1 * basis + 0.2 * contextAffinity(texts, a.raw, b.raw);
}

function amountDirection(role: AmountRole, from: number, to: number): Direction {
  if (from === to) return 'neutral';
  const up = to > from;
  if (CAPACITY_ROLES.includes(role)) return up ? 'broader' : 'narrower';
  if (role === 'excess') return up ? 'narrower' : 'broader';
  if (role === 'premium' || role === 'tax') return 'neutral';
  return 'ambiguous';
}

function amountName(a: MoneyAmount): string {
  return a.subject ? `${a.subject} ${ROLE_WORDS[a.role]}` : ROLE_WORDS[a.role];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function amountDeltas(texts: TextPair, amountsA: MoneyAmount[], amountsB: MoneyAmount[]): Delta[] {
  const paired = pairItems(amountsA, amountsB, (a, b) => amountAffinity(texts, a, b));
  const deltas: Delta[] = [];
  for (const { a, b } of paired.pairs) {
    const currencyChanged = a.currency !== null && b.currency !== null && a.currency !== b.currency;
    if (a.value === b.value && !currencyChanged) continue;
    const direction = currencyChanged ? 'ambiguous' : amountDirection(b.role, a.value, b.value);
    const verb = b.value > a.value ? 'increased' : b.value < a.value ? 'reduced' : 'restated';
    deltas.push({
      type: 'numeric_change',
      direction,
      description: `${capitalise(`the ${amountName(b)}`)} is ${verb} from ${a.raw} to ${b.raw}.`,
      from: a.raw,
      to: b.raw,
      evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: sentenceContaining(texts.b, b.raw) },
      rule: currencyChanged ? 'figure.amount-currency' : 'figure.amount-by-role',
      role: b.role,
      polarity: null,
      why: because(currencyChanged ? `${amountName(b)} changes currency ${a.raw} → ${b.raw}` : `${amountName(b)} ${verb} ${a.raw} → ${b.raw}`, direction),
    });
  }
  for (const a of paired.onlyA) {
    const direction = removedAmountDirection(a.role);
    deltas.push({
      type: 'numeric_change',
      direction,
      description: `The ${a.raw} ${amountName(a)} no longer appears.`,
      from: a.raw,
      to: null,
      evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: null },
      rule: 'figure.amount-removed',
      role: a.role,
      polarity: null,
      why: because(`${amountName(a)} ${a.raw} removed`, direction),
    });
  }
  for (const b of paired.onlyB) {
    const direction = removedAmountDirection(b.role) === 'broader' ? 'narrower' : removedAmountDirection(b.role);
    deltas.push({
      type: 'numeric_change',
      direction,
      description: `A ${b.raw} ${amountName(b)} is introduced.`,
      from: null,
      to: b.raw,
      evidence: { a_quote: null, b_quote: sentenceContaining(texts.b, b.raw) },
      rule: 'figure.amount-introduced',
      role: b.role,
      polarity: null,
      why: because(`${amountName(b)} ${b.raw} introduced`, direction),
    });
  }
  return deltas;
}

/**
 * An amount that disappears: a removed excess or sub-limit helps the insured; a removed overall
 * limit may mean "unlimited" or "no longer covered", so it is ambiguous.
 */
function removedAmountDirection(role: AmountRole): Direction {
  if (role === 'excess' || role === 'sublimit') return 'broader';
  if (role === 'premium' || role === 'tax') return 'neutral';
  return 'ambiguous';
}

type PercentageRole = Percentage['role'];

function percentageDirection(role: PercentageRole, from: number, to: number): Direction {
  if (from === to) return 'neutral';
  const up = to > from;
  if (role === 'co_payment' || role === 'co_insurance' || role === 'excess') return up ? 'narrower' : 'broader';
  if (role === 'limit_share') return up ? 'broader' : 'narrower';
  if (role === 'tax') return 'neutral';
  return 'ambiguous';
}

const PERCENTAGE_WORDS: Record<PercentageRole, string> = {
  co_payment: 'co-payment',
  co_insurance: 'co-insurance share',
  limit_share: 'share of the limit',
  excess: 'percentage excess',
  tax: 'tax rate',
  other: 'percentage',
};

export function percentageDeltas(texts: TextPair, itemsA: Percentage[], itemsB: Percentage[]): Delta[] {
  const paired = pairItems(itemsA, itemsB, (a, b) => {
    const of = labelAffinity(a.of, b.of);
    // The same figure of the same thing ("less than 100% of the full replacement value of your
    // contents") is one figure even when the sentence around it reads its role differently.
    if (a.role !== b.role) return a.value === b.value && a.of && b.of && of === 1 ? 0.5 + 0.2 * contextAffinity(texts, a.raw, b.raw) : null;
    if (a.of && b.of && of === 0) return null;
    return 0.5 + 0.3 * of + 0.2 * contextAffinity(texts, a.raw, b.raw);
  });
  const deltas: Delta[] = [];
  const name = (p: Percentage): string => (p.of ? `${PERCENTAGE_WORDS[p.role]} of ${p.of}` : PERCENTAGE_WORDS[p.role]);
  for (const { a, b } of paired.pairs) {
    if (a.value === b.value) continue;
    const direction = percentageDirection(b.role, a.value, b.value);
    deltas.push({
      type: 'numeric_change',
      direction,
      description: `${capitalise(`the ${name(b)}`)} changes from ${a.raw} to ${b.raw}.`,
      from: a.raw,
      to: b.raw,
      evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: sentenceContaining(texts.b, b.raw) },
      rule: 'figure.percentage-by-role',
      role: b.role,
      polarity: null,
      why: because(`${name(b)} ${b.value > a.value ? 'raised' : 'lowered'} ${a.raw} → ${b.raw}`, direction),
    });
  }
  for (const a of paired.onlyA) {
    const direction = opposite(percentageDirection(a.role, 0, a.value));
    deltas.push({
      type: 'numeric_change',
      direction,
      description: `The ${a.raw} ${name(a)} no longer appears.`,
      from: a.raw,
      to: null,
      evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: null },
      rule: 'figure.percentage-removed',
      role: a.role,
      polarity: null,
      why: because(`${name(a)} ${a.raw} removed`, direction),
    });
  }
  for (const b of paired.onlyB) {
    const direction = percentageDirection(b.role, 0, b.value);
    deltas.push({
      type: 'numeric_change',
      direction,
      description: `A ${b.raw} ${name(b)} is introduced.`,
      from: null,
      to: b.raw,
      evidence: { a_quote: null, b_quote: sentenceContaining(texts.b, b.raw) },
      rule: 'figure.percentage-introduced',
      role: b.role,
      polarity: null,
      why: because(`${name(b)} ${b.raw} introduced`, direction),
    });
  }
  return deltas;
}

type PeriodRole = Period['role'];

const PERIOD_WORDS: Record<PeriodRole, string> = {
  waiting_period: 'waiting period',
  notice: 'notice period',
  age_limit: 'age limit',
  policy_period: 'period of cover',
  time_limit: 'time limit',
  other: 'period',
};

/**
 * Longer waiting periods delay cover (narrower); longer notice periods and time limits give the
 * insured more time (broader); age limits cut both ways.
 */
function periodDirection(role: PeriodRole, fromDays: number, toDays: number): Direction {
  if (fromDays === toDays) return 'neutral';
  const longer = toDays > fromDays;
  if (role === 'waiting_period') return longer ? 'narrower' : 'broader';
  if (role === 'notice' || role === 'time_limit' || role === 'policy_period') return longer ? 'broader' : 'narrower';
  return 'ambiguous';
}

/**
 * A period the wording bounds ("more than 6 hours", "within 30 days", "until the expiry of 9
 * months") moves cover by that bound's sense and the clause's polarity, whatever role the DNA gave
 * it; a stated waiting period keeps its own rule.
 */
function boundedPeriodDirection(texts: TextPair, a: Period, b: Period, polarity: Polarity | undefined): { direction: Direction; sense: string } | null {
  if (!polarity || b.role === 'waiting_period') return null;
  const sense = thresholdSense(texts.a, a.raw) ?? thresholdSense(texts.b, b.raw);
  if (!sense) return null;
  const direction = directionOfSetChange(setWidening(sense, a.days, b.days), polarity);
  return direction === 'ambiguous' ? null : { direction, sense };
}

export function periodDeltas(texts: TextPair, itemsA: Period[], itemsB: Period[], polarity?: Polarity): Delta[] {
  const paired = pairItems(itemsA, itemsB, (a, b) =>
    a.role === b.role ? 0.6 + 0.4 * contextAffinity(texts, a.raw, b.raw) : null,
  );
  const deltas: Delta[] = [];
  for (const { a, b } of paired.pairs) {
    // "12 months" → "1 year" is the same period in another unit.
    if (sameDuration(a.days, b.days)) continue;
    const bounded = boundedPeriodDirection(texts, a, b, polarity);
    const direction = bounded?.direction ?? periodDirection(b.role, a.days, b.days);
    const moved = b.days > a.days ? 'lengthened' : 'shortened';
    deltas.push({
      type: 'temporal_change',
      direction,
      description: `${capitalise(`the ${PERIOD_WORDS[b.role]}`)} changes from ${a.raw} to ${b.raw}.`,
      from: a.raw,
      to: b.raw,
      evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: sentenceContaining(texts.b, b.raw) },
      rule: bounded ? 'figure.period-bound' : 'figure.period-by-role',
      role: b.role,
      polarity: bounded ? (polarity ?? null) : null,
      why: because(
        bounded
          ? `a ${bounded.sense} of a ${polarity} clause ${moved} ${a.raw} → ${b.raw}`
          : `${PERIOD_WORDS[b.role]} ${moved} ${a.raw} → ${b.raw}`,
        direction,
      ),
    });
  }
  for (const a of paired.onlyA) {
    const direction = a.role === 'waiting_period' ? 'broader' : 'ambiguous';
    deltas.push({
      type: 'temporal_change',
      direction,
      description: `The ${a.raw} ${PERIOD_WORDS[a.role]} no longer appears.`,
      from: a.raw,
      to: null,
      evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: null },
      rule: 'figure.period-removed',
      role: a.role,
      polarity: null,
      why: because(`${PERIOD_WORDS[a.role]} ${figureChange(a.raw, null)}`, direction),
    });
  }
  for (const b of paired.onlyB) {
    const direction = b.role === 'waiting_period' ? 'narrower' : 'ambiguous';
    deltas.push({
      type: 'temporal_change',
      direction,
      description: `A ${b.raw} ${PERIOD_WORDS[b.role]} is introduced.`,
      from: null,
      to: b.raw,
      evidence: { a_quote: null, b_quote: sentenceContaining(texts.b, b.raw) },
      rule: 'figure.period-introduced',
      role: b.role,
      polarity: null,
      why: because(`${PERIOD_WORDS[b.role]} ${figureChange(null, b.raw)}`, direction),
    });
  }
  return deltas;
}
