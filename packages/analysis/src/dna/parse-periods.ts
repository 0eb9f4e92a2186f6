/** Periods of time with their length in days and role: "30 days", "24 months waiting period", "aged 70 or over". */
import type { Period } from '../types.js';
import { NUMBER_WORD_ALTERNATION, NUMBER_WORDS } from '../text/number-words.js';


const DAYS_PER_UNIT: Record<Period['unit'], number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

const NUMBER = String.raw`(\d{1,4}|${NUMBER_WORD_ALTERNATION})`;
const DURATION = new RegExp(
  String.raw`\b${NUMBER}(?:\s*\((\d{1,4})\))?[\s-]*(?:consecutive\s+|calendar\s+|working\s+|business\s+|clear\s+|full\s+)?(hours?|hrs?|days?|weeks?|months?|years?)\b`,
  'gi',
);
const AGE = /\b(?:aged?\s+(?:over\s+|under\s+|between\s+)?(\d{1,3})|(\d{1,3})\s+years\s+(?:of\s+age|old))\b/gi;

/**
 * Whether two lengths in days are the same period written in other units: a month counts 30
 * days and a year 365, so "12 months" (360) and "1 year" (365), or "36 months" and "3 years",
 * differ by the calendar's rounding only.
 */
export function sameDuration(daysA: number, daysB: number): boolean {
  return Math.abs(daysA - daysB) <= 0.02 * Math.max(daysA, daysB);
}

/** The length in days of a number followed by a time unit ("36 months", "3 years"), or null. */
export function durationDays(value: number, unitWord: string): number | null {
  if (!/^(?:hours?|hrs?|days?|weeks?|months?|years?)$/i.test(unitWord)) return null;
  return value * DAYS_PER_UNIT[unitOf(unitWord)];
}

function unitOf(word: string): Period['unit'] {
  const w = word.toLowerCase();
  if (w.startsWith('h')) return 'hour';
  if (w.startsWith('d')) return 'day';
  if (w.startsWith('w')) return 'week';
  if (w.startsWith('m')) return 'month';
  return 'year';
}

function roleOf(before: string, after: string): Period['role'] {
  const around = `${before} ${after}`;
  if (/waiting period|\b(first|initial)\s*$|wait(ing)?\b/i.test(before) || /^[^.;]{0,20}waiting period/i.test(after)) return 'waiting_period';
  if (/\b(period of insurance|policy period|insurance period|period of cover|trip|journey|travel)\b/i.test(around) && !/\bwithin\b/i.test(before)) return 'policy_period';
  if (/\b(notice|notify|tell us|inform|report|let us know|contact us|written)\b/i.test(around)) return 'notice';
  if (/\b(within|no later than|not later than|before|after|more than|less than|at least|longer than|exceeding|up to)\s*$/i.test(before)) return 'time_limit';
  return 'other';
}

export function parsePeriods(text: string): Period[] {
  const out: { at: number; period: Period }[] = [];
  for (const m of text.matchAll(DURATION)) {
    const start = m.index ?? 0;
    const word = m[1].toLowerCase();
    // "twenty-eight (28) days": the digits the wording repeats are the figure.
    const value = m[2] ? Number(m[2]) : /^\d/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (!Number.isFinite(value) || value === 0) continue;
    const unit = unitOf(m[3]);
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(start + m[0].length, start + m[0].length + 40);
    // "aged 70 years" is an age, handled below.
    if (unit === 'year' && (/\baged?\s*$/i.test(before) || /^\s*(of age|old)\b/i.test(after))) continue;
    out.push({
      at: start,
      period: { value, unit, days: Math.round(value * DAYS_PER_UNIT[unit] * 1000) / 1000, raw: m[0].trim(), role: roleOf(before, after) },
    });
  }
  for (const m of text.matchAll(AGE)) {
    const value = Number(m[1] ?? m[2]);
    if (!Number.isFinite(value) || value > 120) continue;
    out.push({ at: m.index ?? 0, period: { value, unit: 'year', days: value * 365, raw: m[0].trim(), role: 'age_limit' } });
  }
  return out.sort((a, b) => a.at - b.at).map((p) => p.period);
}
