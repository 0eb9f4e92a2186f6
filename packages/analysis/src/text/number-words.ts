/**
 * Numbers written as words ("fifteen days", "fifteen (15) days", "thirty-six months"), read the
 * same way wherever the analysis reads text: the DNA stage parses them as figures, and the
 * comparison folds them to digits so that "10 business days" and "ten business days" are the same
 * wording.
 */

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** One to ninety-nine in words, "twenty-eight" as well as "twenty". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = (() => {
  const words: Record<string, number> = {};
  UNITS.forEach((w, k) => (words[w] = k + 1));
  TEENS.forEach((w, k) => (words[w] = k + 10));
  TENS.forEach((w, k) => {
    words[w] = (k + 2) * 10;
    UNITS.forEach((u, j) => (words[`${w}-${u}`] = (k + 2) * 10 + j + 1));
  });
  return words;
})();

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
