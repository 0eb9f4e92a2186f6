/**
 * Reads each sentence of a clause with its polarity (tables/sentence-polarity.ts). The polarity is
 * read from the sentence's main clause: a relative clause that negates ("the items which are not
 * payable … will become payable") and the exception after "unless", "except", "other than" or
 * "provided that" are set aside first, so they cannot turn the sentence round; "only if" stays,
 * since it is what makes a sentence a restriction.
 */
import { splitSentences } from '../sentences.js';
import { SENTENCE_POLARITIES, type PolarityRow, type SentencePolarity } from '../tables/sentence-polarity.js';

export interface SentenceReading {
  text: string;
  polarity: SentencePolarity | null;
  /** The row that read it and the cue that matched, for the delta's reason. */
  row: PolarityRow | null;
  cue: string | null;
}

const NEGATED_RELATIVE = /\b(?:which|that|who|whom)\s+(?:is|are|was|were|has|have|had)\s+(?:been\s+)?not\b[^,;]*?(?=,|\s(?:will|shall|would|is|are|can|may)\b|$)/gi;
const EXCEPTION_TAIL = /[,;]?\s+\b(?:unless|except(?:\s+for|\s+where|\s+that|\s+when)?|other than|provided(?:\s+that|\s+always)?|save\s+(?:for|where|as)|excluding)\b[\s\S]*$/i;
const LIST_MARKER = /^\s*(?:\(?[0-9]{1,2}[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[•▪■–-])\s+/i;

/** A sentence's main clause: the part its polarity is read from. */
export function mainClause(sentence: string): string {
  return sentence.replace(LIST_MARKER, '').replace(NEGATED_RELATIVE, '').replace(EXCEPTION_TAIL, '').replace(/\s+([,;])/g, '$1').trim();
}

export function readPolarity(sentence: string): Omit<SentenceReading, 'text'> {
  const main = mainClause(sentence);
  for (const row of SENTENCE_POLARITIES) {
    const cue = row.cues.find((c) => c.test(main));
    if (cue) return { polarity: row.polarity, row, cue: cue.source };
  }
  return { polarity: null, row: null, cue: null };
}

export function readSentences(text: string): SentenceReading[] {
  return splitSentences(text).map((sentence) => ({ text: sentence, ...readPolarity(sentence) }));
}
