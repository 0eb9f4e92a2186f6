import { describe, expect, it } from 'vitest';
import { figureStretch, readFigureRole } from '../facts/figure-role-reader.js';
import { FIGURE_ROLES, type FigureKind } from './figure-roles.js';

const kindOf = (figure: string): FigureKind => (/%/.test(figure) ? 'percentage' : /[£$€₹]|\bRs\b|Rs\./.test(figure) ? 'amount' : 'period');

describe('figure-role table', () => {
  it('names each role once and gives every direction', () => {
    const roles = FIGURE_ROLES.map((r) => r.role);
    expect(new Set(roles).size).toBe(roles.length);
    for (const row of FIGURE_ROLES) {
      expect(row.fires.length, row.role).toBeGreaterThan(0);
      expect(row.doesNotFire.length, row.role).toBeGreaterThan(0);
      // A role that gains the insured as it grows is broader when it rises, and the mirror image.
      if (row.gains === 'insured') expect([row.up, row.down], row.role).toEqual(['broader', 'narrower']);
      if (row.gains === 'insurer') expect([row.up, row.down], row.role).toEqual(['narrower', 'broader']);
      if (row.gains === 'neither') expect([row.up, row.down, row.removed, row.introduced], row.role).toEqual(['neutral', 'neutral', 'neutral', 'neutral']);
    }
  });

  for (const row of FIGURE_ROLES) {
    describe(row.role, () => {
      for (const example of row.fires) {
        it(`reads "${example.figure}" in "${example.text.slice(0, 60)}…" as ${row.role}`, () => {
          expect(example.text).toContain(example.figure);
          const reading = readFigureRole(kindOf(example.figure), figureStretch(example.text, example.figure), null);
          expect(reading?.row.role).toBe(row.role);
        });
      }
      for (const example of row.doesNotFire) {
        it(`does not read "${example.figure}" in "${example.text.slice(0, 60)}…" as ${row.role}`, () => {
          expect(example.text).toContain(example.figure);
          const reading = readFigureRole(kindOf(example.figure), figureStretch(example.text, example.figure), null);
          expect(reading?.row.role).not.toBe(row.role);
        });
      }
    });
  }
});

describe('figureStretch', () => {
  it('cuts at the sentence part and at the other figures', () => {
    const text = 'The Company shall settle the claim within 30 days. Payment is made within 7 days of acceptance.';
    expect(figureStretch(text, '7 days').before).toBe(' Payment is made within ');
    const list = 'Refund: 75% up to 1 month, 50% up to 3 months';
    const at = list.indexOf('50%');
    const span = (raw: string) => ({ at: list.indexOf(raw), length: raw.length });
    expect(figureStretch(list, '50%', at, [span('75%'), span('1 month'), span('3 months')])).toEqual({ before: ', ', after: '50% up to ' });
  });

  it('does not end a part at "Rs." or "No."', () => {
    const text = 'A sub-limit of Rs. 50,000 applies to cataract surgery.';
    expect(figureStretch(text, '50,000').before).toBe('A sub-limit of Rs. ');
  });

  it('falls back to the DNA role when no cue speaks', () => {
    expect(readFigureRole('period', { before: 'for ', after: '10 days' }, 'waiting_period')?.row.role).toBe('waiting_period');
    expect(readFigureRole('period', { before: 'for ', after: '10 days' }, 'other')).toBeNull();
  });
});
