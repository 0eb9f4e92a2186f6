/**
 * Numbers written as words ("fifteen days", "fifteen (15) days", "thirty-six months"), read the
 * same way wherever the analysis reads text: the DNA stage parses them as figures, and the
 * comparison folds them to digits so that "10 business days" and "ten business days" are the same
 * wording.
 */

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, 'twenty-one': 21, 'twenty-four': 24, 'twenty-five': 25, thirty: 30, 'thirty-six': 36, forty: 40,
  'forty-five': 45, 'forty-eight': 48, fifty: 50, sixty: 60, seventy: 70, 'seventy-five': 75, eighty: 80, ninety: 90,
};

const ALTERNATION = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
/** A number word (its hyphen optional: folded text joins "twenty-one"), with the digits some wordings repeat after it: "fifteen (15)". */
const NUMBER_WORD = new RegExp(String.raw`\b(${ALTERNATION.replace(/-/g, '-?')})\b(?:\s*\(\s*(\d{1,4})\s*\))?`, 'gi');
const BY_FOLDED = new Map(Object.entries(NUMBER_WORDS).map(([w, n]) => [w.replace(/-/g, ''), n]));

/** The regular-expression alternation of the number words, longest first. */
export const NUMBER_WORD_ALTERNATION = ALTERNATION;

/** "fifteen (15) days" → "15 days", "ten business days" → "10 business days"; lower-cased input expected. */
export function numberWordsAsDigits(text: string): string {
  return text.replace(NUMBER_WORD, (match, word: string, digits: string | undefined) => digits ?? String(BY_FOLDED.get(word.toLowerCase().replace(/-/g, '')) ?? match));
}
