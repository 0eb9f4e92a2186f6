import { describe, expect, it } from 'vitest';
import type { PolicyProfile } from '../types.js';
import { compareKeyFigures } from './key-figures.js';

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
});
