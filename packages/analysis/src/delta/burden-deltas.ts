/**
 * burden_shift_change: obligations placed on the insured. A new duty is a new way to lose a
 * claim (narrower); a duty dropped is broader.
 */
import type { Delta } from '@policydiff/contracts';
import { phraseDifference } from './phrase-sets.js';
import { clip, sentenceContaining } from './sentences.js';
import { because } from './rules/because.js';

export function burdenDeltas(texts: { a: string; b: string }, obligationsA: string[], obligationsB: string[]): Delta[] {
  const difference = phraseDifference(obligationsA, obligationsB, 0.6);
  return [
    ...difference.added.map(
      (text): Delta => ({
        type: 'burden_shift_change',
        direction: 'narrower',
        description: `A new obligation on the insured: "${clip(text, 160)}".`,
        from: null,
        to: text,
        evidence: { a_quote: null, b_quote: sentenceContaining(texts.b, text) },
        rule: 'burden.insured-obligation',
        role: null,
        polarity: 'insured_duty',
        why: because('a new obligation on the insured', 'narrower'),
      }),
    ),
    ...difference.removed.map(
      (text): Delta => ({
        type: 'burden_shift_change',
        direction: 'broader',
        description: `The obligation "${clip(text, 160)}" is removed.`,
        from: text,
        to: null,
        evidence: { a_quote: sentenceContaining(texts.a, text), b_quote: null },
        rule: 'burden.insured-obligation',
        role: null,
        polarity: 'insured_duty',
        why: because('an obligation on the insured removed', 'broader'),
      }),
    ),
  ];
}
