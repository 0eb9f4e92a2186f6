/**
 * Drafting synonyms: pairs of words and phrases that policy wordings use interchangeably when a
 * wording is modernised ("shall" → "will", "forthwith" → "immediately", "in respect of" → "for").
 * A clause whose only differences are such swaps says the same thing, so it is a rewording
 * (neutral, low), not a change of cover.
 */
import { contentKey } from './cosmetic-difference.js';

/** Each entry folds the variants on the left to the plain word on the right. */
const SYNONYMS: Array<[RegExp, string]> = [
  [/\bshall\b/g, 'will'],
  [/\bforthwith\b|\bat once\b/g, 'immediately'],
  [/\bin respect of\b|\bin relation to\b|\bwith respect to\b/g, 'for'],
  [/\bprior to\b/g, 'before'],
  [/\bin order to\b/g, 'to'],
  [/\bsubsequent to\b/g, 'after'],
  [/\bin the event (?:of|that)\b/g, 'if'],
  [/\bpursuant to\b|\bin accordance with\b/g, 'under'],
  [/\bwhilst\b/g, 'while'],
  [/\bupon\b/g, 'on'],
  [/\bcommence(?:s|d)?\b/g, 'start'],
  [/\bterminate(?:s|d)?\b/g, 'end'],
  [/\butili[sz]e(?:s|d)?\b/g, 'use'],
  [/\bendeavour\b|\battempt\b/g, 'try'],
  [/\bany and all\b/g, 'all'],
  [/\b(?:which|that) (?:includes?|include)\b/g, 'including'],
  [/\bobtain\b/g, 'get'],
  [/\bpurchase\b/g, 'buy'],
  [/\bassist(?:ance)?\b/g, 'help'],
  [/\bsufficient\b/g, 'enough'],
  [/\bdeem(?:ed)?\b/g, 'consider'],
  [/\bwhichever (?:happens|occurs|comes|is) (?:first|earlier|sooner)\b/g, 'whichever is earlier'],
  [/\bwhichever (?:happens|occurs|comes|is) (?:last|later)\b/g, 'whichever is later'],
  [/\beach and every\b|\beach\b/g, 'every'],
  [/\bover and above\b|\bas well as\b/g, 'in addition to'],
  [/\bfor example\b|\be\.g\.,?/g, 'such as'],
  [/\bany other\b/g, 'another'],
];

export function foldLegalSynonyms(text: string): string {
  let folded = text.toLowerCase();
  for (const [pattern, plain] of SYNONYMS) folded = folded.replace(pattern, plain);
  return folded;
}

/** True when the two wordings differ only by drafting synonyms (and typography). */
export function differsOnlyBySynonyms(a: string, b: string): boolean {
  return contentKey(foldLegalSynonyms(a)) === contentKey(foldLegalSynonyms(b));
}
