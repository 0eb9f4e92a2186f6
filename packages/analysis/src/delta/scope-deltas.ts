/**
 * scope_change: perils and subjects that appear or disappear. Polarity decides the direction: a
 * peril added to a cover grant widens cover; added to an exclusion it narrows cover.
 */
import type { Delta } from '@policydiff/contracts';
import type { ClauseDna } from '../types.js';
import { type Polarity, directionOfWidening, opposite } from './clause-polarity.js';
import { phraseDifference } from './phrase-sets.js';
import { sentenceContaining } from './sentences.js';

function inWhat(polarity: Polarity): string {
  if (polarity === 'grant') return 'cover';
  if (polarity === 'restriction') return 'the exclusion';
  return 'the clause';
}

export function scopeDeltas(
  texts: { a: string; b: string },
  dnaA: ClauseDna,
  dnaB: ClauseDna,
  polarity: Polarity,
): Delta[] {
  const widening = directionOfWidening(polarity);
  const deltas: Delta[] = [];
  for (const [kind, a, b] of [
    ['peril', dnaA.perils, dnaB.perils],
    ['subject', dnaA.subjects, dnaB.subjects],
  ] as const) {
    const difference = phraseDifference(a, b);
    for (const item of difference.added) {
      deltas.push({
        type: 'scope_change',
        direction: widening,
        description: `${kind === 'peril' ? 'Peril' : 'Subject'} "${item}" is added to ${inWhat(polarity)}.`,
        from: null,
        to: item,
        evidence: { a_quote: null, b_quote: sentenceContaining(texts.b, item) },
      });
    }
    for (const item of difference.removed) {
      deltas.push({
        type: 'scope_change',
        direction: opposite(widening),
        description: `${kind === 'peril' ? 'Peril' : 'Subject'} "${item}" is no longer in ${inWhat(polarity)}.`,
        from: item,
        to: null,
        evidence: { a_quote: sentenceContaining(texts.a, item), b_quote: null },
      });
    }
  }
  return deltas;
}
