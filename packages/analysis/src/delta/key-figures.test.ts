import { describe, expect, it } from 'vitest';
import type { PolicyProfile } from '../types.js';
import { compareKeyFigures } from './key-figures.js';
import { labelAffinity, pairItems } from './item-pairing.js';

type Figure = PolicyProfile['keyFigures'][number];

function figure(label: string, value: number, category: Figure['category'] = 'limit'): Figure {
  return { label, category, value, currency: 'SGD', text: `S$${value}`, page: 3, clauseId: 'c0001' };
}

describe('compareKeyFigures', () => {
  it('pairs two limits under one label like with like, so neither is reported as changed into the other', () => {
    const a = [figure('Medical Expenses – limit', 15000), figure('Medical Expenses – limit', 500)];
    const b = [figure('Medical Expenses – limit', 500), figure('Medical Expenses – limit', 15000)];
    const out = compareKeyFigures(a, b);
    expect(out.map((k) => [k.a?.value, k.b?.value, k.direction])).toEqual([
      [15000, 15000, 'neutral'],
      [500, 500, 'neutral'],
    ]);
  });

  it('pairs the changed one of several same-label figures with its counterpart by place', () => {
    const a = [figure('Baggage – sublimit', 500, 'sublimit'), figure('Baggage – sublimit', 1000, 'sublimit')];
    const b = [figure('Baggage – sublimit', 750, 'sublimit'), figure('Baggage – sublimit', 1000, 'sublimit')];
    const out = compareKeyFigures(a, b);
    expect(out.map((k) => [k.a?.value, k.b?.value, k.direction])).toEqual([
      [500, 750, 'broader'],
      [1000, 1000, 'neutral'],
    ]);
  });

  it('reads a longer indemnity period as more cover and a longer waiting period as less', () => {
    const indemnity = (days: number) => [{ ...figure('Business interruption indemnity period', days, 'period'), text: `${days / 30} months` }];
    expect(compareKeyFigures(indemnity(360), indemnity(540))[0].direction).toBe('broader');
    const waiting = (days: number) => [{ ...figure('waiting period – pre-existing condition', days, 'period'), text: `${days} days` }];
    expect(compareKeyFigures(waiting(720), waiting(1080))[0].direction).toBe('narrower');
    expect(compareKeyFigures(waiting(720), waiting(360))[0].direction).toBe('broader');
  });

  it('compares a period in days whatever unit each side printed it in', () => {
    const a = [{ ...figure('Business interruption indemnity period', 360, 'period'), text: '12 months' }];
    const b = [{ ...figure('Business interruption indemnity period', 360, 'period'), text: '360 days' }];
    expect(compareKeyFigures(a, b)[0]).toMatchObject({ change_abs: 0, direction: 'neutral' });
  });

  it('pairs exactly as scoring every figure against every other would (the index loses no pair)', () => {
    // A small vocabulary makes many labels overlap partly, around the 0.5 word-overlap threshold.
    const vocabulary = ['medical', 'expenses', 'limit', 'baggage', 'delay', 'cover', 'section', 'travel', 'per', 'day', 'personal', 'liability'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
    const label = () => (random() < 0.05 ? '' : Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(vocabulary)).join(' '));
    const figures = (n: number) =>
      Array.from({ length: n }, () => figure(label(), pick([100, 500, 1000, 5000]), pick<Figure['category']>(['limit', 'sublimit', 'excess'])));
    for (let round = 0; round < 20; round++) {
      const a = figures(40);
      const b = figures(40);
      // The reference: every pair scored, with the same affinity.
      const rank = (fs: Figure[]) => {
        const seen = new Map<string, number>();
        return new Map(fs.map((f) => {
          const key = `${f.category}\u0000${f.label.toLowerCase()}`;
          const r = seen.get(key) ?? 0;
          seen.set(key, r + 1);
          return [f, r] as const;
        }));
      };
      const rankA = rank(a);
      const rankB = rank(b);
      const reference = pairItems(a, b, (x, y) => {
        if (x.category !== y.category) return null;
        const l = labelAffinity(x.label, y.label);
        if (l < 0.5) return null;
        return 0.5 + 0.35 * l + (x.value === y.value ? 0.1 : 0) + (rankA.get(x) === rankB.get(y) ? 0.05 : 0);
      });
      const pairsOf = (out: ReturnType<typeof compareKeyFigures>) => out.filter((k) => k.a && k.b).map((k) => `${k.a!.value}/${k.b!.value}/${k.label}`);
      expect(pairsOf(compareKeyFigures(a, b))).toEqual(reference.pairs.map(({ a: x, b: y }) => `${x.value}/${y.value}/${y.label}`));
      expect(compareKeyFigures(a, b).filter((k) => !k.b).length).toBe(reference.onlyA.length);
    }
  });
});
