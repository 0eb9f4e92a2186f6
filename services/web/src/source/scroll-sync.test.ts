import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../test/fixture-result';
import { buildAnchors, clauseTop, layoutPages, mapPosition, monotoneAnchors, pixelsToUnits, unitsToPixels } from './scroll-sync';

const heights = [800, 800, 800, 800];

describe('synchronised scrolling', () => {
  it('places a clause at its page plus the fraction above its first box', () => {
    const c1 = FIXTURE.changes.find((c) => c.id === 'c1')!;
    expect(clauseTop(c1.a!, heights)).toBeCloseTo(1 + 300 / 800);
    expect(clauseTop({ ...c1.a!, bboxes: undefined }, heights)).toBe(1);
  });

  it('keeps only anchors that increase in both documents (moved clauses dropped)', () => {
    expect(
      monotoneAnchors([
        [0, 0],
        [1, 3],
        [2, 1],
        [3, 2],
        [4, 4],
      ]),
    ).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
      [4, 4],
    ]);
    expect(monotoneAnchors([[1, 1], [1, 2]])).toHaveLength(1);
    expect(monotoneAnchors([])).toEqual([]);
  });

  it('maps positions linearly between anchors, page for page outside them, both ways', () => {
    const anchors: [number, number][] = [
      [1, 2],
      [3, 3],
    ];
    expect(mapPosition(2, anchors)).toBeCloseTo(2.5);
    expect(mapPosition(2.5, anchors, true)).toBeCloseTo(2);
    expect(mapPosition(0.5, anchors)).toBeCloseTo(1.5);
    expect(mapPosition(5, anchors)).toBeCloseTo(5);
    expect(mapPosition(0, [[3, 1]])).toBe(0);
    expect(mapPosition(1.7, [])).toBe(1.7);
  });

  it('builds anchors from clauses aligned on both sides', () => {
    const anchors = buildAnchors(FIXTURE.changes, heights, heights);
    expect(anchors.length).toBe(3);
    expect(anchors[0]).toEqual([0 + 100 / 800, 0 + 100 / 800]);
  });

  it('converts page units to pixels and back through the pane layout', () => {
    const l = layoutPages([1000, 1000, 500], 10, 16);
    expect(l.tops).toEqual([16, 1026, 2036]);
    expect(unitsToPixels(1.5, l)).toBe(1526);
    expect(pixelsToUnits(1526, l)).toBeCloseTo(1.5);
    expect(pixelsToUnits(0, l)).toBe(0);
    expect(pixelsToUnits(99999, l)).toBe(3);
  });
});
