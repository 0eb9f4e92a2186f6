import { describe, expect, it } from 'vitest';
import { directionByRuleSection } from './attribution-report.js';
import { attributeDirections } from './direction-attribution.js';
import { leaveOnePairOut } from './leave-one-pair-out.js';
import type { LabelHit } from './real-corpus.js';
import { change, delta } from './test-fixtures.js';

const hit = (id: string, direction: LabelHit['direction'], ids: string[], ok: boolean): LabelHit => ({ id, direction, materiality: 'low', detected: true, directionOk: ok, matchedChangeIds: ids });

describe('directionByRuleSection', () => {
  it('prints each rule per pair, flags one net wrong away from home, and the direction counting its wrong verdicts', () => {
    const shorter = change({ id: 'c1', status: 'modified', direction: 'broader', deltas: [delta({ direction: 'broader', rule: 'figure.period-by-role', role: 'waiting_period' })] });
    const both = change({ id: 'c2', status: 'modified', direction: 'broader', deltas: [delta({ direction: 'broader', rule: 'scope.word-breadth' }), delta({ direction: 'narrower', rule: 'figure.period-by-role', role: 'waiting_period' })] });
    const s9 = { pair: 'S9', attribution: attributeDirections([hit('S9-01', 'broader', ['c1'], true), hit('S9-02', 'broader', ['c1'], true)], [shorter]) };
    const s1 = { pair: 'S1', attribution: attributeDirections([hit('S1-01', 'broader', ['c2'], true)], [both]) };
    const pairs = [s9, s1];
    const text = directionByRuleSection(pairs, leaveOnePairOut(pairs));
    expect(text).toContain('| figure.period-by-role | 2 / 2 / 0 | 1 / 0 / 1 | 3 / 2 / 1 |');
    expect(text).toContain('| waiting_period | 2 / 2 / 0 | 1 / 0 / 1 | 3 / 2 / 1 |');
    expect(text).toContain('| ⚠ figure.period-by-role | 2 / 0 | 0 / 1 | S9 | 0 / 1 | S1 |');
    expect(text).toContain('| S1 | 1.000 (1/1) | 1.000 (1/1) | 0.000 (0/1) | S1-01 (figure.period-by-role) |');
    expect(text).toContain('| S9 | 1.000 (2/2) | 1.000 (2/2) | 1.000 (2/2) | – |');
  });

  it('says so when no pair was scored', () => {
    expect(directionByRuleSection([], { rules: [], pairs: [] })).toContain('No labelled pair was scored.');
  });
});
