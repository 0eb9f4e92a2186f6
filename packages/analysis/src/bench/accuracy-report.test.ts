import { describe, expect, it } from 'vitest';
import { realSection, targetSection } from './accuracy-report.js';
import type { LabelScores } from './real-corpus.js';
import type { LabelledOutcome, RealRun } from './run-real.js';
import { controlTargetRow, labelledTargetRows } from './targets.js';
import type { VerdictCheck } from './verdict-check.js';

const scores: LabelScores = { recall: 1, highRecall: 0.5, highFound: 1, highTotal: 2, highMissed: 1, direction: 0.575, numeric: null, cosmeticFalsePositives: 0.2, precision: 0.653 };
const verdict: VerdictCheck = {
  result: { verdict: 'mixed', balance: { broader: 49, narrower: 45, high_broader: 13, high_narrower: 15 } },
  labels: { verdict: 'broader', balance: { broader: 32, narrower: 11, high_broader: 2, high_narrower: 0 } },
  pass: false,
};
const outcome = (pair: string, complete: boolean, over: Partial<LabelledOutcome> = {}): LabelledOutcome => ({ pair, scope: complete ? 'complete' : 'top 35', complete, scores, hits: [], verdict, attribution: null, error: null, ...over });

describe('realSection', () => {
  const run: RealRun = {
    skipped: null,
    labelsNote: null,
    pairs: [],
    labelled: [outcome('S9', true), outcome('S6', false, { scores: { ...scores, precision: null } }), outcome('S1', true, { scores: null, verdict: null, error: 'scorer not found at x' })],
  };
  const text = realSection(run);

  it('prints each labelled pair on its own row, with no precision for a partly labelled one', () => {
    expect(text).toContain('| S9 | complete | 1.000 | 1/2 | 1 | 0.575 | n/a | 0.200 | 0.653 |');
    expect(text).toContain('| S6 | partial | 1.000 | 1/2 | 1 | 0.575 | n/a | 0.200 | not reported (labels partial) |');
    expect(text).toContain('| S1 | complete | n/a | n/a | n/a | n/a | n/a | n/a | scorer not found at x |');
  });

  it('prints both verdicts with their weights and the check', () => {
    expect(text).toContain('| S9 | mixed (broader 49 / narrower 45; high 13 / 15) | broader (broader 32 / narrower 11; high 2 / 0) | FAIL |');
    expect(text).toContain('| S1 | n/a | n/a | SKIP |');
  });

  it('says why a skipped corpus was skipped', () => {
    expect(realSection({ skipped: 'real corpus not found at /x: skipped', labelsNote: null, pairs: [], labelled: [] })).toBe('### Real corpus\n\nreal corpus not found at /x: skipped.');
  });
});

describe('targetSection', () => {
  it('heads the table with issue 13 and tallies the targets, informational rows left out', () => {
    const rows = [...labelledTargetRows({ id: 'S9', complete: true }, scores, verdict), ...labelledTargetRows({ id: 'S6', complete: false }, scores, verdict), controlTargetRow('S5', 0)];
    const text = targetSection(rows);
    expect(text).toContain('### Against the targets of issue 13');
    expect(text).toContain('Targets: 2 PASS, 5 FAIL, 0 SKIP.');
    expect(text).toContain("| S9 | headline verdict | mixed | = labels' verdict (broader) | FAIL |");
    expect(text).toContain('| S6 (partly labelled) | direction accuracy | 0.575 | >= 0.9 | FAIL (info) |');
  });
});
