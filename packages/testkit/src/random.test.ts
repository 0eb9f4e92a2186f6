import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';

const draw = (seed: number, n = 20): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays in [0, 1) and int() stays inside its inclusive bounds', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = random.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffle returns a permutation and leaves its input alone', () => {
    const input = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = createRandom(5).shuffle(input);
    expect(shuffled).not.toEqual(input);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(input[0]).toBe(0);
  });

  it('fork gives a stream that does not depend on how much the parent consumed', () => {
    const fresh = createRandom(9);
    const used = createRandom(9);
    for (let i = 0; i < 100; i++) used.next();
    expect(fresh.fork('edits').next()).toBe(used.fork('edits').next());
    expect(fresh.fork('edits').next()).not.toBe(fresh.fork('render').next());
  });

  it('rejects bad arguments', () => {
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
    expect(() => createRandom(1).int(5, 4)).toThrow(RangeError);
  });
});
