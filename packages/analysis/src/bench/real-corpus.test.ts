import { describe, expect, it } from 'vitest';
import { isControlPair, parseLabelHits, parseLabelScores, parseManifestPairs, reportRealPair } from './real-corpus.js';
import { change, ref, resultWith } from './test-fixtures.js';

const MANIFEST = `## Comparable pairs

| pair | files | kind | why comparable |
|---|---|---|---|
| S1 | #1 \`axa_a.pdf\` vs #2 \`axa_b.pdf\` | same insurer, two **tiers** | AXA tiers |
| S5 | #9 \`pikl_30.pdf\` vs #10 \`pikl_annual.pdf\` | **near-identical control** | same wording |
| S9 | only \`one.pdf\` | broken row | ignored |

| # | file | market |
|---|---|---|
| 1 | \`axa_a.pdf\` | UK |
`;

describe('parseManifestPairs', () => {
  it('reads the pairs table and ignores other tables and malformed rows', () => {
    const pairs = parseManifestPairs(MANIFEST);
    expect(pairs).toEqual([
      { id: 'S1', fileA: 'axa_a.pdf', fileB: 'axa_b.pdf', kind: 'same insurer, two tiers' },
      { id: 'S5', fileA: 'pikl_30.pdf', fileB: 'pikl_annual.pdf', kind: 'near-identical control' },
    ]);
    expect(pairs.map(isControlPair)).toEqual([false, true]);
  });
});

describe('reportRealPair', () => {
  it('reports clauses per side, and counts statuses, directions of real changes and material ones', () => {
    const shared = ref('Shared clause', 1, 'a1');
    const result = resultWith([
      change({ status: 'unchanged', a: shared, b: ref('Shared clause', 1, 'b1') }),
      change({ status: 'modified', a: shared, b: ref('Shared clause, changed', 1, 'b2'), direction: 'narrower', materiality: 'high' }),
      change({ status: 'added', b: ref('New', 2, 'b3'), direction: 'neutral', materiality: 'medium' }),
      change({ status: 'removed', a: ref('Old', 2, 'a2'), direction: 'broader', materiality: 'low' }),
    ]);
    result.timings_ms = { a_layout: 10, alignment: 3 };
    result.warnings = ['Document A: something'];
    const report = reportRealPair('S5', result, 1234, { a: 2, b: 3 });
    expect(report).toEqual({
      id: 'S5',
      clauses: { a: 2, b: 3 },
      byStatus: { unchanged: 1, modified: 1, added: 1, removed: 1 },
      byDirection: { narrower: 1, neutral: 1, broader: 1 },
      material: 1,
      timingsMs: { a_layout: 10, alignment: 3 },
      warnings: ['Document A: something'],
      totalMs: 1234,
    });
  });
});

describe('parseLabelScores', () => {
  it('reads the rates of score.py --json and tolerates missing fields', () => {
    const report = {
      recall: { overall: { hit: 14, total: 15, rate: 0.9333 }, by_materiality: { high: { hit: 2, total: 3, rate: 0.6667 } } },
      direction_accuracy: { hit: 13, total: 14, rate: 0.9286 },
      numeric_value_accuracy: { hit: 0, total: 0, rate: null },
      cosmetic_fp: { hit: 1, total: 10, rate: 0.1 },
      precision_estimate: { hit: 7, total: 10, rate: 0.7 },
      missed_high: [{ id: 'S7-01' }],
    };
    expect(parseLabelScores(report)).toEqual({ recall: 0.9333, highRecall: 0.6667, highFound: 2, highTotal: 3, highMissed: 1, direction: 0.9286, numeric: null, cosmeticFalsePositives: 0.1, precision: 0.7 });
    expect(parseLabelScores({})).toEqual({ recall: null, highRecall: null, highFound: 0, highTotal: 0, highMissed: 0, direction: null, numeric: null, cosmeticFalsePositives: null, precision: null });
  });
});

describe('parseLabelHits', () => {
  it('reads score.py per-label verdicts, with no direction verdict for a missed label', () => {
    const report = {
      per_label: [
        { id: 'S9-01', direction: 'broader', materiality: 'high', detected: true, direction_ok: true, matched_change_ids: ['c1', 'c2'] },
        { id: 'S9-02', direction: 'neutral', materiality: 'low', detected: false, direction_ok: null, matched_change_ids: [] },
        { id: 'S9-03', direction: 'ambiguous', materiality: 'medium', detected: true, direction_ok: false },
        { id: 'S9-04', direction: 'sideways', materiality: 'low', detected: true, direction_ok: true, matched_change_ids: ['c3'] },
      ],
    };
    expect(parseLabelHits(report)).toEqual([
      { id: 'S9-01', direction: 'broader', materiality: 'high', detected: true, directionOk: true, matchedChangeIds: ['c1', 'c2'] },
      { id: 'S9-02', direction: 'neutral', materiality: 'low', detected: false, directionOk: null, matchedChangeIds: [] },
      { id: 'S9-03', direction: 'ambiguous', materiality: 'medium', detected: true, directionOk: false, matchedChangeIds: [] },
    ]);
    expect(parseLabelHits({})).toEqual([]);
  });
});
