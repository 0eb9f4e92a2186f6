/**
 * Key figures from both policy profiles (sums insured, limits, excesses, premiums, taxes), paired
 * by category and label, with the change and what it means for the insured.
 */
import type { Direction, KeyFigure } from '@policydiff/contracts';
import type { PolicyProfile } from '../types.js';
import { labelAffinity, labelWords, pairItems } from './item-pairing.js';

type ProfileFigure = PolicyProfile['keyFigures'][number];

/** A period the insured waits through before cover starts: longer is less cover. */
const WAITING = /\b(?:waiting|qualifying|deferred|deferment|excess period|time excess)\b/i;
/** A period over which cover runs or benefits are paid: longer is more cover. */
const COVER_PERIOD = /\b(?:indemnity period|period of (?:insurance|cover|indemnity)|benefit period|maximum period|cover period|trip duration|journey duration|grace period|free look)\b/i;

function figureDirection(category: KeyFigure['category'], from: number | null, to: number | null, label = ''): Direction {
  if (from !== null && to !== null && from === to) return 'neutral';
  if (category === 'premium' || category === 'tax') return 'neutral';
  if (from === null || to === null) {
    if (category === 'excess') return to !== null ? 'narrower' : 'broader';
    return 'ambiguous';
  }
  const up = to > from;
  if (category === 'sum_insured' || category === 'limit' || category === 'sublimit') return up ? 'broader' : 'narrower';
  if (category === 'excess') return up ? 'narrower' : 'broader';
  if (category === 'period' && WAITING.test(label)) return up ? 'narrower' : 'broader';
  if (category === 'period' && COVER_PERIOD.test(label)) return up ? 'broader' : 'narrower';
  return 'ambiguous';
}

function value(f: ProfileFigure): KeyFigure['a'] {
  return { value: f.value, currency: f.currency, text: f.text, page: f.page };
}

function round(x: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(x * scale) / scale;
}

/**
 * Position of each figure among the figures of its document that share its label and category:
 * "Medical Expenses – limit" may name S$15,000 first and S$500 second.
 */
function ranksWithinLabel(figures: ProfileFigure[]): Map<ProfileFigure, number> {
  const seen = new Map<string, number>();
  const ranks = new Map<ProfileFigure, number>();
  for (const f of figures) {
    const key = `${f.category}\u0000${f.label.toLowerCase()}`;
    const rank = seen.get(key) ?? 0;
    ranks.set(f, rank);
    seen.set(key, rank + 1);
  }
  return ranks;
}

/**
 * Figures pair by category and label. Several figures under one label (two limits of one cover)
 * pair like with like: the same value first, then the same place in the list, so two unchanged
 * limits are never reported as changed into each other.
 */
/** The least label similarity at which two figures can be the same figure. */
const MIN_LABEL_AFFINITY = 0.5;

export function compareKeyFigures(figuresA: ProfileFigure[], figuresB: ProfileFigure[]): KeyFigure[] {
  const rankA = ranksWithinLabel(figuresA);
  const rankB = ranksWithinLabel(figuresB);
  const wordsOf = new Map<string, Set<string>>();
  const words = (label: string): Set<string> => {
    let w = wordsOf.get(label);
    if (!w) wordsOf.set(label, (w = labelWords(label)));
    return w;
  };
  // A long wording has thousands of figures, mostly under a few common words ("limit", "benefit"),
  // so they are not scored all against all. Labels pair only at word overlap (Jaccard) >= 0.5, or
  // when equal or both absent. Prefix filtering finds every such pair exactly: with each label's
  // words in one global order (rarest first), two labels with overlap >= t share a word among the
  // first |x| - ceil(t|x|) + 1 words of each.
  const frequency = new Map<string, number>();
  for (const f of [...figuresA, ...figuresB]) for (const w of words(f.label.toLowerCase().trim())) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const keysOf = (f: ProfileFigure): string[] => {
    const label = f.label.toLowerCase().trim();
    const ordered = [...words(label)].sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
    const prefix = ordered.slice(0, ordered.length - Math.ceil(MIN_LABEL_AFFINITY * ordered.length) + 1);
    return [`${f.category}\u0000=${label}`, ...prefix.map((w) => `${f.category}\u0000${w}`)];
  };
  const indexB = new Map<string, number[]>();
  figuresB.forEach((f, j) => {
    for (const key of keysOf(f)) {
      const list = indexB.get(key);
      if (list) list.push(j);
      else indexB.set(key, [j]);
    }
  });
  // In B's order, as when every figure was scored: ties in the assignment resolve the same way.
  const candidates = (a: ProfileFigure): number[] => [...new Set(keysOf(a).flatMap((key) => indexB.get(key) ?? []))].sort((x, y) => x - y);
  const paired = pairItems(
    figuresA,
    figuresB,
    (a, b) => {
      if (a.category !== b.category) return null;
      const label = labelAffinity(a.label, b.label, words);
      if (label < MIN_LABEL_AFFINITY) return null;
      const sameValue = a.value === b.value ? 0.1 : 0;
      const samePlace = rankA.get(a) === rankB.get(b) ? 0.05 : 0;
      return 0.5 + 0.35 * label + sameValue + samePlace;
    },
    0.5,
    candidates,
  );
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
      direction: sameCurrency ? figureDirection(b.category, a.value, b.value, b.label) : 'ambiguous',
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
