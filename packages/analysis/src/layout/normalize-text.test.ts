import { describe, expect, it } from 'vitest';
import { normalizeRun, normalizeSpacing } from './normalize-text.js';

describe('normalizeRun', () => {
  it('expands ligatures', () => {
    expect(normalizeRun('\uFB01re and \uFB02ood, e\uFB00ect, su\uFB03cient, ba\uFB04e')).toBe('fire and flood, effect, sufficient, baffle');
  });
  it('removes soft hyphens and zero-width characters', () => {
    expect(normalizeRun('cover\u00ADage\u200B')).toBe('coverage');
  });
  it('turns exotic spaces into plain spaces without trimming', () => {
    expect(normalizeRun('£1,000\u00A0per\u2009claim ')).toBe('£1,000 per claim ');
  });
  it('keeps curly quotes, superscripts and fractions that NFKC would rewrite', () => {
    expect(normalizeRun('“Flood” m² ½')).toBe('“Flood” m² ½');
  });
  it('applies NFKC to full-width letters', () => {
    expect(normalizeRun('ＡＢＣ')).toBe('ABC');
  });
  it('maps private-use bullet glyphs to a bullet', () => {
    expect(normalizeRun('\uF0B7')).toBe('•');
  });
});

describe('normalizeSpacing', () => {
  it('collapses runs of spaces and trims', () => {
    expect(normalizeSpacing('  we  will   pay ')).toBe('we will pay');
  });
  it('removes spaces just inside curly quotes and brackets and before punctuation', () => {
    expect(normalizeSpacing('“ Flood ” means ( a ) water , mud ; or')).toBe('“Flood” means (a) water, mud; or');
  });
  it('joins an apostrophe split from its word', () => {
    expect(normalizeSpacing('we don ’t pay')).toBe('we don’t pay');
  });
});

describe('normalizeRun: letter-spaced words', () => {
  it('joins a word pdfjs read with every character apart', () => {
    expect(normalizeRun('C h r o n i c')).toBe('Chronic');
    expect(normalizeRun("C o m p a n y ' s")).toBe("Company's");
    expect(normalizeRun('( R e g i s t r a t i o n')).toBe('(Registration');
    expect(normalizeRun('5 0 %')).toBe('50%');
    expect(normalizeRun('o f ')).toBe('of ');
  });

  it('leaves ordinary runs, and two lone figures, as they are', () => {
    expect(normalizeRun('Chronic Nephritis and')).toBe('Chronic Nephritis and');
    expect(normalizeRun('1 2')).toBe('1 2');
    expect(normalizeRun('a policy')).toBe('a policy');
    expect(normalizeRun('(a) (b)')).toBe('(a) (b)');
  });
});
