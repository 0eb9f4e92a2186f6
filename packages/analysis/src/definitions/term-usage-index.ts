/**
 * Finds which clauses use which defined terms in one pass over the text. Terms are indexed by their
 * first word key; each clause is tokenised once and every token looks up only the terms that can
 * start there, so 3,000 clauses × 200 terms costs about as much as reading the text once.
 */
import { tokenise, type WordToken } from './term-key.js';

export interface TermPattern {
  /** Index of the defined term this pattern belongs to. */
  termIndex: number;
  keys: string[];
}

export interface TermOccurrence {
  termIndex: number;
  clauseIndex: number;
  capitalised: boolean;
  sentenceStart: boolean;
}

export function buildFirstWordIndex(patterns: readonly TermPattern[]): Map<string, TermPattern[]> {
  const index = new Map<string, TermPattern[]>();
  for (const pattern of patterns) {
    if (pattern.keys.length === 0) continue;
    const list = index.get(pattern.keys[0]);
    if (list) list.push(pattern);
    else index.set(pattern.keys[0], [pattern]);
  }
  // Longest first, so "Accidental Damage" wins over "Accidental" at the same position.
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}

function matchesAt(tokens: readonly WordToken[], at: number, keys: readonly string[]): boolean {
  if (at + keys.length > tokens.length) return false;
  for (let k = 1; k < keys.length; k++) if (tokens[at + k].key !== keys[k]) return false;
  return true;
}

/** Every non-overlapping occurrence of any pattern in the given texts. */
export function findTermOccurrences(texts: readonly string[], patterns: readonly TermPattern[]): TermOccurrence[] {
  const index = buildFirstWordIndex(patterns);
  const occurrences: TermOccurrence[] = [];
  texts.forEach((text, clauseIndex) => {
    const tokens = tokenise(text);
    for (let i = 0; i < tokens.length; i++) {
      const candidates = index.get(tokens[i].key);
      if (!candidates) continue;
      const hit = candidates.find((p) => matchesAt(tokens, i, p.keys));
      if (!hit) continue;
      occurrences.push({
        termIndex: hit.termIndex,
        clauseIndex,
        capitalised: tokens[i].capitalised,
        sentenceStart: tokens[i].sentenceStart,
      });
      i += hit.keys.length - 1;
    }
  });
  return occurrences;
}
