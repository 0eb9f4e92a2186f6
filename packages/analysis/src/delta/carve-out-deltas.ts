/**
 * carve_out_change: exceptions inside a clause ("unless…", "except…", "but we will pay…"). A
 * carve-out added to an exclusion gives cover back (broader); added to a grant it takes cover
 * away (narrower).
 */
import type { Delta } from '@policydiff/contracts';
import type { CarveOut } from '../types.js';
import { type Polarity, directionOfWidening, opposite } from './clause-polarity.js';
import { phraseDifference } from './phrase-sets.js';
import { exceptionEdits } from './scope-breadth.js';
import { clip, sentenceContaining } from './sentences.js';
import { because } from './rules/because.js';

/**
 * Exceptions are the DNA's carve-outs; when those do not move, the exceptions the word diff shows
 * appearing or disappearing ("…, but we do cover any resulting damage") are used instead.
 */
export function carveOutDeltas(
  texts: { a: string; b: string },
  carveOutsA: CarveOut[],
  carveOutsB: CarveOut[],
  polarity: Polarity,
): Delta[] {
  // A carve-out removes part of what the clause does, so it cuts against the clause's polarity.
  const added = opposite(directionOfWidening(polarity));
  let difference = phraseDifference(
    carveOutsA.map((c) => c.text),
    carveOutsB.map((c) => c.text),
    0.7,
  );
  if (difference.added.length === 0 && difference.removed.length === 0) difference = exceptionEdits(texts.a, texts.b);
  const deltas: Delta[] = [];
  for (const text of difference.added) {
    deltas.push({
      type: 'carve_out_change',
      direction: added,
      description: `A new exception is added: "${clip(text, 160)}".`,
      from: null,
      to: text,
      evidence: { a_quote: null, b_quote: sentenceContaining(texts.b, text) },
      rule: 'carve-out.exception',
      role: null,
      polarity,
      why: because(`an exception added to a ${polarity} clause`, added),
    });
  }
  for (const text of difference.removed) {
    deltas.push({
      type: 'carve_out_change',
      direction: opposite(added),
      description: `The exception "${clip(text, 160)}" is removed.`,
      from: text,
      to: null,
      evidence: { a_quote: sentenceContaining(texts.a, text), b_quote: null },
      rule: 'carve-out.exception',
      role: null,
      polarity,
      why: because(`an exception dropped from a ${polarity} clause`, opposite(added)),
    });
  }
  return deltas;
}
