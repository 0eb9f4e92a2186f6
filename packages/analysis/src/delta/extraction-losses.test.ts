import { describe, expect, it } from 'vitest';
import { type ClauseSpec, buildDocument } from '../alignment/test-fixtures.js';
import { indexDocument } from './clause-side.js';
import type { GlyphLoss } from './cosmetic-difference.js';
import { findExtractionLosses } from './extraction-losses.js';
import type { PairGroup } from './pair-groups.js';

const BEFORE: ClauseSpec = { text: 'loss of or damage to property in your custody or control;', type: 'exclusion' };
const AFTER: ClauseSpec = { text: 'owning or occupying any land or buildings other than your home.', type: 'exclusion' };
const TRADE: ClauseSpec = { text: 'the insured person\u2019s employment, trade, business or profession;', type: 'exclusion' };
const B_LOSES_APOSTROPHES: GlyphLoss = { a: new Set(), b: new Set(['\u2019']) };
const NO_LOSS: GlyphLoss = { a: new Set(), b: new Set() };

const matched = (a: string, b: string): PairGroup => ({ aIds: [a], bIds: [b], similarity: 1, status: 'matched' });
const removed = (a: string): PairGroup => ({ aIds: [a], bIds: [], similarity: 0, status: 'removed' });
const added = (b: string): PairGroup => ({ aIds: [], bIds: [b], similarity: 0, status: 'added' });

function run(specB: ClauseSpec[], groups: PairGroup[], loss: GlyphLoss = B_LOSES_APOSTROPHES) {
  const a = indexDocument(buildDocument([BEFORE, TRADE, AFTER]));
  const b = indexDocument(buildDocument(specB));
  return findExtractionLosses(groups, a, b, loss);
}

describe('findExtractionLosses', () => {
  it('finds a clause of which the lossy document holds only the words before the lost glyph', () => {
    const found = run(
      [BEFORE, { text: 'the insured person', type: 'exclusion' }, AFTER],
      [matched('c0001', 'c0001'), removed('c0002'), added('c0002'), matched('c0003', 'c0003')],
    );
    expect(found.a.get('c0002')).toMatchObject({ otherId: 'c0002', glyphs: ['\u2019'] });
    expect(found.b.size).toBe(0);
  });

  it('finds the remnant when the alignment absorbed it into the neighbouring pair', () => {
    const groups: PairGroup[] = [{ aIds: ['c0001'], bIds: ['c0001', 'c0002'], similarity: 0.9, status: 'matched' }, removed('c0002'), matched('c0003', 'c0003')];
    const found = run([BEFORE, { text: 'the insured person', type: 'exclusion' }, AFTER], groups);
    expect(found.a.get('c0002')?.otherId).toBe('c0002');
  });

  it('takes a bare list number left where the item should be as the remnant', () => {
    const found = run([BEFORE, { text: '2.', type: 'exclusion' }, AFTER], [matched('c0001', 'c0001'), removed('c0002'), added('c0002'), matched('c0003', 'c0003')]);
    expect(found.a.get('c0002')?.evidence).toContain('list number "2."');
  });

  it('finds nothing when nothing of the clause is left, when the words differ, or when no glyph is lost', () => {
    expect(run([BEFORE, AFTER], [matched('c0001', 'c0001'), removed('c0002'), matched('c0003', 'c0002')]).a.size).toBe(0);
    const other = [BEFORE, { text: 'the policyholder', type: 'exclusion' as const }, AFTER];
    const groups = [matched('c0001', 'c0001'), removed('c0002'), added('c0002'), matched('c0003', 'c0003')];
    expect(run(other, groups).a.size).toBe(0);
    expect(run([BEFORE, { text: 'the insured person', type: 'exclusion' }, AFTER], groups, NO_LOSS).a.size).toBe(0);
  });

  it('only looks between the aligned neighbours', () => {
    // The remnant sits after the next matched clause: it is some other clause's text.
    const found = run(
      [BEFORE, AFTER, { text: 'the insured person', type: 'exclusion' }],
      [matched('c0001', 'c0001'), removed('c0002'), matched('c0003', 'c0002'), added('c0003')],
    );
    expect(found.a.size).toBe(0);
  });
});
