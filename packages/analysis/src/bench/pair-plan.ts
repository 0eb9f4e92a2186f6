/**
 * Which generated pairs the benchmark runs: a fixed, seeded mix so two runs with the same
 * `--pairs` and `--seed` score exactly the same documents. Products rotate so each gets a quarter;
 * one pair in twenty is a 50-page policy (layout across many pages, slower alignment); about a
 * quarter are two-column and a quarter hyphenated; 3–6 edits each, their kinds chosen by the
 * generator (which cycles through all kinds, so 200 pairs plant every kind dozens of times).
 */
import { createRandom, PRODUCT_KINDS, type PolicyPairOptions } from '@policydiff/testkit';

export type PlannedPair = Required<Pick<PolicyPairOptions, 'seed' | 'product' | 'pages' | 'twoColumn' | 'hyphenate'>> & { edits: number };

export function planPairs(count: number, seed: number): PlannedPair[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const draw = random.fork(`pair:${index}`);
    return {
      seed: seed * 10_000 + index,
      product: PRODUCT_KINDS[index % PRODUCT_KINDS.length],
      pages: index % 20 === 9 ? 50 : 10,
      twoColumn: draw.chance(0.25),
      hyphenate: draw.chance(0.25),
      edits: draw.int(3, 6),
    };
  });
}
