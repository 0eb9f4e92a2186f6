import type { AlignmentTruth } from '@policydiff/testkit';
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from './score-alignment.js';
import { change, ref, resultWith } from './test-fixtures.js';

function unit(kind: AlignmentTruth['kind'], textA: string | null, textB: string | null = textA, page = 2): AlignmentTruth {
  const side = (text: string | null) => (text === null ? null : { number: null, section: null, page, text });
  return { unitId: `u-${textA ?? textB}`, kind, status: textA && textB ? 'matched' : textA ? 'removed' : 'added', textChanged: textA !== textB, a: side(textA), b: side(textB) };
}

describe('scoreAlignment', () => {
  it('counts a unit pair as aligned when the clauses holding it on each side are paired', () => {
    const a1 = ref('2.1 We will pay for loss caused by fire.', 2, 'a1');
    const b1 = ref('2.1 We will pay for loss caused by fire.', 2, 'b1');
    const a2 = ref('2.2 We will pay for loss caused by storm.', 2, 'a2');
    const b2 = ref('2.2 We will pay for loss caused by storm.', 2, 'b2');
    const truth = [unit('clause', 'We will pay for loss caused by fire.'), unit('clause', 'We will pay for loss caused by storm.'), unit('heading', 'What is covered')];
    const right = scoreAlignment(truth, resultWith([change({ status: 'unchanged', a: a1, b: b1 }), change({ status: 'unchanged', a: a2, b: b2 })]));
    expect(right).toMatchObject({ total: 2, correct: 2, unmapped: 0 });
    // Crossed pairing: both units are held by clauses that are paired with the wrong partner.
    const crossed = scoreAlignment(truth, resultWith([change({ status: 'modified', a: a1, b: b2 }), change({ status: 'modified', a: a2, b: b1 })]));
    expect(crossed).toMatchObject({ total: 2, correct: 0, unmapped: 0 });
    expect(crossed.misses.map((m) => m.reason)).toEqual(['not_paired', 'not_paired']);
  });

  it('maps a sub-item to the tightest clause holding it and a split unit to its pieces', () => {
    const parentA = ref('3.1 We will not pay for: (a) wear and tear; (b) gradual deterioration.', 2, 'pa');
    const parentB = ref('3.1 We will not pay for: (a) wear and tear; (b) gradual deterioration.', 2, 'pb');
    const sectionA = ref('Section 3 What is not covered 3.1 We will not pay for: (a) wear and tear; (b) gradual deterioration. 3.2 Other.', 2, 'sa');
    const pieceA1 = ref('Claims must be notified within 30 days', 2, 'x1');
    const pieceA2 = ref('of the loss and in writing.', 3, 'x2');
    const wholeB = ref('4.1 Claims must be notified within 30 days of the loss and in writing.', 2, 'y');
    const truth = [unit('item', 'wear and tear;'), unit('clause', 'Claims must be notified within 30 days of the loss and in writing.')];
    const s = scoreAlignment(truth, resultWith([
      change({ status: 'unchanged', a: parentA, b: parentB }),
      change({ status: 'removed', a: sectionA }),
      change({ status: 'modified', a: pieceA2, b: wholeB }),
      change({ status: 'removed', a: pieceA1 }),
    ]));
    expect(s).toMatchObject({ total: 2, correct: 2 });
  });

  it('reports a unit whose text no clause holds as unmapped and misaligned', () => {
    const truth = [unit('definition', 'Flood The covering of normally dry land by water.'), unit('clause', 'Removed clause text here.', null)];
    const s = scoreAlignment(truth, resultWith([change({ status: 'unchanged', a: ref('Flood The covering of dry normally land', 2), b: ref('Flood The covering of normally dry land by water.', 2) })]));
    expect(s).toMatchObject({ total: 1, correct: 0, unmapped: 1 });
    expect(s.misses[0].reason).toBe('unmapped_a');
    expect(s.byKind.definition).toEqual({ total: 1, correct: 0 });
  });

  it('does not map a unit to a clause on another page', () => {
    const truth = [unit('clause', 'Identical wording on two pages.', 'Identical wording on two pages.', 2)];
    const s = scoreAlignment(truth, resultWith([
      change({ status: 'unchanged', a: ref('Identical wording on two pages.', 7, 'far-a'), b: ref('Identical wording on two pages.', 7, 'far-b') }),
      change({ status: 'removed', a: ref('Identical wording on two pages.', 2, 'near-a') }),
      change({ status: 'added', b: ref('Identical wording on two pages.', 2, 'near-b') }),
    ]));
    expect(s.correct).toBe(0);
  });
});
