import { describe, expect, it } from 'vitest';
import type { DirectionAttribution, LabelAttribution, Tally } from './direction-attribution.js';
import { leaveOnePairOut } from './leave-one-pair-out.js';

/** An attribution from its labels alone: `rules` maps each rule that fired to right (true) or wrong. */
function attribution(labels: { id: string; ok: boolean; rules: Record<string, boolean> }[]): DirectionAttribution {
  const full: LabelAttribution[] = labels.map((l) => ({ id: l.id, direction: 'broader', directionOk: l.ok, someRuleRight: Object.values(l.rules).some(Boolean), rules: l.rules, roles: {} }));
  const byRule: Record<string, Tally> = {};
  for (const l of full) {
    for (const [rule, right] of Object.entries(l.rules)) {
      const t = (byRule[rule] ??= { fired: 0, right: 0, wrong: 0 });
      t.fired += 1;
      t[right ? 'right' : 'wrong'] += 1;
    }
  }
  return { byRule, byRole: {}, labels: full, unresolved: [] };
}

// figure.x is written for S1 (right 3 times there) and misreads S9; scope.y is right wherever it fires.
const s1 = attribution([
  { id: 'S1-01', ok: true, rules: { 'figure.x': true } },
  { id: 'S1-02', ok: true, rules: { 'figure.x': true, 'scope.y': true, 'tied.z': true } },
  { id: 'S1-03', ok: true, rules: { 'figure.x': true, 'tied.z': true } },
  { id: 'S1-04', ok: false, rules: { 'figure.x': false } },
]);
const s9 = attribution([
  { id: 'S9-01', ok: true, rules: { 'figure.x': false, 'scope.y': true } },
  { id: 'S9-02', ok: false, rules: { 'figure.x': false } },
  { id: 'S9-03', ok: true, rules: { 'figure.x': true } },
  { id: 'S9-04', ok: false, rules: { 'only.wrong': false } },
]);
// tied.z is as often right as wrong on S7: not net wrong, so not flagged, and its wrong verdict on S7-02 does not count.
const s7 = attribution([
  { id: 'S7-01', ok: true, rules: { 'scope.y': true, 'figure.x': true, 'tied.z': true } },
  { id: 'S7-02', ok: true, rules: { 'scope.y': true, 'tied.z': false } },
]);

describe('leaveOnePairOut', () => {
  const view = leaveOnePairOut([
    { pair: 'S1', attribution: s1 },
    { pair: 'S7', attribution: s7 },
    { pair: 'S9', attribution: s9 },
  ]);
  const rule = (name: string) => view.rules.find((r) => r.rule === name)!;

  it('finds each rule’s home and its record on the other pairs, and flags one net wrong away from home', () => {
    expect(rule('figure.x')).toEqual({
      rule: 'figure.x',
      perPair: { S1: { right: 3, wrong: 1 }, S7: { right: 1, wrong: 0 }, S9: { right: 1, wrong: 2 } },
      home: 'S1',
      others: { right: 2, wrong: 2 },
      netWrongOn: ['S9'],
      flagged: true,
    });
    expect(rule('scope.y')).toMatchObject({ home: 'S7', others: { right: 2, wrong: 0 }, flagged: false });
    expect(rule('tied.z')).toMatchObject({ home: 'S1', perPair: { S7: { right: 1, wrong: 1 } }, netWrongOn: [], flagged: false });
    expect(view.rules[0].rule).toBe('figure.x');
  });

  it('gives a rule right nowhere no home, so any pair it is wrong on flags it', () => {
    expect(rule('only.wrong')).toMatchObject({ home: null, others: { right: 0, wrong: 1 }, netWrongOn: ['S9'], flagged: true });
  });

  it('breaks a tie for home by fewer wrong verdicts, then by the order of the pairs', () => {
    const a = attribution([{ id: 'a', ok: true, rules: { r: true } }, { id: 'b', ok: false, rules: { r: false } }]);
    const b = attribution([{ id: 'c', ok: true, rules: { r: true } }]);
    expect(leaveOnePairOut([{ pair: 'A', attribution: a }, { pair: 'B', attribution: b }]).rules[0].home).toBe('B');
    expect(leaveOnePairOut([{ pair: 'A', attribution: b }, { pair: 'B', attribution: b }]).rules[0].home).toBe('A');
  });

  it('shows the direction each pair would have if the flagged rules’ wrong verdicts counted', () => {
    const s9Figures = view.pairs.find((p) => p.pair === 'S9')!;
    expect(s9Figures).toEqual({ pair: 'S9', detected: 4, right: 2, rightCountingFlagged: 1, rate: 0.5, rateCountingFlagged: 0.25, turned: [{ label: 'S9-01', rules: ['figure.x'] }] });
    expect(view.pairs.find((p) => p.pair === 'S1')).toMatchObject({ right: 3, rightCountingFlagged: 3 });
    expect(view.pairs.find((p) => p.pair === 'S7')).toMatchObject({ right: 2, rightCountingFlagged: 2, turned: [] });
  });
});
