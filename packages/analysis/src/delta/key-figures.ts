/**
 * Key figures from both policy profiles (sums insured, limits, excesses, premiums, taxes), paired
 * by category and label, with the change and what it means for the insured.
 */
import type { Direction, KeyFigure } from '@policydiff/contracts';
import type { PolicyProfile } from '../types.js';
import { labelAffinity, pairItems } from './item-pairing.js';

type ProfileFigure = PolicyProfile['keyFigures'][number];

function figureDirection(category: KeyFigure['category'], from: number | null, to: number | null): Direction {
  if (from !== null && to !== null && from === to) return 'neutral';
  if (category === 'premium' || category === 'tax') return 'neutral';
  if (from === null || to === null) {
    if (category === 'excess') return to !== null ? 'narrower' : 'broader';
    return 'ambiguous';
  }
  const up = to > from;
  if (category === 'sum_insured' || category === 'limit' || category === 'sublimit') return up ? 'broader' : 'narrower';
  if (category === 'excess') return up ? 'narrower' : 'broader';
  return 'ambiguous';
}

function value(f: ProfileFigure): KeyFigure['a'] {
  return { value: f.value, currency: f.currency, text: f.text, page: f.page };
}

function round(x: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(x * scale) / scale;
}

export function compareKeyFigures(figuresA: ProfileFigure[], figuresB: ProfileFigure[]): KeyFigure[] {
  const paired = pairItems(figuresA, figuresB, (a, b) => {
    if (a.category !== b.category) return null;
    const label = labelAffinity(a.label, b.label);
    return label >= 0.5 ? 0.5 + 0.5 * label : null;
  });
  const out: KeyFigure[] = [];
  for (const { a, b } of paired.pairs) {
    const sameCurrency = a.currency === b.currency || a.currency === null || b.currency === null;
    out.push({
      label: b.label,
      category: b.category,
      a: value(a),
      b: value(b),
      change_abs: sameCurrency ? round(b.value - a.value, 2) : null,
      change_pct: sameCurrency && a.value !== 0 ? round(((b.value - a.value) / a.value) * 100, 1) : null,
      direction: sameCurrency ? figureDirection(b.category, a.value, b.value) : 'ambiguous',
    });
  }
  for (const a of paired.onlyA) {
    out.push({ label: a.label, category: a.category, a: value(a), b: null, change_abs: null, change_pct: null, direction: figureDirection(a.category, a.value, null) });
  }
  for (const b of paired.onlyB) {
    out.push({ label: b.label, category: b.category, a: null, b: value(b), change_abs: null, change_pct: null, direction: figureDirection(b.category, null, b.value) });
  }
  return out;
}
