import { describe, expect, it } from 'vitest';
import { parseNumbering, resolveRomanOrLetter } from './parse-numbering.js';

describe('parseNumbering', () => {
  it.each([
    ['1. Definitions', 'decimal', '1', '1', 'Definitions'],
    ['1.1 Accidental damage', 'decimal', '1.1', '1.1', 'Accidental damage'],
    ['1.1.1. Escape of water', 'decimal', '1.1.1', '1.1.1', 'Escape of water'],
    ['3 What is covered', 'decimal', '3', '3', 'What is covered'],
    ['(a) the buildings', 'alpha', '(a)', '(a)', 'the buildings'],
    ['b) the contents', 'alpha', 'b)', '(b)', 'the contents'],
    ['c. the garden', 'alpha', 'c', '(c)', 'the garden'],
    ['(ii) any theft', 'roman', '(ii)', '(ii)', 'any theft'],
    ['(i) any theft', 'roman', '(i)', '(i)', 'any theft'],
    ['(A) Buildings', 'ALPHA', '(A)', '(A)', 'Buildings'],
    ['(3) Notices', 'paren-num', '(3)', '(3)', 'Notices'],
    ['Section 3 Liability', 'section', 'Section 3', 'Section 3', 'Liability'],
    ['SECTION 2 – CONTENTS', 'section', 'SECTION 2', 'Section 2', 'CONTENTS'],
    ['Part A: Your cover', 'section', 'Part A', 'Part A', 'Your cover'],
    ['• fire or smoke', 'bullet', '•', '•', 'fire or smoke'],
  ])('%s', (text, style, number, label, rest) => {
    const n = parseNumbering(text);
    expect(n).not.toBeNull();
    expect(n).toMatchObject({ style, number, label, rest });
  });

  it('gives the decimal components', () => {
    expect(parseNumbering('3.2.1 Theft')?.components).toEqual([3, 2, 1]);
  });

  it.each([
    'Section 3 of this policy applies to all claims',
    '30 days after the loss',
    '2.5 metres above the ground',
    '2024 edition of the wording',
    'e.g. a burst pipe',
    'A claim must be made within 30 days',
    'Part of the cover',
    '$500 excess applies',
  ])('does not take "%s" for numbering', (text) => {
    expect(parseNumbering(text)).toBeNull();
  });
});

describe('resolveRomanOrLetter', () => {
  it('reads "(i)" after "(h)" as a letter', () => {
    const n = parseNumbering('(i) injury')!;
    expect(resolveRomanOrLetter(n, 'h').style).toBe('alpha');
  });
  it('reads "(i)" after "(c)" as a roman numeral', () => {
    const n = parseNumbering('(i) injury')!;
    expect(resolveRomanOrLetter(n, 'c').style).toBe('roman');
    expect(resolveRomanOrLetter(n, null).style).toBe('roman');
  });
});
