import type { KeyFigure } from '@policydiff/contracts';
import type { KeyFigureTruth } from '@policydiff/testkit';
import { describe, expect, it } from 'vitest';
import { scoreKeyFigures } from './score-key-figures.js';
import { resultWith } from './test-fixtures.js';

const value = (v: number) => ({ value: v, unit: 'GBP', text: `£${v}`, page: 3 });
const truth = (label: string, a: number | null, b: number | null): KeyFigureTruth => ({ unitId: label, label, category: 'limit', a: a === null ? null : value(a), b: b === null ? null : value(b) });
const reported = (label: string, a: number | null, b: number | null): KeyFigure => ({
  label,
  category: 'limit',
  a: a === null ? null : { value: a, currency: 'GBP', text: '', page: 3 },
  b: b === null ? null : { value: b, currency: 'GBP', text: '', page: 3 },
  change_abs: null,
  change_pct: null,
  direction: 'neutral',
});

describe('scoreKeyFigures', () => {
  it('finds rows by label words and requires both values', () => {
    const s = scoreKeyFigures(
      [truth('Buildings sum insured', 450000, 500000), truth('Contents sum insured', 65000, 65000), truth('Legal expenses limit', 50000, 50000)],
      resultWith([], [reported('Buildings — sum insured', 450000, 500000), reported('Contents sum insured', 65000, 60000)]),
    );
    expect(s).toMatchObject({ total: 3, found: 2, correct: 1 });
    expect(s.misses).toEqual([
      { label: 'Contents sum insured', reason: 'wrong_values', expected: { a: 65000, b: 65000 }, reported: { a: 65000, b: 60000 } },
      { label: 'Legal expenses limit', reason: 'not_found', expected: { a: 50000, b: 50000 }, reported: null },
    ]);
  });

  it('accepts any of several rows under the same label and a missing side as null', () => {
    const s = scoreKeyFigures(
      [truth('Excess', 250, 250), truth('Travel delay', 100, null)],
      resultWith([], [reported('Excess', 100, 100), reported('Excess', 250, 250), reported('Travel delay benefit', 100, null)]),
    );
    expect(s).toMatchObject({ total: 2, found: 2, correct: 2 });
  });

  it('accepts a period in its own unit or in days, and nothing else', () => {
    const months = (a: number, b: number): KeyFigureTruth => ({ unitId: 'w', label: 'Waiting period', category: 'period', a: { value: a, unit: 'month', text: `${a} months`, page: 3 }, b: { value: b, unit: 'month', text: `${b} months`, page: 3 } });
    expect(scoreKeyFigures([months(36, 24)], resultWith([], [reported('Waiting period', 1080, 720)])).correct).toBe(1);
    expect(scoreKeyFigures([months(36, 24)], resultWith([], [reported('Waiting period', 36, 24)])).correct).toBe(1);
    expect(scoreKeyFigures([months(36, 24)], resultWith([], [reported('Waiting period', 36, 36)])).correct).toBe(0);
  });
});
