/**
 * The basis a cancelled policy's premium is refunded on, and which way a change of it cuts: no
 * refund gives the insured least, a short-period scale (a table of shares by time on cover, or
 * "as detailed below") more, a pro rata refund for the unexpired period most (DOMAIN.md §1:
 * table → pro rata is B [R6]; Care Supreme 2024, "refund proportionate premium for the
 * unexpired policy period").
 */
import type { Delta } from '@policydiff/contracts';
import { because } from './rules/because.js';
import { sentenceContaining } from './sentences.js';

export type RefundBasis = 'none' | 'short_period' | 'pro_rata';

const RANK: Record<RefundBasis, number> = { none: 0, short_period: 1, pro_rata: 2 };
const WORDS: Record<RefundBasis, string> = { none: 'no refund', short_period: 'a short-period scale', pro_rata: 'a pro rata refund' };

const REFUND = /\b(?:refund|return (?:of|the) (?:the )?premium|premium (?:will|shall) be (?:refunded|returned))/i;
const BASES: Array<{ basis: RefundBasis; pattern: RegExp }> = [
  { basis: 'pro_rata', pattern: /\b(?:pro[- ]?rata|proportionate(?:ly)?|in proportion to (?:the )?(?:unexpired|unused|remaining)|for the (?:unused|unexpired) (?:days|portion)\b)/i },
  { basis: 'short_period', pattern: /\bshort[- ]period(?: scales?| rates?| table)?\b|\bas (?:detailed|shown|set out|given) (?:below|in the table)\b|\b(?:refund|cancellation) (?:table|scale)\b|\baccording to the (?:table|scale)\b/i },
  { basis: 'none', pattern: /\bno (?:premium )?refund\b|\b(?:will|shall) not (?:be )?refund(?:ed)?\b|\bnon-?refundable\b/i },
];

/** The refund basis a text states for a cancelled policy, or null when it states none. */
export function refundBasis(text: string): RefundBasis | null {
  if (!REFUND.test(text)) return null;
  for (const { basis, pattern } of BASES) if (pattern.test(text)) return basis;
  return null;
}

export function refundBasisDelta(texts: { a: string; b: string }): Delta | null {
  const a = refundBasis(texts.a);
  const b = refundBasis(texts.b);
  if (a === null || b === null || a === b) return null;
  const direction = RANK[b] > RANK[a] ? 'broader' : 'narrower';
  return {
    type: 'numeric_change',
    direction,
    description: `The premium refunded on cancellation changes from ${WORDS[a]} to ${WORDS[b]}.`,
    from: WORDS[a],
    to: WORDS[b],
    evidence: { a_quote: sentenceContaining(texts.a, 'refund'), b_quote: sentenceContaining(texts.b, 'refund') },
    rule: 'figure.refund-basis',
    role: 'refund_share',
    polarity: null,
    why: because(`refund on cancellation moves from ${WORDS[a]} to ${WORDS[b]}`, direction),
  };
}
