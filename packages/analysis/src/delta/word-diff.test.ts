import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff.js';

function sideTexts(ops: { op: string; text: string }[]) {
  return {
    a: ops.filter((o) => o.op !== 'insert').map((o) => o.text).join(''),
    b: ops.filter((o) => o.op !== 'delete').map((o) => o.text).join(''),
  };
}

describe('diffWords', () => {
  it('marks a changed amount as a small delete/insert between equal runs', () => {
    expect(diffWords('The limit is £10,000 per claim.', 'The limit is £5,000 per claim.')).toEqual([
      { op: 'equal', text: 'The limit is £' },
      { op: 'delete', text: '10,000' },
      { op: 'insert', text: '5,000' },
      { op: 'equal', text: ' per claim.' },
    ]);
  });

  it('round-trips: equal+delete gives A and equal+insert gives B, whitespace included', () => {
    const cases: Array<[string, string]> = [
      ['We will pay  for\nloss or damage.', 'We shall pay for loss,\tdamage or destruction.'],
      ['', 'Entirely new clause.'],
      ['Entirely removed clause.', ''],
      ['a b c d e f g', 'g f e d c b a'],
      ['You must tell us immediately.', 'You must tell us immediately.'],
      ['Flood, storm and frost are excluded unless sudden.', 'Storm, flood are excluded; frost is covered unless gradual.'],
    ];
    for (const [a, b] of cases) {
      const ops = diffWords(a, b);
      expect(sideTexts(ops)).toEqual({ a, b });
      for (let k = 1; k < ops.length; k += 1) expect(ops[k].op).not.toBe(ops[k - 1].op);
    }
  });

  it('finds a minimal edit script on a longer reordered text', () => {
    const words = Array.from({ length: 400 }, (_, k) => `w${k}`);
    const a = words.join(' ');
    const b = [...words.slice(200), ...words.slice(0, 200)].join(' ');
    const ops = diffWords(a, b);
    expect(sideTexts(ops)).toEqual({ a, b });
    const equalWords = ops.filter((o) => o.op === 'equal').join(' ');
    expect(ops.filter((o) => o.op === 'equal').map((o) => o.text).join('').split(' ').filter(Boolean).length).toBeGreaterThanOrEqual(199);
    expect(equalWords.length).toBeGreaterThan(0);
  });
});
