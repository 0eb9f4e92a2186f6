import { describe, expect, it } from 'vitest';
import { findBoundaryShifts, trimmedText } from './boundary-shifts.js';

const ITEM_1 = '1 an agreement which imposes a liability on you which you would not otherwise have';
const ITEM_2 = '2 the use of the home for any business, trade or profession';
const ITEM_3 = '3 death or bodily injury caused by lifts, hoists or vehicles';

describe('findBoundaryShifts', () => {
  it('trims words that end one pair in A and start the next pair in B', () => {
    const pairs = [
      { a: `${ITEM_1} ${ITEM_2}`, b: ITEM_1 },
      { a: ITEM_3, b: `${ITEM_2} ${ITEM_3}` },
    ];
    const trims = findBoundaryShifts(pairs, () => true);
    expect(trimmedText(pairs[0].a, trims[0].aHead, trims[0].aTail).trim()).toBe(ITEM_1);
    expect(trimmedText(pairs[1].b, trims[1].bHead, trims[1].bTail)).toBe(ITEM_3);
    expect(trims[0]).toMatchObject({ bHead: 0, bTail: 0 });
    expect(trims[1]).toMatchObject({ aHead: 0, aTail: 0 });
  });

  it('trims words that end one pair in B and start the next pair in A', () => {
    const pairs = [
      { a: ITEM_1, b: `${ITEM_1} ${ITEM_2}` },
      { a: `${ITEM_2} ${ITEM_3}`, b: ITEM_3 },
    ];
    const trims = findBoundaryShifts(pairs, () => true);
    expect(trimmedText(pairs[0].b, trims[0].bHead, trims[0].bTail).trim()).toBe(ITEM_1);
    expect(trimmedText(pairs[1].a, trims[1].aHead, trims[1].aTail)).toBe(ITEM_3);
  });

  it('does not read across pairs that are not adjacent in both documents', () => {
    const pairs = [
      { a: `${ITEM_1} ${ITEM_2}`, b: ITEM_1 },
      { a: ITEM_3, b: `${ITEM_2} ${ITEM_3}` },
    ];
    const trims = findBoundaryShifts(pairs, () => false);
    expect(trims).toEqual([
      { aHead: 0, aTail: 0, bHead: 0, bTail: 0 },
      { aHead: 0, aTail: 0, bHead: 0, bTail: 0 },
    ]);
  });

  it('trims only the moved words when the other edge also lost words of its own', () => {
    // A's first pair ends with "…to a person's immediate or long-term health."; B lost most of it
    // and printed "long-term health." at the start of the next clause.
    const pairs = [
      { a: 'Serious injury means a condition which needs urgent treatment to avoid long-term health.', b: 'Serious injury means a condition which needs' },
      { a: 'Serious illness means an illness which needs a stay in hospital.', b: 'long-term health. Serious illness means an illness which needs a stay in hospital.' },
    ];
    const trims = findBoundaryShifts(pairs, () => true);
    expect(trims[0]).toEqual({ aHead: 0, aTail: 0, bHead: 0, bTail: 0 });
    expect(trimmedText(pairs[1].b, trims[1].bHead, trims[1].bTail)).toBe(pairs[1].a);
  });

  it('leaves a real deletion alone when the next pair does not start with it, and a single moved word too', () => {
    const pairs = [
      { a: `${ITEM_1} ${ITEM_2}`, b: ITEM_1 },
      { a: ITEM_3, b: ITEM_3 },
      { a: 'We will pay for theft.', b: 'We will pay for theft. Storm' },
      { a: 'Storm damage to gates is covered.', b: 'damage to gates is covered.' },
    ];
    const trims = findBoundaryShifts(pairs, () => true);
    expect(trims.every((t) => t.aHead + t.aTail + t.bHead + t.bTail === 0)).toBe(true);
  });
});
