/**
 * Text folding shared by alignment and delta interpretation. Two wordings that differ only in case,
 * curly versus straight quotes, dash glyphs, hyphenation or whitespace are the same wording: a
 * reader would not call that a change, so neither do we.
 */

import { numberWordsAsDigits } from '../text/number-words.js';

/** Folds every difference that is typography rather than wording. */
export function normaliseForComparison(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(/\u00AD/g, '') // soft hyphens are invisible line-break hints
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/([A-Za-z])-[ \t]*\r?\n\s*([a-z])/g, '$1$2') // "cov-\nered" is a line-break artefact
    .replace(/([A-Za-z])-([A-Za-z])/g, '$1$2') // "sub-limit" and "sublimit" read the same
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?)\]])/g, '$1')
    .replace(/([(\[]) /g, '$1')
    .trim()
    .toLowerCase();
  // "ten business days" and "10 business days", "fifteen (15) days" and "15 days": one figure.
  return numberWordsAsDigits(folded);
}

const WORD_PATTERN = /[a-z0-9]+(?:[.,'][a-z0-9]+)*/g;

/**
 * Word tokens for similarity. A light plural fold ("perils" → "peril") lets a reworded clause
 * still meet its original; numbers keep their separators so "1,000" stays one token.
 */
export function wordTokens(text: string): string[] {
  return wordTokensOfNormalised(normaliseForComparison(text));
}

/** As wordTokens, for text already passed through normaliseForComparison. */
export function wordTokensOfNormalised(normalised: string): string[] {
  const tokens = normalised.match(WORD_PATTERN) ?? [];
  return tokens.map(stemLightly);
}

function stemLightly(token: string): string {
  let t = token.endsWith("'s") ? token.slice(0, -2) : token;
  if (t.length > 4 && t.endsWith('ies')) t = `${t.slice(0, -3)}y`;
  else if (t.length > 4 && t.endsWith('s') && !t.endsWith('ss') && !/\d/.test(t)) t = t.slice(0, -1);
  return t;
}

/**
 * Character n-grams over the folded text (punctuation dropped), so spelling variants and merged
 * words still overlap. Returned as 30-bit hashes: shingles are only ever compared, and hashing
 * avoids building millions of short strings on long documents. Only shingles whose hash falls in
 * a fixed residue class are kept (consistent sampling: the same shingle is kept or dropped in
 * both documents), which estimates the same cosine at a third of the cost; a very short text
 * whose sample would be empty keeps every shingle.
 */
export function characterShingleHashes(normalised: string, size = 5, sampling = 3): Int32Array {
  const compact = normalised.replace(/[^a-z0-9 ]+/g, '');
  if (compact.length === 0) return new Int32Array(0);
  const count = Math.max(1, compact.length - size + 1);
  const all = new Int32Array(count);
  let kept = 0;
  for (let i = 0; i < count; i += 1) {
    let h = 0x811c9dc5;
    const end = Math.min(compact.length, i + size);
    for (let k = i; k < end; k += 1) h = Math.imul(h ^ compact.charCodeAt(k), 0x01000193);
    h = (h ^ (h >>> 15)) & 0x3fffffff; // 30 bits stay small integers in V8, keeping lookups fast
    all[i] = h;
    if (h % sampling === 0) kept += 1;
  }
  if (kept === 0) return all;
  const sample = new Int32Array(kept);
  let k = 0;
  for (const h of all) if (h % sampling === 0) sample[k++] = h;
  return sample;
}
