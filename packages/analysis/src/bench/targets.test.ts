import { describe, expect, it } from 'vitest';
import type { LabelScores } from './real-corpus.js';
import { ratio, type GeneratedFigures } from './score-generated.js';
import { controlTargetRow, generatedTargetRows, labelledTargetRows, markOf, resultOf, targetTally } from './targets.js';
import type { VerdictCheck } from './verdict-check.js';

const scores = (over: Partial<LabelScores> = {}): LabelScores => ({
  recall: 0.96,
  highRecall: 1,
  highFound: 3,
  highTotal: 3,
  highMissed: 0,
  direction: 0.95,
  numeric: null,
  cosmeticFalsePositives: 0,
  precision: 0.8,
  ...over,
});

const balance = { broader: 0, narrower: 0, high_broader: 0, high_narrower: 0 };
const verdict = (result: VerdictCheck['result']['verdict'], labels: VerdictCheck['labels']['verdict']): VerdictCheck => ({
  result: { verdict: result, balance },
  labels: { verdict: labels, balance },
  pass: result === labels,
});

describe('generated target rows', () => {
  it('keeps alignment, recall and precision as targets, bounds included, and only reports direction', () => {
    const figures = { pairs: 200, alignment: ratio(98, 100), recall: ratio(96, 100), precision: ratio(93, 100), direction: ratio(50, 100), cosmeticFalsePositives: ratio(4, 100) } as GeneratedFigures;
    expect(generatedTargetRows(figures).map((r) => [r.metric, resultOf(r)])).toEqual([
      ['clause alignment accuracy', 'PASS'],
      ['material-change recall', 'FAIL'],
      ['material-change precision', 'PASS'],
      ['direction accuracy', 'reported'],
    ]);
  });
});

describe('labelled target rows', () => {
  it('holds a complete pair to every issue-13 target, the headline verdict included', () => {
    const rows = labelledTargetRows({ id: 'S9', complete: true }, scores({ highFound: 1, highTotal: 2, highMissed: 1, precision: 0.69 }), verdict('mixed', 'broader'));
    expect(rows.map((r) => [r.metric, resultOf(r)])).toEqual([
      ['recall', 'PASS'],
      ['high-materiality labels missed', 'FAIL'],
      ['direction accuracy', 'PASS'],
      ['cosmetic false positives', 'PASS'],
      ['precision estimate', 'FAIL'],
      ['headline verdict', 'FAIL'],
    ]);
    expect(rows[1].value).toBe('1 (found 1/2)');
    expect(rows[5]).toMatchObject({ value: 'mixed', target: "= labels' verdict (broader)" });
    expect(resultOf(labelledTargetRows({ id: 'S1', complete: true }, scores(), verdict('narrower', 'narrower'))[5])).toBe('PASS');
  });

  it('marks a partly labelled pair for information only, without precision or verdict', () => {
    const rows = labelledTargetRows({ id: 'S6', complete: false }, scores({ recall: 0.9, cosmeticFalsePositives: 0.7, precision: null }), verdict('mixed', 'broader'));
    expect(rows.map((r) => [r.scope, r.metric, resultOf(r)])).toEqual([
      ['S6 (partly labelled)', 'recall', 'FAIL (info)'],
      ['S6 (partly labelled)', 'direction accuracy', 'PASS (info)'],
      ['S6 (partly labelled)', 'cosmetic false positives', 'FAIL (info)'],
    ]);
    expect(targetTally(rows)).toBe('0 PASS, 0 FAIL, 0 SKIP');
  });

  it('skips a pair that was not scored, and holds the control to no material change', () => {
    const rows = labelledTargetRows({ id: 'S1', complete: true }, null, null);
    expect(rows.every((r) => r.pass === null)).toBe(true);
    expect(markOf(controlTargetRow('S5', 0).pass)).toBe('PASS');
    expect(markOf(controlTargetRow('S5', 2).pass)).toBe('FAIL');
    expect(targetTally([...rows, controlTargetRow('S5', 0), controlTargetRow('S5', 1)])).toBe('1 PASS, 1 FAIL, 6 SKIP');
  });
});
