import type { Change, ComparisonResult } from '@policydiff/contracts';
import { makeTestPdfPair, type PairTruth } from '@policydiff/testkit';
import { describe, expect, it } from 'vitest';
import { emptyResult } from './empty-result.js';
import { scoreGeneratedPair, summariseGenerated } from './score-generated.js';

/**
 * The result a perfect comparator would give for a generated pair, built from the truth alone:
 * one change per truth unit with the unit's own text and page, the edit's status and direction.
 * Scoring it must give full marks; that pins the scorer to the truth's exact shape.
 */
function perfectResult(truth: PairTruth): ComparisonResult {
  const editByUnit = new Map(truth.edits.map((e) => [e.unitId, e]));
  const changes: Change[] = truth.alignment.map((u, i) => {
    const edit = editByUnit.get(u.unitId);
    const status = u.status === 'matched' ? (u.textChanged ? 'modified' : 'unchanged') : u.status;
    const material = edit?.material === true;
    return {
      id: `p${i}`,
      status,
      clause_type: 'exclusion',
      a: u.a && { clause_id: `a${i}`, section: u.a.section, heading: null, page_start: u.a.page, page_end: u.a.page, text: u.a.text },
      b: u.b && { clause_id: `b${i}`, section: u.b.section, heading: null, page_start: u.b.page, page_end: u.b.page, text: u.b.text },
      similarity: 1,
      direction: material ? edit.expectedDirection : 'neutral',
      materiality: material ? 'high' : 'low',
      materiality_score: material ? 0.9 : 0,
      confidence: 1,
      deltas: [],
      diff: [],
      rules: [material ? 'change.own-deltas' : 'paired.same-wording'],
      why: '',
    };
  });
  const key_figures = truth.keyFigures.map((k) => ({
    label: k.label,
    category: 'limit' as const,
    a: k.a && { value: k.a.value, currency: k.a.unit, text: k.a.text, page: k.a.page },
    b: k.b && { value: k.b.value, currency: k.b.unit, text: k.b.text, page: k.b.page },
    change_abs: null,
    change_pct: null,
    direction: 'neutral' as const,
  }));
  return { ...emptyResult(), changes, key_figures };
}

describe('scoreGeneratedPair on a generated pair', () => {
  it('gives a perfect result full marks and an empty result none', async () => {
    const pair = await makeTestPdfPair(11);
    const material = pair.truth.edits.filter((e) => e.material);
    expect(material.length).toBeGreaterThan(0);

    const perfect = scoreGeneratedPair(pair.truth, perfectResult(pair.truth));
    expect(perfect.alignment.correct).toBe(perfect.alignment.total);
    expect(perfect.alignment.total).toBeGreaterThan(10);
    expect(perfect.edits.filter((e) => e.material).every((e) => e.detected && e.directionOk)).toBe(true);
    expect(perfect.falsePositives).toEqual([]);
    expect(perfect.flaggedTrue).toBe(perfect.flagged);
    expect(perfect.keyFigures.correct).toBe(perfect.keyFigures.total);

    const none = scoreGeneratedPair(pair.truth, emptyResult());
    expect(none.alignment.correct).toBe(0);
    expect(none.alignment.unmapped).toBe(none.alignment.total);
    expect(none.edits.some((e) => e.detected)).toBe(false);
    expect(none.keyFigures.correct).toBe(0);

    const figures = summariseGenerated([perfect, none]);
    expect(figures.pairs).toBe(2);
    expect(figures.recall).toEqual({ hit: material.length, total: 2 * material.length, rate: 0.5 });
    expect(figures.direction.rate).toBe(1);
    expect(figures.precision.rate).toBe(1);
    expect(figures.alignment.rate).toBe(0.5);
  });

  it('turns reversed directions and a spurious flag into figures', async () => {
    const pair = await makeTestPdfPair(12);
    const result = perfectResult(pair.truth);
    const flip = { broader: 'narrower', narrower: 'broader' } as const;
    for (const c of result.changes) if (c.direction === 'broader' || c.direction === 'narrower') c.direction = flip[c.direction];
    const untouched = result.changes.find((c) => c.status === 'unchanged' && c.a && c.a.text.split(' ').length > 6)!;
    untouched.status = 'modified';
    untouched.materiality = 'medium';
    untouched.direction = 'narrower';

    const score = scoreGeneratedPair(pair.truth, result);
    const figures = summariseGenerated([score]);
    const directional = pair.truth.edits.filter((e) => e.material && e.expectedDirection !== 'neutral').length;
    expect(figures.direction.hit).toBe(figures.direction.total - directional);
    expect(score.falsePositives.map((f) => f.changeId)).toEqual([untouched.id]);
    expect(figures.precision).toEqual({ hit: score.flagged - 1, total: score.flagged, rate: (score.flagged - 1) / score.flagged });
  });
});
