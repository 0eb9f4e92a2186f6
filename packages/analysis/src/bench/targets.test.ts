import { describe, expect, it } from 'vitest';
import { ratio, type GeneratedFigures } from './score-generated.js';
import { controlTargetRow, generatedTargetRows, labelledTargetRows, markOf } from './targets.js';

describe('target rows', () => {
  it('marks generated figures against the issue-3 targets, bounds included', () => {
    const figures = {
      pairs: 200,
      alignment: ratio(98, 100),
      recall: ratio(96, 100),
      precision: ratio(93, 100),
      direction: ratio(95, 100),
      cosmeticFalsePositives: ratio(4, 100),
    } as GeneratedFigures;
    expect(generatedTargetRows(figures).map((r) => [r.metric, markOf(r.pass)])).toEqual([
      ['clause alignment accuracy', 'PASS'],
      ['material-change recall', 'FAIL'],
      ['material-change precision', 'PASS'],
      ['direction accuracy', 'PASS'],
      ['cosmetic false positives', 'FAIL'],
    ]);
  });

  it('fails a labelled pair that misses a high-materiality change, and skips one that was not scored', () => {
    const rows = labelledTargetRows('S7', { recall: 0.96, highRecall: 0.67, highMissed: 1, direction: 0.95, numeric: null, cosmeticFalsePositives: 0, precision: 0.8 });
    expect(rows.map((r) => markOf(r.pass))).toEqual(['PASS', 'FAIL', 'PASS', 'PASS', 'PASS']);
    expect(labelledTargetRows('S1', null).every((r) => r.pass === null)).toBe(true);
    expect(markOf(controlTargetRow('S5', 0).pass)).toBe('PASS');
    expect(markOf(controlTargetRow('S5', 2).pass)).toBe('FAIL');
  });
});
