/**
 * Pairs extracted facts (amounts, percentages, periods) of the two sides by what they are, not
 * where they are: each possible pair gets an affinity from its key (role, subject, basis) and
 * the sentence around it, and a globally optimal assignment picks the pairing.
 */
import { maximumWeightAssignment } from '../alignment/min-cost-assignment.js';

export interface PairedItems<T> {
  pairs: Array<{ a: T; b: T }>;
  onlyA: T[];
  onlyB: T[];
}

/** `affinity` returns 0..1, or null when the two items cannot be the same thing. */
export function pairItems<T>(
  itemsA: T[],
  itemsB: T[],
  affinity: (a: T, b: T) => number | null,
  minAffinity = 0.5,
): PairedItems<T> {
  const edges: Array<{ a: number; b: number; weight: number }> = [];
  itemsA.forEach((a, i) =>
    itemsB.forEach((b, j) => {
      const w = affinity(a, b);
      if (w !== null && w >= minAffinity) edges.push({ a: i, b: j, weight: w });
    }),
  );
  const assignment = maximumWeightAssignment(itemsA.length, itemsB.length, edges);
  const usedB = new Set<number>();
  const pairs: Array<{ a: T; b: T }> = [];
  const onlyA: T[] = [];
  assignment.forEach((j, i) => {
    if (j < 0) onlyA.push(itemsA[i]);
    else {
      usedB.add(j);
      pairs.push({ a: itemsA[i], b: itemsB[j] });
    }
  });
  return { pairs, onlyA, onlyB: itemsB.filter((_, j) => !usedB.has(j)) };
}

/** Similarity of two optional labels ("flood", "Flood damage"): 1 equal, word overlap, 0.5 when both absent. */
export function labelAffinity(a: string | null | undefined, b: string | null | undefined): number {
  const na = (a ?? '').toLowerCase().trim();
  const nb = (b ?? '').toLowerCase().trim();
  if (!na && !nb) return 0.5;
  if (!na || !nb) return 0.3;
  if (na === nb) return 1;
  const wa = new Set(na.match(/[a-z0-9]+/g) ?? []);
  const wb = new Set(nb.match(/[a-z0-9]+/g) ?? []);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  const union = wa.size + wb.size - shared;
  return union === 0 ? 0 : shared / union;
}
