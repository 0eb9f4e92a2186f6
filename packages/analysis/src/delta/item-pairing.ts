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

/**
 * `affinity` returns 0..1, or null when the two items cannot be the same thing. `candidates`, when
 * given, names the indexes of the B items that can pair with an A item at all (from an index), so
 * that large lists are not compared all against all; by default every B item is a candidate.
 */
export function pairItems<T>(
  itemsA: T[],
  itemsB: T[],
  affinity: (a: T, b: T) => number | null,
  minAffinity = 0.5,
  candidates?: (a: T) => Iterable<number>,
): PairedItems<T> {
  const edges: Array<{ a: number; b: number; weight: number }> = [];
  itemsA.forEach((a, i) => {
    for (const j of candidates ? candidates(a) : itemsB.keys()) {
      const w = affinity(a, itemsB[j]);
      if (w !== null && w >= minAffinity) edges.push({ a: i, b: j, weight: w });
    }
  });
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

/** The words labelAffinity compares ("Flood damage" → {flood, damage}). */
export function labelWords(label: string | null | undefined): Set<string> {
  return new Set((label ?? '').toLowerCase().trim().match(/[a-z0-9]+/g) ?? []);
}

/**
 * Similarity of two optional labels ("flood", "Flood damage"): 1 equal, word overlap, 0.5 when both
 * absent. Below 0.5 unless the labels are equal, both absent, or share a word. `words` may supply
 * labelWords of each label when the caller has them already.
 */
export function labelAffinity(
  a: string | null | undefined,
  b: string | null | undefined,
  words?: (label: string) => Set<string>,
): number {
  const na = (a ?? '').toLowerCase().trim();
  const nb = (b ?? '').toLowerCase().trim();
  if (!na && !nb) return 0.5;
  if (!na || !nb) return 0.3;
  if (na === nb) return 1;
  const wa = words ? words(na) : labelWords(na);
  const wb = words ? words(nb) : labelWords(nb);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  const union = wa.size + wb.size - shared;
  return union === 0 ? 0 : shared / union;
}
