import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../pipeline.js';
import type { PolicyProfile } from '../types.js';
import { compareKeyFigures, sameFigure } from './key-figures.js';
import { labelAffinity, pairItems } from './item-pairing.js';

type Figure = PolicyProfile['keyFigures'][number];

function figure(label: string, value: number, category: Figure['category'] = 'limit'): Figure {
  return { label, category, value, currency: 'SGD', text: `S$${value}`, page: 3, clauseId: 'c0001' };
}

function gbp(label: string, value: number, category: Figure['category'] = 'limit'): Figure {
  return { label, category, value, currency: 'GBP', text: `£${value.toLocaleString('en-GB')}`, page: 1, clauseId: 'c0001' };
}

/** Each reported figure as [A value, B value, direction]; null for a side without the figure. */
function rows(a: Figure[], b: Figure[]) {
  return compareKeyFigures(a, b).map((k) => [k.a?.value ?? null, k.b?.value ?? null, k.direction]);
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

  it('keeps the directions of the roles: more limit is broader, more excess narrower, price neutral', () => {
    const change = (category: Figure['category'], label: string) => rows([gbp(label, 100, category)], [gbp(label, 250, category)])[0][2];
    expect(change('sum_insured', 'Buildings – sum insured')).toBe('broader');
    expect(change('limit', 'Public Liability – limit')).toBe('broader');
    expect(change('sublimit', 'Contents – valuables – sublimit')).toBe('broader');
    expect(change('excess', 'Buildings – excess')).toBe('narrower');
    expect(change('premium', 'Annual premium')).toBe('neutral');
    expect(change('tax', 'Insurance Premium Tax')).toBe('neutral');
  });

  describe('pairs only the same figure', () => {
    it('does not pair the S2 rows a label-word overlap paired: a role-only label is not the valuables sublimit', () => {
      // AXA Advanced vs Extra IPIDs as the DNA stage labelled them: "Jury service up to £25 a day"
      // had no subject and shared "sublimit (per claim)" with Extra's valuables.
      const a = [gbp('sublimit (per claim)', 25, 'sublimit'), gbp('money – limit', 2500)];
      const b = [gbp('valuables – sublimit (per claim)', 30000, 'sublimit'), gbp('limit', 2000000)];
      expect(rows(a, b)).toEqual([
        [25, null, 'ambiguous'],
        [2500, null, 'ambiguous'],
        [null, 30000, 'ambiguous'],
        [null, 2000000, 'ambiguous'],
      ]);
    });

    it('holds two role-only labels to the tenfold bound: "limit" £2,500 and "limit" £2,000,000 are two figures', () => {
      expect(rows([gbp('limit', 2500)], [gbp('limit', 2000000)])).toEqual([
        [2500, null, 'ambiguous'],
        [null, 2000000, 'ambiguous'],
      ]);
      expect(rows([gbp('limit', 10000)], [gbp('limit', 1000)])).toEqual([[10000, 1000, 'narrower']]);
    });

    it('pairs the S2 figures that are the same, with their real changes', () => {
      const a = [gbp('Jury service – sublimit (per claim)', 25, 'sublimit'), gbp('money – limit', 2500), gbp('Unrecovered damages – limit', 2500000)];
      const b = [gbp('valuables – sublimit (per claim)', 30000, 'sublimit'), gbp('money – limit', 750), gbp('Unrecovered Damages – limit', 2000000)];
      expect(rows(a, b)).toEqual([
        [2500, 750, 'narrower'],
        [2500000, 2000000, 'narrower'],
        [25, null, 'ambiguous'],
        [null, 30000, 'ambiguous'],
      ]);
    });

    it('needs the same subject, with role words set aside: buildings and contents sums insured never pair', () => {
      expect(sameFigure(gbp('Buildings sum insured', 250000, 'sum_insured'), gbp('Contents sum insured', 300000, 'sum_insured'))).toBe(false);
      expect(sameFigure(gbp('Buildings sum insured', 250000, 'sum_insured'), gbp('Buildings – sum insured', 300000, 'sum_insured'))).toBe(true);
      expect(sameFigure(gbp('Domestic heating oil – sublimit (per claim)', 5000, 'sublimit'), gbp('Garden plants – sublimit (per claim)', 500, 'sublimit'))).toBe(false);
    });

    it('needs the same category', () => {
      expect(sameFigure(gbp('Contents – valuables – sublimit', 15000, 'sublimit'), gbp('Contents – valuables – limit', 15000, 'limit'))).toBe(false);
    });

    it('lets one label name a cover area the other leaves out, but not two areas that differ or a subject that is only part of the other', () => {
      expect(sameFigure(gbp('Contents – valuables – sublimit', 15000, 'sublimit'), gbp('valuables – sublimit', 15000, 'sublimit'))).toBe(true);
      const alternative = (area: string) => gbp(`${area} – Alternative accommodation – sublimit`, 15000, 'sublimit');
      expect(sameFigure(alternative('Buildings'), alternative('Contents'))).toBe(false);
      // Special events raise the contents sum insured; they are not it.
      expect(sameFigure(gbp('contents – sum insured', 50000, 'sum_insured'), gbp('Special events – contents – sum insured (per claim)', 7500, 'sum_insured'))).toBe(false);
      // A section of the motor policy is not its liability cover.
      expect(sameFigure(gbp('Motor Vehicle – limit', 5000), gbp('Motor Vehicle – liability – limit (per event)', 5000))).toBe(false);
    });

    it('needs the same role part: a co-payment is not a share of the limit', () => {
      const pct = (label: string) => ({ ...gbp(label, 20, 'percentage'), currency: null, text: '20%' });
      expect(sameFigure(pct('Medical Expenses – co-payment'), pct('Medical Expenses – limit-share'))).toBe(false);
      expect(sameFigure(pct('Medical Expenses – co-payment'), pct('Medical Expenses co-payment'))).toBe(true);
    });

    it('needs a compatible basis: stated bases agree, one unstated agrees, a daily rate only with a daily rate', () => {
      const basis = (suffix: string, value = 1000) => gbp(`Hire car – limit${suffix}`, value);
      expect(sameFigure(basis(' (per item)'), basis(' (per claim)'))).toBe(false);
      expect(sameFigure(basis(''), basis(' (per claim)'))).toBe(true);
      expect(sameFigure(basis(' (per day)', 75), basis('', 750))).toBe(false);
      expect(sameFigure(basis(' (per day)', 75), basis(' (per day)', 100))).toBe(true);
    });

    it('reports a more than tenfold change between differently labelled rows as two one-sided figures', () => {
      const a = [gbp('Contents – valuables – sublimit', 100, 'sublimit')];
      expect(rows(a, [gbp('valuables – sublimit', 5000, 'sublimit')])).toEqual([
        [100, null, 'ambiguous'],
        [null, 5000, 'ambiguous'],
      ]);
      // Either way, and exactly tenfold is still a change.
      expect(rows([gbp('valuables – sublimit', 5000, 'sublimit')], a)).toEqual([
        [5000, null, 'ambiguous'],
        [null, 100, 'ambiguous'],
      ]);
      expect(rows(a, [gbp('valuables – sublimit', 1000, 'sublimit')])).toEqual([[100, 1000, 'broader']]);
    });

    it('lets an identically labelled figure that names its subject change by any factor: an excess may go from £100 to £2,500', () => {
      expect(rows([gbp('Buildings – excess', 100, 'excess')], [gbp('Buildings – excess', 2500, 'excess')])).toEqual([[100, 2500, 'narrower']]);
      expect(rows([gbp('Excess', 100, 'excess')], [gbp('Excess', 2500, 'excess')])).toEqual([[100, 2500, 'narrower']]);
      expect(rows([gbp('Credit cards – limit', 10000)], [gbp('Credit cards – limit', 500)])).toEqual([[10000, 500, 'narrower']]);
    });

    it('pairs a figure with its own counterpart when a wrong one is closer in value', () => {
      const a = [gbp('money – limit', 2500), gbp('Unrecovered damages – limit', 2500000)];
      const b = [gbp('Unrecovered Damages – limit', 2000000), gbp('money – limit', 750), gbp('Downloaded audio and visual files – limit', 2500)];
      expect(rows(a, b)).toEqual([
        [2500, 750, 'narrower'],
        [2500000, 2000000, 'narrower'],
        [null, 2500, 'ambiguous'],
      ]);
    });
  });

  it('pairs exactly as scoring every figure against every other would (the index loses no pair)', () => {
    // A small vocabulary makes many subjects overlap partly, around the 0.5 word-overlap threshold,
    // in labels shaped as the DNA stage writes them: parts, a role, sometimes a basis.
    const vocabulary = ['medical', 'expenses', 'baggage', 'delay', 'section', 'travel', 'day', 'personal', 'liability', 'contents', 'valuables', 'limit'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
    const phrase = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(vocabulary)).join(' ');
    const label = (category: Figure['category']) => {
      if (random() < 0.1) return phrase(); // a schedule line's own label
      const parts = Array.from({ length: Math.floor(random() * 3) }, phrase);
      const basis = pick(['', '', ' (per claim)', ' (per day)']);
      return `${[...parts, category].join(' – ')}${basis}`;
    };
    const figures = (n: number) =>
      Array.from({ length: n }, () => {
        const category = pick<Figure['category']>(['limit', 'sublimit', 'excess']);
        return figure(label(category), pick([100, 500, 1000, 5000, 20000]), category);
      });
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
        if (!sameFigure(x, y)) return null;
        return 0.5 + 0.35 * labelAffinity(x.label, y.label) + (x.value === y.value ? 0.1 : 0) + (rankA.get(x) === rankB.get(y) ? 0.05 : 0);
      });
      expect(reference.pairs.length).toBeGreaterThan(0);
      const pairsOf = (out: ReturnType<typeof compareKeyFigures>) => out.filter((k) => k.a && k.b).map((k) => `${k.a!.value}/${k.b!.value}/${k.label}`);
      expect(pairsOf(compareKeyFigures(a, b))).toEqual(reference.pairs.map(({ a: x, b: y }) => `${x.value}/${y.value}/${y.label}`));
      expect(compareKeyFigures(a, b).filter((k) => !k.b).length).toBe(reference.onlyA.length);
    }
  });
});

/**
 * The real S2 pair (AXA Advanced vs Extra home IPIDs) from the shared corpus beside the repository,
 * or POLICYDIFF_REAL_CORPUS=<folder of PDFs>; skipped when neither has both files.
 */
const corpus = process.env.POLICYDIFF_REAL_CORPUS ?? fileURLToPath(new URL('../../../../../shared/corpus/real', import.meta.url));
const S2 = ['axa_advanced_home_ipid_2025_04.pdf', 'axa_extra_home_ipid_2025_04.pdf'].map((f) => join(corpus, f));
describe.runIf(S2.every((f) => existsSync(f)))('compareKeyFigures on the real S2 pair', () => {
  it('pairs no two figures more than tenfold apart across labels, and keeps the real changes', { timeout: 120_000 }, async () => {
    const [a, b] = await Promise.all(S2.map(async (f) => (await analyzeDocument(new Uint8Array(readFileSync(f)))).dna.profile.keyFigures));
    const out = compareKeyFigures(a, b);
    const ratio = (x: number, y: number) => Math.max(x, y) / Math.min(x, y);
    const labelA = new Map(a.map((f) => [`${f.category}|${f.value}|${f.text}`, f.label]));
    for (const k of out) {
      if (!k.a || !k.b) continue;
      const sameLabel = labelA.get(`${k.category}|${k.a.value}|${k.a.text}`)?.toLowerCase() === k.label.toLowerCase();
      if (!sameLabel) expect(ratio(k.a.value, k.b.value), `${k.label}: ${k.a.text} → ${k.b.text}`).toBeLessThanOrEqual(10);
    }
    const pair = (from: number, to: number) => out.find((k) => k.a?.value === from && k.b?.value === to);
    expect(pair(25, 30000)).toBeUndefined();
    expect(pair(2500, 2000000)).toBeUndefined();
    expect(pair(2500, 750)).toMatchObject({ direction: 'narrower' });
    expect(pair(5000000, 2000000)).toMatchObject({ direction: 'narrower' });
    expect(pair(10000000, 10000000)).toMatchObject({ direction: 'neutral' });
  });
});
