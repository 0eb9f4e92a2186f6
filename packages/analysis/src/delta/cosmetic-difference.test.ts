import { describe, expect, it } from 'vitest';
import { contentKey, cosmeticDifference, glyphLossProfile } from './cosmetic-difference.js';
import { diffWords } from './word-diff.js';

const NO_LOSS = { a: new Set<string>(), b: new Set<string>() };
const B_LOSES_APOSTROPHES = { a: new Set<string>(), b: new Set(['\u2019']) };

function classify(a: string, b: string, loss = NO_LOSS) {
  return cosmeticDifference(a, b, diffWords(a, b), loss);
}

describe('glyphLossProfile', () => {
  it('finds a glyph one side uses often and the other never extracts', () => {
    const a = Array.from({ length: 10 }, (_, k) => `The insured person\u2019s bag number ${k} \u2013 lost.`);
    const b = Array.from({ length: 10 }, (_, k) => `The insured person bag number ${k} lost.`);
    const loss = glyphLossProfile(a, b);
    expect([...loss.b].sort()).toEqual(['\u2013', '\u2019']);
    expect(loss.a.size).toBe(0);
  });

  it('counts a rarer glyph of the family as lost once frequent ones show the loss', () => {
    const a = [...Array.from({ length: 10 }, (_, k) => `The insured person\u2019s bag number ${k}.`), '\u201cLoss of limb\u201d means loss of a hand.'];
    const b = [...Array.from({ length: 10 }, (_, k) => `The insured person bag number ${k}.`), 'loss of a hand.'];
    expect([...glyphLossProfile(a, b).b].sort()).toEqual(['\u2019', '\u201c', '\u201d'].sort());
    // Four quotes alone are no signature.
    expect(glyphLossProfile(a.slice(10), b.slice(10))).toEqual(NO_LOSS);
  });

  it('finds nothing when both sides use the glyphs', () => {
    const texts = Array.from({ length: 10 }, () => 'the insured person\u2019s bag');
    expect(glyphLossProfile(texts, texts)).toEqual(NO_LOSS);
  });
});

describe('cosmeticDifference', () => {
  it('folds bullets that extract as letters, dash spacing and joined units', () => {
    expect(contentKey('Exclusions 1 \u2013 4 n storm n flood 30cms')).toBe(contentKey('Exclusions 1\u20134, storm, flood 30 cms'));
    expect(classify('n Flood n Storm, 30cms of snow.', 'Flood; Storm; 30 cms of snow')).toBe('typography');
  });

  it('reads text lost at a glyph the other PDF never extracts as an extraction gap', () => {
    const a = 'We will pay for loss of an insured person\u2019s cash, banknotes or traveller\u2019s cheques carried for social purposes.';
    const b = 'We will pay for loss of an insured person cheques carried for social purposes.';
    expect(classify(a, b, B_LOSES_APOSTROPHES)).toBe('extraction_gap');
    // Without the document-wide signature the same deletion is a real change.
    expect(classify(a, b)).toBeNull();
  });

  it('reads a lost run that starts inside a word and spans several words as one gap', () => {
    const a = 'items used in connection with the insured person\u2019s employment or occupation, except laptops.';
    const b = 'items used in connection with the insured person occupation, except laptops.';
    expect(classify(a, b, B_LOSES_APOSTROPHES)).toBe('extraction_gap');
  });

  it('reads a lost run that left only a list marker behind as an extraction gap', () => {
    const a = 'you may cancel the policy by giving us seven days\u2019 written notice as long as you have not made a claim under the policy.';
    const b = 'ii) under the policy.';
    expect(classify(a, b, B_LOSES_APOSTROPHES)).toBe('extraction_gap');
    expect(contentKey('(b) flood and ii) storm')).toBe(contentKey('flood and storm'));
  });

  it('keeps real edits real even when one side loses glyphs', () => {
    const a = 'We will pay up to \u00a35,000 for the insured person\u2019s baggage.';
    const b = 'We will pay up to \u00a33,000 for the insured person baggage.';
    expect(classify(a, b, B_LOSES_APOSTROPHES)).toBeNull();
    expect(classify('cover for fire and flood', 'cover for fire', B_LOSES_APOSTROPHES)).toBeNull();
  });
});
