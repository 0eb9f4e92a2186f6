/**
 * Turns words into match keys: lower case, possessive dropped, simple plural folded to singular. The
 * same function keys both defined terms and clause text, so "Valuables" matches "valuable" and
 * "Properties" matches "property" without a regex per term.
 */
export function singularise(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

export interface WordToken {
  /** Match key of the word. */
  key: string;
  /** Offset of the word in the text it came from. */
  start: number;
  /** True when the word starts with a capital letter. */
  capitalised: boolean;
  /** True when the word starts a sentence (capitals there prove nothing). */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

export function tokenise(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let lastEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const gap = text.slice(lastEnd, start);
    const sentenceStart = tokens.length === 0 || /[.!?:;•]\s*$/.test(gap);
    lastEnd = start + raw.length;
    const lower = raw.toLowerCase().replace(/'s$/, '');
    tokens.push({ key: singularise(lower), start, capitalised: /^\p{Lu}/u.test(raw), sentenceStart });
  }
  return tokens;
}

/** The key of a whole term: its word keys joined by single spaces. */
export function termKey(term: string): string {
  return tokenise(term)
    .map((t) => t.key)
    .join(' ');
}
