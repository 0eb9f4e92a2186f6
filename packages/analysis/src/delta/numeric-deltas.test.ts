import { describe, expect, it } from 'vitest';
import type { Percentage } from '../types.js';
import { percentageDeltas } from './numeric-deltas.js';

function percent(value: number, role: Percentage['role'], of: string | null): Percentage {
  return { value, raw: `${value}%`, role, of };
}

describe('percentageDeltas', () => {
  const texts = {
    a: 'If the amount shown on your schedule represents less than 100% of the full replacement value of your contents, we will settle the claim in proportion.',
    b: 'If the amount on your schedule represents less than 100% of the full replacement value of your contents, we will only pay you up to the contents sum insured.',
  };

  it('reads the same figure of the same thing as one figure, whatever role the sentence around it suggests', () => {
    const deltas = percentageDeltas(texts, [percent(100, 'other', 'full replacement value of your contents')], [percent(100, 'limit_share', 'full replacement value of your contents')]);
    expect(deltas).toEqual([]);
  });

  it('still reports a changed figure, or the same figure of another thing, as a change', () => {
    const changed = percentageDeltas(texts, [percent(20, 'limit_share', 'contents sum insured')], [percent(10, 'limit_share', 'contents sum insured')]);
    expect(changed).toEqual([expect.objectContaining({ type: 'numeric_change', direction: 'narrower', from: '20%', to: '10%' })]);
    const otherThing = percentageDeltas(texts, [percent(100, 'other', 'full replacement value of your contents')], [percent(100, 'limit_share', 'buildings sum insured')]);
    expect(otherThing.map((d) => d.description)).toEqual([expect.stringContaining('no longer appears'), expect.stringContaining('is introduced')]);
  });
});
