import { describe, expect, it } from 'vitest';
import { mainClause, readPolarity } from '../facts/sentence-reader.js';
import { SENTENCE_POLARITIES } from './sentence-polarity.js';

describe('sentence-polarity table', () => {
  it('gives every polarity its directions as DOMAIN.md §2 does', () => {
    const byPolarity = (p: string) => SENTENCE_POLARITIES.find((r) => r.polarity === p)!;
    expect([byPolarity('grant').added, byPolarity('grant').removed]).toEqual(['broader', 'narrower']);
    expect([byPolarity('restriction').added, byPolarity('restriction').removed]).toEqual(['narrower', 'broader']);
    expect([byPolarity('insured_duty').added, byPolarity('insured_duty').removed]).toEqual(['narrower', 'broader']);
    expect([byPolarity('insurer_duty').added, byPolarity('insurer_duty').removed]).toEqual(['broader', 'narrower']);
    expect([byPolarity('information').added, byPolarity('information').removed]).toEqual(['neutral', 'neutral']);
  });

  SENTENCE_POLARITIES.forEach((row, k) => {
    describe(`${row.polarity} (row ${k + 1})`, () => {
      for (const sentence of row.fires) {
        it(`reads "${sentence.slice(0, 70)}" as ${row.polarity}`, () => {
          expect(readPolarity(sentence).polarity).toBe(row.polarity);
        });
      }
      for (const sentence of row.doesNotFire) {
        it(`does not read "${sentence.slice(0, 70)}" with this row`, () => {
          expect(readPolarity(sentence).row).not.toBe(row);
        });
      }
    });
  });
});

describe('mainClause', () => {
  it('sets aside a negating relative clause and an exception, keeping "only if"', () => {
    expect(mainClause('then the items which are not payable as per List-I, will become payable.')).toBe('then the items, will become payable.');
    expect(mainClause('We will not pay for theft unless there is forcible entry.')).toBe('We will not pay for theft');
    expect(mainClause('Coverage shall be available only if the premium is paid.')).toBe('Coverage shall be available only if the premium is paid.');
  });
});
