/**
 * Gives a money amount its role (limit, excess, premium…), basis (per item, per claim…) and subject
 * (what it applies to), from the words around it, the row label and the clause type.
 */
import type { ClauseType } from '@policydiff/contracts';
import type { AmountBasis, AmountRole, MoneyAmount } from '../types.js';
import type { MoneyMatch } from './parse-money.js';
import { locateSubjects } from './vocabulary.js';

export interface AmountContext {
  clauseType: ClauseType;
  label?: string;
  coverArea: string | null;
}

const BASIS: readonly [RegExp, Exclude<AmountBasis, null>][] = [
  [/\b(any one|each|per|a single|one) (item|article|pair|set|piece)\b|\bsingle (item|article)\b|\bper item\b/i, 'per_item'],
  [/\b(each and every|any one|per|each|every) (claim|loss)\b/i, 'per_claim'],
  [/\b(any one|per|each|every|one) (event|occurrence|incident|accident|catastrophe)\b/i, 'per_event'],
  [/\b(per|each|any one|every) (insured )?(person|traveller|passenger|member|adult|child)\b|\bper head\b/i, 'per_person'],
  [/\b(per|each|a|every) (day|night|24 hours|full day)\b|\bdaily\b/i, 'per_day'],
  [/\b(per|each|any one|every|in any one) (period of insurance|year|annum|policy year|insurance period)\b|\bduring (the|any one) period of insurance\b/i, 'per_period'],
  [/\b(in (the )?aggregate|aggregate|in total|in all|altogether|overall)\b/i, 'aggregate'],
];

const BASIS_WORDS = /^(any one|each|per|a single|one|every|the|your|a|an)\b/i;
const STOP = /\b(in total|in all|in the aggregate|any one|each and every|per|during|under|after|before|unless|if|where|which|that|subject|and we|but|or any)\b/i;

function basisOf(after: string, before: string): AmountBasis {
  for (const [pattern, basis] of BASIS) if (pattern.test(after)) return basis;
  for (const [pattern, basis] of BASIS) if (pattern.test(before.slice(-40))) return basis;
  return null;
}

function roleOf(before: string, after: string, context: AmountContext, basis: AmountBasis): AmountRole {
  const label = context.label ?? '';
  const near = `${before.slice(-45)} ${after.slice(0, 30)}`;
  if (/\b(excess|deductible|co-?payment)\b/i.test(label) || /\b(excess|deductible)\b/i.test(near) || /\b(pay|bear|of|is) the first\s*$|^\s*the first\s*$/i.test(before)) {
    return 'excess';
  }
  if (/\b(tax|gst|vat|ipt|stamp duty|levy|cess)\b/i.test(label) || /\b(tax|gst|vat|ipt|stamp duty)\b/i.test(near)) return 'tax';
  if (/\bpremium\b/i.test(label) || /\bpremium\b/i.test(before.slice(-40))) return 'premium';
  if (/\bsum (insured|assured)\b|\binsured (amount|value)\b/i.test(label) || /\bsum (insured|assured)\b/i.test(before.slice(-50))) return 'sum_insured';
  const limitWords = /\b(up to|maximum|max\.?|limit(ed)?|not exceed(ing)?|no more than|most we will pay|in total|in all|in the aggregate|any one|benefit)\b/i;
  if (context.clauseType === 'sublimit') return 'sublimit';
  if (limitWords.test(label) || limitWords.test(near) || context.clauseType === 'limit') {
    if (basis === 'per_item' || (context.clauseType !== 'limit' && /^\s*for\s+(?!any one|each|every|the (policy|section|cover)\b)/i.test(after))) return 'sublimit';
    return 'limit';
  }
  if (context.clauseType === 'excess') return 'excess';
  return 'other';
}

function subjectOf(text: string, match: MoneyMatch, after: string, context: AmountContext): string | null {
  if (context.label) return context.label.replace(/\s+/g, ' ').trim();
  const forPhrase = /^\s*(?:in total\s+|in all\s+)?for\s+([^.;,:()]{2,60})/i.exec(after);
  if (forPhrase) {
    let phrase = forPhrase[1];
    const stop = STOP.exec(phrase);
    if (stop) phrase = phrase.slice(0, stop.index);
    phrase = phrase.replace(BASIS_WORDS, '').trim();
    if (phrase.length >= 3 && !/^(item|article|claim|event|person|loss|day)s?$/i.test(phrase)) return phrase;
  }
  // Otherwise the vocabulary subject nearest the amount within its sentence.
  const sentenceStart = Math.max(text.lastIndexOf('. ', match.start), text.lastIndexOf('; ', match.start)) + 1;
  const nextStop = text.slice(match.end).search(/[.;]\s/);
  const sentenceEnd = nextStop >= 0 ? match.end + nextStop : text.length;
  let best: { name: string; distance: number } | null = null;
  for (const s of locateSubjects(text)) {
    if (s.index < sentenceStart || s.index > sentenceEnd) continue;
    const distance = Math.abs(s.index - match.start);
    if (!best || distance < best.distance) best = { name: s.name, distance };
  }
  return best?.name ?? context.coverArea;
}

export function describeAmount(text: string, match: MoneyMatch, context: AmountContext): MoneyAmount {
  const before = text.slice(Math.max(0, match.start - 80), match.start);
  const after = text.slice(match.end, match.end + 80);
  const basis = basisOf(after.split(/[.;]\s/)[0], before);
  const role = roleOf(before, after, context, basis);
  return {
    value: match.value,
    currency: match.currency,
    raw: match.raw,
    role,
    basis,
    subject: subjectOf(text, match, after, context),
  };
}
