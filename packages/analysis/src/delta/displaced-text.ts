/**
 * A clause with no counterpart may still print nothing new: its words stand, in the same order,
 * in the other document, only cut differently. A heading and its subtitle set as one paragraph
 * on one side and as two heading lines on the other ("Sub-limits" / "Sections extended under this
 * section 52"), a heading whose dash did not extract so that it reads as body text, an item split
 * off the end of a neighbouring clause: none of these adds or removes wording.
 *
 * The test is on word sequences, with punctuation, dashes, quotes and case folded away: the
 * clause's words occur contiguously in the other document at least as often as in its own
 * (counting the clause itself). A clause that repeats wording its own document already had (a
 * general exclusion "any claim arising from cyber attack" added beside a section that already
 * said it) occurs once more on its own side and stays a real addition. An occurrence only counts
 * where it sits in headings or in clauses that cut the same way as the clause: words that move
 * from a cover into a new exclusion are a change, not layout.
 */
import type { ClauseType } from '@policydiff/contracts';
import { polarityOf } from './clause-polarity.js';
import { contentTokens } from './cosmetic-difference.js';
import { type WordingIndex, nearOccurrences, selfContained, wordingIndex } from './near-wording.js';

/** Shorter word sequences ("Flood", "Loss caused by storm") recur by chance; they are never displaced. */
export const MIN_DISPLACED_WORDS = 5;

export interface DisplacedText {
  /** The clause of the other document where the words first occur. */
  otherId: string;
  /** True when every clause the occurrence spans is a heading there. */
  inHeading: boolean;
  /** True when the other document prints nearly, not exactly, the same words. */
  near?: boolean;
}

/** A clause as the word stream sees it. */
export interface StreamClause {
  id: string;
  text: string;
  type: ClauseType;
  /** Headings (and lines detected as headings) are layout, whatever their wording. */
  heading: boolean;
}

interface WordStream {
  words: string[];
  /** Index into clauses of the clause each word belongs to. */
  owner: number[];
  clauses: StreamClause[];
  /** Positions of each word, to find where a sequence may start. */
  at: Map<string, number[]>;
}

/** The word stream of the clauses a wording index was built from, with the words it already read. */
function wordStream(clauses: StreamClause[], wording: WordingIndex): WordStream {
  const words: string[] = [];
  const owner: number[] = [];
  const at = new Map<string, number[]>();
  clauses.forEach((c, k) => {
    for (const w of wording.clauses[k].tokens) {
      const list = at.get(w);
      if (list) list.push(words.length);
      else at.set(w, [words.length]);
      words.push(w);
      owner.push(k);
    }
  });
  return { words, owner, clauses, at };
}

/** Start positions of every occurrence of `sequence` in the stream. */
function occurrences(stream: WordStream, sequence: string[]): number[] {
  const found: number[] = [];
  for (const start of stream.at.get(sequence[0]) ?? []) {
    let k = 1;
    while (k < sequence.length && stream.words[start + k] === sequence[k]) k += 1;
    if (k === sequence.length) found.push(start);
  }
  return found;
}

/**
 * For each query clause (one side's unmatched clauses, part of `ownClauses`), where the other
 * document prints the same words, when it prints them at least as often as the clause's own
 * document does and in headings or clauses of the same polarity.
 */
export function findDisplacedText(
  queries: StreamClause[],
  ownClauses: StreamClause[],
  otherClauses: StreamClause[],
  /** The wording indexes of ownClauses and otherClauses, when the caller has them already. */
  wording?: { own: WordingIndex; other: WordingIndex },
): Map<string, DisplacedText> {
  const found = new Map<string, DisplacedText>();
  if (queries.length === 0 || otherClauses.length === 0) return found;
  const indexes = wording ?? { own: wordingIndex(ownClauses), other: wordingIndex(otherClauses) };
  const own = wordStream(ownClauses, indexes.own);
  const other = wordStream(otherClauses, indexes.other);
  for (const query of queries) {
    const sequence = contentTokens(query.text);
    if (sequence.length < MIN_DISPLACED_WORDS) continue;
    // A whole sentence is the same provision wherever it is printed (selfContained).
    const polarity = selfContained(query.text) ? null : polarityOf(query.type);
    const fitting = occurrences(other, sequence).filter((start) => {
      for (let k = start; k < start + sequence.length; k += 1) {
        const clause = other.clauses[other.owner[k]];
        if (polarity !== null && !clause.heading && polarityOf(clause.type) !== polarity) return false;
      }
      return true;
    });
    if (fitting.length === 0) {
      // Not word for word: an item lightly edited as it moved ("models or devices" / "models and
      // devices") is still the other document's wording, if it prints it more often than this one.
      const there = nearOccurrences(indexes.other, sequence, polarity);
      if (there.firstId && there.count >= nearOccurrences(indexes.own, sequence, polarity).count) {
        found.set(query.id, { otherId: there.firstId, inHeading: false, near: true });
      }
      continue;
    }
    if (fitting.length < occurrences(own, sequence).length) continue;
    const start = fitting[0];
    const spanned = new Set<number>();
    for (let k = start; k < start + sequence.length; k += 1) spanned.add(other.owner[k]);
    found.set(query.id, {
      otherId: other.clauses[other.owner[start]].id,
      inHeading: [...spanned].every((k) => other.clauses[k].heading),
    });
  }
  return found;
}
