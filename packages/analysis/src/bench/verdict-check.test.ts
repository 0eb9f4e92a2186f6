import { describe, expect, it } from 'vitest';
import type { MaterialLabel } from './labelled-pairs.js';
import { checkVerdict, formatVerdict, labelsVerdict } from './verdict-check.js';

const l = (direction: MaterialLabel['direction'], materiality: MaterialLabel['materiality'], id = `${direction}-${materiality}`): MaterialLabel => ({ id, direction, materiality, keyPhraseA: null, keyPhraseB: null });

describe('labelsVerdict', () => {
  it('weighs labels by materiality and ignores neutral and ambiguous ones', () => {
    const v = labelsVerdict([l('broader', 'high'), l('broader', 'low'), l('narrower', 'medium'), l('neutral', 'high'), l('ambiguous', 'high')]);
    expect(v.balance).toEqual({ broader: 4, narrower: 2, high_broader: 1, high_narrower: 0 });
    expect(v.verdict).toBe('broader');
  });

  it('says mixed when both sides carry a high label and neither outweighs the other twice over', () => {
    expect(labelsVerdict([l('broader', 'high'), l('broader', 'low'), l('narrower', 'high')]).verdict).toBe('mixed');
    expect(labelsVerdict([l('broader', 'high'), l('broader', 'high'), l('narrower', 'high')]).verdict).toBe('broader');
    expect(labelsVerdict([l('neutral', 'high')]).verdict).toBe('no_material_change');
  });
});

describe('checkVerdict', () => {
  const labels = [l('narrower', 'high'), l('narrower', 'medium'), l('broader', 'low')];

  it('passes when the result names the labels’ verdict, and fails otherwise', () => {
    const balance = { broader: 5, narrower: 9, high_broader: 1, high_narrower: 2 };
    expect(checkVerdict({ verdict: 'narrower', balance }, labels)).toEqual({
      result: { verdict: 'narrower', balance },
      labels: { verdict: 'narrower', balance: { broader: 1, narrower: 5, high_broader: 0, high_narrower: 1 } },
      pass: true,
    });
    expect(checkVerdict({ verdict: 'mixed', balance }, labels).pass).toBe(false);
  });

  it('prints a verdict with its weights', () => {
    expect(formatVerdict(labelsVerdict(labels))).toBe('narrower (broader 1 / narrower 5; high 0 / 1)');
  });
});
