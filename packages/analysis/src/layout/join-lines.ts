/**
 * Joins the text of consecutive lines of one paragraph, repairing words hyphenated at the line
 * end: "cover-" + "age" → "coverage". A real compound split at its hyphen ("self-" + "insured",
 * "pre-" + "existing") keeps the hyphen, as does anything followed by a capital or a digit
 * ("COVID-" + "19").
 */

/**
 * Prefixes that form hyphenated compounds in policy wordings ("self-insured", "non-disclosure").
 * Short prefixes that also begin ordinary words ("pre-mium", "co-ver") keep the hyphen only
 * before a vowel: "pre-existing", "co-insurance", "re-entry".
 */
const COMPOUND_PREFIXES = new Set(['self', 'non', 'ex', 'semi', 'well', 'third', 'half', 'multi', 'cross', 'anti', 'mid', 'all']);
const VOWEL_COMPOUND_PREFIXES = new Set(['pre', 'co', 're', 'de', 'post']);

function keepsHyphen(fragment: string, continuation: string): boolean {
  const prefix = fragment.toLowerCase();
  if (COMPOUND_PREFIXES.has(prefix)) return true;
  return VOWEL_COMPOUND_PREFIXES.has(prefix) && /^[aeiou]/.test(continuation);
}

const TERMINAL_HYPHEN = /(\p{L}+)-$/u;

export function joinLineTexts(first: string, second: string): string {
  const a = first.trimEnd();
  const b = second.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  const hyphen = TERMINAL_HYPHEN.exec(a);
  if (hyphen) {
    const fragment = hyphen[1];
    const continuesLowerCase = /^\p{Ll}/u.test(b);
    if (continuesLowerCase && !keepsHyphen(fragment, b)) return a.slice(0, -1) + b;
    return a + b;
  }
  return `${a} ${b}`;
}
