import { describe, expect, it } from 'vitest';
import { containsPhrase, matchFraction, prepareText, wordTokens } from './phrase-match.js';

describe('phrase matching (score.py rule)', () => {
  it('normalises case, curly quotes, ligatures and soft hyphens into word tokens', () => {
    expect(wordTokens('The Insured’s “Flood” ﬁre co\u00adver')).toEqual(['the', 'insured', 's', 'flood', 'fire', 'cover']);
  });

  it('matches across line-break hyphenation and across punctuation', () => {
    const text = prepareText('any pre-\nexisting medical condition; unless declared.');
    expect(containsPhrase(text, prepareText('pre-existing medical condition unless'))).toBe(true);
    expect(containsPhrase(text, prepareText('preexisting medical'))).toBe(true);
    expect(containsPhrase(text, prepareText('medical condition declared'))).toBe(false);
  });

  it('gives the share of words found contiguously, down to the minimum fraction', () => {
    const text = prepareText('we will not pay for loss caused by flood');
    const phrase = prepareText('we will not pay for loss caused by storm or flood');
    expect(matchFraction(phrase, text, 1)).toBe(0);
    expect(matchFraction(phrase, text, 0.7)).toBeCloseTo(8 / 11);
    expect(matchFraction(prepareText('loss caused by flood'), text, 0.7)).toBe(1);
  });

  it('counts a match with a minimum weight only where the matched words carry it', () => {
    const rebuilt = prepareText([
      { text: 'We will not pay for', weight: 0 },
      { text: 'loss caused by riot', weight: 1 },
    ]);
    expect(matchFraction(prepareText('loss caused by riot'), rebuilt, 1, 0.5)).toBe(1);
    expect(matchFraction(prepareText('we will not pay'), rebuilt, 1, 0.5)).toBe(0);
    expect(matchFraction(prepareText('we will not pay'), rebuilt, 1)).toBe(1);
  });
});
