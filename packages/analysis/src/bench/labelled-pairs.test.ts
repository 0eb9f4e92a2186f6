import { describe, expect, it } from 'vitest';
import { isCompleteScope, parseLabelledPairs } from './labelled-pairs.js';

const label = (pair: string, id: string, direction: string, materiality = 'low', cosmetic = false) => ({ pair, id, direction, materiality, cosmetic, key_phrase_a: `${id} in A`, key_phrase_b: null });

describe('parseLabelledPairs', () => {
  it('reads every pair with material labels, complete ones first, and leaves cosmetic labels out', () => {
    const doc = {
      pairs: {
        S7: { label_scope: 'complete (all material changes)' },
        S6: { label_scope: 'top material differences only (35 of many)' },
        S10: { label_scope: 'Complete' },
        S1: { label_scope: 'complete (all material changes)' },
        S4: { label_scope: 'complete' },
      },
      changes: [
        label('S7', 'S7-01', 'narrower', 'high'),
        label('S7', 'S7-C01', 'neutral', 'low', true),
        label('S6', 'S6-01', 'broader', 'medium'),
        label('S10', 'S10-01', 'ambiguous'),
        label('S1', 'S1-01', 'neutral'),
        label('S1', 'S1-02', 'sideways'),
        label('S4', 'S4-C01', 'neutral', 'low', true),
      ],
    };
    const pairs = parseLabelledPairs(doc);
    expect(pairs.map((p) => [p.id, p.complete])).toEqual([
      ['S1', true],
      ['S7', true],
      ['S10', true],
      ['S6', false],
    ]);
    expect(pairs[1].material).toEqual([{ id: 'S7-01', direction: 'narrower', materiality: 'high', keyPhraseA: 'S7-01 in A', keyPhraseB: null }]);
    expect(pairs[0].material.map((l) => l.id)).toEqual(['S1-01']);
    expect(pairs[3].scope).toBe('top material differences only (35 of many)');
  });

  it('gives no pairs for a document that is not a labels file', () => {
    expect(parseLabelledPairs(null)).toEqual([]);
    expect(parseLabelledPairs({ pairs: { S1: {} } })).toEqual([]);
    expect(parseLabelledPairs({ pairs: { S1: {} }, changes: [label('S1', 'S1-01', 'broader')] })[0]).toMatchObject({ scope: '', complete: false });
  });

  it('reads a scope as complete the way score.py does', () => {
    expect(isCompleteScope('  Complete (all material changes)')).toBe(true);
    expect(isCompleteScope('top-35 only; not complete')).toBe(false);
  });
});
