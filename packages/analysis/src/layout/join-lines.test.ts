import { describe, expect, it } from 'vitest';
import { joinLineTexts } from './join-lines.js';

describe('joinLineTexts', () => {
  it('joins lines with one space', () => {
    expect(joinLineTexts('we will pay for loss ', ' or damage')).toBe('we will pay for loss or damage');
  });
  it('repairs a word hyphenated at the line end', () => {
    expect(joinLineTexts('the cover-', 'age provided')).toBe('the coverage provided');
  });
  it('keeps the hyphen of a compound split at its hyphen', () => {
    expect(joinLineTexts('any self-', 'insured amount')).toBe('any self-insured amount');
    expect(joinLineTexts('a pre-', 'existing condition')).toBe('a pre-existing condition');
  });
  it('removes the hyphen of a short prefix before a consonant ("pre-mium")', () => {
    expect(joinLineTexts('the pre-', 'mium is due')).toBe('the premium is due');
  });
  it('keeps the hyphen before a capital or a digit', () => {
    expect(joinLineTexts('COVID-', '19 claims')).toBe('COVID-19 claims');
    expect(joinLineTexts('non-', 'UK residents')).toBe('non-UK residents');
  });
  it('leaves a dash with a space before it alone', () => {
    expect(joinLineTexts('flood –', 'see below')).toBe('flood – see below');
  });
});
