import { describe, expect, it } from 'vitest';
import type { StreamClause } from './displaced-text.js';
import { contentTokens } from './cosmetic-difference.js';
import { editedStretches, figuresOf, nearOccurrences, selfContained, wordingIndex } from './near-wording.js';
import { diffWords } from './word-diff.js';

const clause = (id: string, text: string, type: StreamClause['type'] = 'exclusion'): StreamClause => ({ id, text, type, heading: false });
const DRONES = '4 owning, possessing or using drones including mechanically propelled aerial toys, models or devices';

describe('nearOccurrences', () => {
  const index = wordingIndex([
    clause('a1', '3 owning any land 4 owning, possessing or using drones including mechanically propelled aerial toys, models and devices 5 dogs'),
    clause('a2', 'We will pay for drones including mechanically propelled aerial toys, models or devices', 'coverage_grant'),
    clause('a3', 'owning or using drones'),
  ]);

  it('finds a clause printing nearly the same words, within a longer clause', () => {
    expect(nearOccurrences(index, contentTokens(DRONES), 'restriction')).toEqual({ count: 1, firstId: 'a1' });
  });

  it('counts only clauses of the same polarity, and leaves out the excluded ones', () => {
    expect(nearOccurrences(index, contentTokens(DRONES), 'grant').count).toBe(0);
    expect(nearOccurrences(index, contentTokens(DRONES), 'restriction', new Set(['a1'])).count).toBe(0);
  });

  it('does not take scattered words or a different figure for the same wording', () => {
    const scattered = wordingIndex([clause('b1', 'owning a home possessing a car or using a boat while drones fly and mechanically propelled toys are aerial or models of devices are kept')]);
    expect(nearOccurrences(scattered, contentTokens(DRONES), 'restriction').count).toBe(0);
    const figures = wordingIndex([clause('c1', 'We will pay up to £50,000 for:', 'sublimit')]);
    expect(nearOccurrences(figures, contentTokens('We will pay up to £100,000 for:'), 'restriction').count).toBe(0);
  });
});

describe('editedStretches', () => {
  it('finds the run only one side has, bridging a short equal run, and ignores short edits', () => {
    const diff = diffWords('5 dogs under the Act', `${DRONES} 5 dogs under the Act`);
    const stretches = editedStretches(diff);
    expect(stretches).toHaveLength(1);
    expect(stretches[0]).toMatchObject({ side: 'b' });
    expect(stretches[0].tokens.slice(0, 3)).toEqual(['4', 'owning', 'possessing']);
    expect(editedStretches(diffWords('loss caused by storm', 'loss caused by storm or flood'))).toEqual([]);
  });
});

describe('selfContained', () => {
  it('takes whole sentences with a subject and a verb, after stray punctuation or a bullet glyph', () => {
    expect(selfContained('We will only ask for information relevant to your claim and we will pay for any reasonable expenses.')).toBe(true);
    expect(selfContained('. n We will only ask for information relevant to your claim and we will pay your expenses.')).toBe(true);
  });

  it('leaves list items and fragments, which take their meaning from where they are printed', () => {
    expect(selfContained('1 gates, fences and hedges damaged by storm or flood')).toBe(false);
    expect(selfContained('Loss or damage to valuables or money.')).toBe(false);
  });
});

describe('figuresOf', () => {
  it('keeps amounts, periods and counts; drops numbers that only number list items', () => {
    expect(figuresOf(contentTokens('7 owning horses 8 any claim for damages brought in a court'))).toEqual([]);
    expect(figuresOf(contentTokens('up to £15,000 for any one claim within 30 days, 5 times a year'))).toEqual(['15', '000', '30', '5']);
    expect(figuresOf(contentTokens('for more than 60 consecutive days'))).toEqual(['60']);
  });
});
