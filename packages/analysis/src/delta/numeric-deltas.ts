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
import { type RoleReading, figureStretch, readFigureRole } from './facts/figure-role-reader.js';
import type { FigureRoleRow } from './tables/figure-roles.js';

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

/** A figure the wording leaves to the schedule. */
const SCHEDULE_FIGURE = /\b(?:shown|specified|stated|set out|given|mentioned)\s+(?:in|on)\s+(?:your|the)\s+(?:policy\s+)?(?:schedule|certificate(?: of insurance)?)\b|\b(?:the|your)\s+(?:policy\s+)?schedule\s+(?:shows|states)\b/i;

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
      // A limit on a named thing ("for cataract surgery", "for valuables") is an inner limit
      // within the cover's sum insured (DOMAIN.md §1 sub-limit); it moves the same way.
      role: b.role === 'limit' && b.subject ? 'sublimit' : b.role,
      polarity: null,
      why: because(currencyChanged ? `${amountName(b)} changes currency ${a.raw} → ${b.raw}` : `${amountName(b)} ${verb} ${a.raw} → ${b.raw}`, direction),
    });
  }
  // A figure replaced by "the amount shown in your schedule" is opaque: which is more depends
  // on the schedule (DOMAIN.md §1: fixed ↔ schedule is A [C:S1-24]).
  const toSchedule = SCHEDULE_FIGURE.test(texts.b) && !SCHEDULE_FIGURE.test(texts.a);
  const fromSchedule = SCHEDULE_FIGURE.test(texts.a) && !SCHEDULE_FIGURE.test(texts.b);
  for (const a of paired.onlyA) {
    if (toSchedule) {
      deltas.push({
        type: 'numeric_change',
        direction: 'ambiguous',
        description: `The ${a.raw} ${amountName(a)} is replaced by the amount shown in the schedule.`,
        from: a.raw,
        to: 'the schedule',
        evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: sentenceContaining(texts.b, 'schedule') },
        rule: 'figure.to-schedule',
        role: a.role,
        polarity: null,
        why: because(`${amountName(a)} ${a.raw} becomes whatever the schedule shows`, 'ambiguous'),
      });
      continue;
    }
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
    if (fromSchedule) {
      deltas.push({
        type: 'numeric_change',
        direction: 'ambiguous',
        description: `The amount shown in the schedule is replaced by a ${b.raw} ${amountName(b)}.`,
        from: 'the schedule',
        to: b.raw,
        evidence: { a_quote: sentenceContaining(texts.a, 'schedule'), b_quote: sentenceContaining(texts.b, b.raw) },
        rule: 'figure.to-schedule',
        role: b.role,
        polarity: null,
        why: because(`whatever the schedule showed becomes ${amountName(b)} ${b.raw}`, 'ambiguous'),
      });
      continue;
    }
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

/** A percentage's role as the figure-role table reads it in its own words, or null when no cue names one. */
function percentageRole(text: string, p: Percentage): FigureRoleRow | null {
  const at = text.toLowerCase().indexOf(p.raw.toLowerCase());
  if (at < 0) return null;
  const reading = readFigureRole('percentage', figureStretch(text, p.raw, at), null);
  return reading?.cue ? reading.row : null;
}

/**
 * Whether a share dropped from one side leaves the whole on the other: "refund 50% of the
 * installment premium" → "refund the installment premium" is 50% → 100%, not a share removed.
 */
function leftWhole(p: Percentage, otherText: string): boolean {
  if (!p.of) return false;
  const words = p.of.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  if (words.length < 2) return false;
  const other = otherText.toLowerCase();
  return other.includes(words.slice(0, 3).join(' ')) && !other.includes(p.raw.toLowerCase());
}

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
  /** Direction of a share moving from `from` to `to` percent: by the table's role when a cue names it. */
  const moved = (row: FigureRoleRow | null, role: PercentageRole, from: number, to: number): Direction =>
    row ? (to > from ? row.up : to < from ? row.down : 'neutral') : percentageDirection(role, from, to);
  for (const { a, b } of paired.pairs) {
    if (a.value === b.value) continue;
    const row = percentageRole(texts.b, b) ?? percentageRole(texts.a, a);
    const direction = moved(row, b.role, a.value, b.value);
    const label = row ? row.label : name(b);
    deltas.push({
      type: 'numeric_change',
      direction,
      description: `${capitalise(`the ${row ? `${row.label}${b.of ? ` of ${b.of}` : ''}` : name(b)}`)} changes from ${a.raw} to ${b.raw}.`,
      from: a.raw,
      to: b.raw,
      evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: sentenceContaining(texts.b, b.raw) },
      rule: row ? 'figure.percentage-role' : 'figure.percentage-by-role',
      role: row ? row.role : b.role,
      polarity: null,
      why: because(`${label} ${b.value > a.value ? 'raised' : 'lowered'} ${a.raw} → ${b.raw}`, direction),
    });
  }
  for (const a of paired.onlyA) {
    const row = percentageRole(texts.a, a);
    if (leftWhole(a, texts.b)) {
      const direction = moved(row, a.role, a.value, 100);
      deltas.push({
        type: 'numeric_change',
        direction,
        description: `${capitalise(`the ${row?.label ?? name(a)}`)} changes from ${a.raw} to the whole ${a.of}.`,
        from: a.raw,
        to: a.of,
        evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: sentenceContaining(texts.b, a.of!) },
        rule: 'figure.percentage-to-whole',
        role: row?.role ?? a.role,
        polarity: null,
        why: because(`${row?.label ?? name(a)} ${a.raw} becomes the whole ${a.of}`, direction),
      });
      continue;
    }
    const direction = row ? row.removed : opposite(percentageDirection(a.role, 0, a.value));
    deltas.push({
      type: 'numeric_change',
      direction,
      description: `The ${a.raw} ${row?.label ?? name(a)} no longer appears.`,
      from: a.raw,
      to: null,
      evidence: { a_quote: sentenceContaining(texts.a, a.raw), b_quote: null },
      rule: row ? 'figure.percentage-role' : 'figure.percentage-removed',
      role: row?.role ?? a.role,
      polarity: null,
      why: because(`${row?.label ?? name(a)} ${a.raw} removed`, direction),
    });
  }
  for (const b of paired.onlyB) {
    const row = percentageRole(texts.b, b);
    if (leftWhole(b, texts.a)) {
      const direction = moved(row, b.role, 100, b.value);
      deltas.push({
        type: 'numeric_change',
        direction,
        description: `${capitalise(`the ${row?.label ?? name(b)}`)} changes from the whole ${b.of} to ${b.raw}.`,
        from: b.of,
        to: b.raw,
        evidence: { a_quote: sentenceContaining(texts.a, b.of!), b_quote: sentenceContaining(texts.b, b.raw) },
        rule: 'figure.percentage-to-whole',
        role: row?.role ?? b.role,
        polarity: null,
        why: because(`the whole ${b.of} becomes ${row?.label ?? name(b)} ${b.raw}`, direction),
      });
      continue;
    }
    const direction = row ? row.introduced : percentageDirection(b.role, 0, b.value);
    deltas.push({
      type: 'numeric_change',
      direction,
      description: `A ${b.raw} ${row?.label ?? name(b)} is introduced.`,
      from: null,
      to: b.raw,
      evidence: { a_quote: null, b_quote: sentenceContaining(texts.b, b.raw) },
      rule: row ? 'figure.percentage-role' : 'figure.percentage-introduced',
      role: row?.role ?? b.role,
      polarity: null,
      why: because(`${row?.label ?? name(b)} ${b.raw} introduced`, direction),
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

/** A period with the role the figure-role table reads in its own words (null when no cue names one). */
interface ReadPeriod {
  period: Period;
  /** Where it is written in its side's text. */
  at: number;
  reading: RoleReading | null;
}

/** Where each item is written: its raw text's occurrences, in order. */
function positionsOf<T extends { raw: string }>(text: string, items: T[]): number[] {
  const lower = text.toLowerCase();
  const next = new Map<string, number>();
  return items.map((item) => {
    const raw = item.raw.toLowerCase();
    const at = lower.indexOf(raw, next.get(raw) ?? 0);
    next.set(raw, at < 0 ? 0 : at + raw.length);
    return at;
  });
}

function readPeriods(text: string, periods: Period[]): ReadPeriod[] {
  const positions = positionsOf(text, periods);
  const spans = periods.map((p, k) => ({ at: positions[k], length: p.raw.length })).filter((s) => s.at >= 0);
  return periods.map((period, k) => {
    const at = positions[k];
    if (at < 0) return { period, at, reading: null };
    const reading = readFigureRole('period', figureStretch(text, period.raw, at, spans.filter((s) => s.at !== at)), null);
    return { period, at, reading };
  });
}

/** An age bound's direction: a floor on entry gains the insurer as it rises, a ceiling the insured (DOMAIN.md §1). */
function ageDirection(text: string, p: ReadPeriod, from: number | null, to: number | null): Direction {
  // "A child from 14 days old": an age from which one may be covered is a floor.
  const sense = thresholdSense(text, p.period.raw, p.at) ?? (/\bfrom\s*$/i.test(text.slice(0, p.at)) ? 'floor' : null);
  if (!sense) return 'ambiguous';
  const rise = from !== null && to !== null ? (to > from ? 'up' : 'down') : to !== null ? 'introduced' : 'removed';
  const minimum = sense === 'floor';
  const table: Record<typeof rise, Direction> = minimum
    ? { up: 'narrower', down: 'broader', removed: 'broader', introduced: 'narrower' }
    : { up: 'broader', down: 'narrower', removed: 'broader', introduced: 'narrower' };
  return table[rise];
}

/** Direction of a period whose role the table read, moving from `from` to `to` days (null: absent). */
function roleDirection(row: FigureRoleRow, from: number | null, to: number | null): Direction {
  if (from !== null && to !== null) return to > from ? row.up : to < from ? row.down : 'neutral';
  return to !== null ? row.introduced : row.removed;
}

function roleKey(p: ReadPeriod): string {
  return p.reading?.cue ? `table:${p.reading.row.role}` : `dna:${p.period.role}`;
}

export function periodDeltas(texts: TextPair, itemsA: Period[], itemsB: Period[], polarity?: Polarity): Delta[] {
  const readA = readPeriods(texts.a, itemsA);
  const readB = readPeriods(texts.b, itemsB);
  const paired = pairItems(readA, readB, (a, b) =>
    roleKey(a) === roleKey(b) ? 0.6 + 0.4 * contextAffinity(texts, a.period.raw, b.period.raw) : null,
  );
  const deltas: Delta[] = [];
  const byRole = (p: ReadPeriod): FigureRoleRow | null => (p.reading?.cue ? p.reading.row : null);
  const roleChange = (a: ReadPeriod | null, b: ReadPeriod | null): Delta => {
    const row = byRole(b ?? a!)!;
    const from = a?.period.days ?? null;
    const to = b?.period.days ?? null;
    const direction = row.role === 'age_limit' ? ageDirection(b ? texts.b : texts.a, (b ?? a)!, from, to) : roleDirection(row, from, to);
    const moved = from !== null && to !== null ? (to > from ? 'lengthened' : 'shortened') : to !== null ? 'introduced' : 'removed';
    const change = figureChange(a?.period.raw ?? null, b?.period.raw ?? null);
    return {
      type: 'temporal_change',
      direction,
      description:
        a && b
          ? `${capitalise(`the ${row.label}`)} changes from ${a.period.raw} to ${b.period.raw}.`
          : a
            ? `The ${a.period.raw} ${row.label} no longer appears.`
            : `A ${b!.period.raw} ${row.label} is introduced.`,
      from: a?.period.raw ?? null,
      to: b?.period.raw ?? null,
      evidence: { a_quote: a ? sentenceContaining(texts.a, a.period.raw) : null, b_quote: b ? sentenceContaining(texts.b, b.period.raw) : null },
      rule: 'figure.period-role',
      role: row.role,
      polarity: null,
      why: because(`${row.label} ${moved}${a && b ? ` ${change}` : ` (${change})`}`, direction),
    };
  };
  for (const { a, b } of paired.pairs) {
    // "12 months" → "1 year" is the same period in another unit.
    if (sameDuration(a.period.days, b.period.days)) continue;
    if (byRole(b)) {
      deltas.push(roleChange(a, b));
      continue;
    }
    const bounded = boundedPeriodDirection(texts, a.period, b.period, polarity);
    const direction = bounded?.direction ?? periodDirection(b.period.role, a.period.days, b.period.days);
    const moved = b.period.days > a.period.days ? 'lengthened' : 'shortened';
    deltas.push({
      type: 'temporal_change',
      direction,
      description: `${capitalise(`the ${PERIOD_WORDS[b.period.role]}`)} changes from ${a.period.raw} to ${b.period.raw}.`,
      from: a.period.raw,
      to: b.period.raw,
      evidence: { a_quote: sentenceContaining(texts.a, a.period.raw), b_quote: sentenceContaining(texts.b, b.period.raw) },
      rule: bounded ? 'figure.period-bound' : 'figure.period-by-role',
      role: b.period.role,
      polarity: bounded ? (polarity ?? null) : null,
      why: because(
        bounded
          ? `a ${bounded.sense} of a ${polarity} clause ${moved} ${a.period.raw} → ${b.period.raw}`
          : `${PERIOD_WORDS[b.period.role]} ${moved} ${a.period.raw} → ${b.period.raw}`,
        direction,
      ),
    });
  }
  // A period only one side has, of a role the other side states too: the same figure written
  // once more ("30 days" → "fifteen days where monthly and thirty days in all other cases") or a
  // second value of it. It is compared with the other side's, not reported as new or gone.
  const sameRole = (p: ReadPeriod, others: ReadPeriod[]): ReadPeriod | undefined => (byRole(p) ? others.find((o) => roleKey(o) === roleKey(p)) : undefined);
  for (const a of paired.onlyA) {
    const counterpart = sameRole(a, readB);
    if (counterpart) {
      if (!sameDuration(a.period.days, counterpart.period.days)) deltas.push(roleChange(a, counterpart));
      continue;
    }
    if (byRole(a)) {
      deltas.push(roleChange(a, null));
      continue;
    }
    const direction = a.period.role === 'waiting_period' ? 'broader' : 'ambiguous';
    deltas.push({
      type: 'temporal_change',
      direction,
      description: `The ${a.period.raw} ${PERIOD_WORDS[a.period.role]} no longer appears.`,
      from: a.period.raw,
      to: null,
      evidence: { a_quote: sentenceContaining(texts.a, a.period.raw), b_quote: null },
      rule: 'figure.period-removed',
      role: a.period.role,
      polarity: null,
      why: because(`${PERIOD_WORDS[a.period.role]} ${figureChange(a.period.raw, null)}`, direction),
    });
  }
  for (const b of paired.onlyB) {
    const counterpart = sameRole(b, readA);
    if (counterpart) {
      if (!sameDuration(counterpart.period.days, b.period.days)) deltas.push(roleChange(counterpart, b));
      continue;
    }
    if (byRole(b)) {
      deltas.push(roleChange(null, b));
      continue;
    }
    const direction = b.period.role === 'waiting_period' ? 'narrower' : 'ambiguous';
    deltas.push({
      type: 'temporal_change',
      direction,
      description: `A ${b.period.raw} ${PERIOD_WORDS[b.period.role]} is introduced.`,
      from: null,
      to: b.period.raw,
      evidence: { a_quote: null, b_quote: sentenceContaining(texts.b, b.period.raw) },
      rule: 'figure.period-introduced',
      role: b.period.role,
      polarity: null,
      why: because(`${PERIOD_WORDS[b.period.role]} ${figureChange(null, b.period.raw)}`, direction),
    });
  }
  return deltas;
}
