import { SEGMENTS } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { SEGMENT_DEFS, SEGMENT_GROUPS } from './segment-catalog';

describe('segment catalog', () => {
  it('agrees with the contract: numbers, names and documents', () => {
    expect(SEGMENT_DEFS.map(({ segment, name, document }) => ({ segment, name, document }))).toEqual(
      SEGMENTS.map(({ segment, name, document }) => ({ segment, name, document })),
    );
  });

  it('puts each segment in exactly one of three groups', () => {
    expect(SEGMENT_GROUPS.flatMap((g) => g.segments)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
