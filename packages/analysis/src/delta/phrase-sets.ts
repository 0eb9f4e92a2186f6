/**
 * Set difference of short phrases (perils, subjects, obligations, carve-outs) that tolerates
 * rewording: two phrases are the same item when they fold to the same text or share most of
 * their words.
 */
import { normaliseForComparison } from '../alignment/text-normalise.js';
import { wordOverlap } from './sentences.js';

export interface PhraseDifference {
  added: string[];
  removed: string[];
}

export function phraseDifference(itemsA: string[], itemsB: string[], sameAbove = 0.6): PhraseDifference {
  const uniqueA = unique(itemsA);
  const uniqueB = unique(itemsB);
  const matchedB = new Set<number>();
  const removed: string[] = [];
  for (const a of uniqueA) {
    let best = -1;
    let bestScore = 0;
    uniqueB.forEach((b, j) => {
      if (matchedB.has(j)) return;
      const score = normaliseForComparison(a) === normaliseForComparison(b) ? 1 : wordOverlap(a, b);
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best >= 0 && bestScore >= sameAbove) matchedB.add(best);
    else removed.push(a);
  }
  return { added: uniqueB.filter((_, j) => !matchedB.has(j)), removed };
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const key = normaliseForComparison(item);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(item.trim());
  }
  return out;
}
