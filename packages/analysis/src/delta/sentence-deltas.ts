/**
 * Whole sentences that come, go or turn round inside a modified clause, read by their polarity
 * (tables/sentence-polarity.ts): removing a restriction is broader ("Cashless facility is not
 * available" gone), adding a duty of the insured narrower, a restriction that becomes a grant
 * ("coverage will not be available" → "coverage shall be available") broader. The word-level
 * readings (scope, breadth) then read the rest of the clause without those sentences, so a new
 * restriction's words are not counted as more cover.
 */
import type { Delta, DeltaType, Direction } from '@policydiff/contracts';
import { contentTokens } from './cosmetic-difference.js';
import { readSentences, type SentenceReading } from './facts/sentence-reader.js';
import { pairItems } from './item-pairing.js';
import { because } from './rules/because.js';
import { clip } from './sentences.js';
import type { SentencePolarity } from './tables/sentence-polarity.js';

/** A sentence shorter than this says too little on its own to be read as added or removed. */
const MIN_SENTENCE_WORDS = 5;
/**
 * Two sentences are one sentence reworded when this share of the shorter one's words is in the
 * longer (an exception added to a sentence keeps it the same sentence).
 */
const SAME_SENTENCE_OVERLAP = 0.6;
/** A sentence whose words the other side holds at this share elsewhere was cut differently, not added. */
const RESTATED_SHARE = 0.7;

const DELTA_TYPE: Record<SentencePolarity, DeltaType> = {
  grant: 'scope_change',
  restriction: 'scope_change',
  carve_back: 'carve_out_change',
  insured_duty: 'burden_shift_change',
  insurer_duty: 'burden_shift_change',
  insurer_right: 'strictness_change',
  soft_promise: 'strictness_change',
  information: 'wording_only',
};

interface ReadSentence extends SentenceReading {
  words: string[];
}

/** The share of the shorter word set that the longer one holds. */
function containment(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared += 1;
  const smaller = Math.min(sa.size, sb.size);
  return smaller === 0 ? 0 : shared / smaller;
}

/** Whether the other side holds most of the sentence's words anyway (split or merged differently). */
function heldBy(sentence: ReadSentence, otherWords: Set<string>): boolean {
  const held = sentence.words.filter((w) => otherWords.has(w)).length;
  return held >= RESTATED_SHARE * sentence.words.length;
}

const operative = (s: ReadSentence): boolean => s.polarity !== null && s.polarity !== 'information' && s.words.length >= MIN_SENTENCE_WORDS;

export interface SentenceReadingOfPair {
  deltas: Delta[];
  /** The whole sentences added (B) or removed (A) that the deltas report. */
  whole: { a: string[]; b: string[] };
}

function combined(a: Direction, b: Direction): Direction {
  if (a === b) return a;
  if (a === 'neutral') return b;
  if (b === 'neutral') return a;
  return 'ambiguous';
}

export function sentenceDeltas(texts: { a: string; b: string }): SentenceReadingOfPair {
  const read = (text: string): ReadSentence[] => readSentences(text).map((s) => ({ ...s, words: contentTokens(s.text) }));
  const sentencesA = read(texts.a);
  const sentencesB = read(texts.b);
  const paired = pairItems(sentencesA, sentencesB, (a, b) => {
    const overlap = containment(a.words, b.words);
    return overlap >= SAME_SENTENCE_OVERLAP ? overlap : null;
  });
  const wordsA = new Set(sentencesA.flatMap((s) => s.words));
  const wordsB = new Set(sentencesB.flatMap((s) => s.words));
  const deltas: Delta[] = [];
  const whole = { a: [] as string[], b: [] as string[] };
  for (const a of paired.onlyA) {
    if (!operative(a) || heldBy(a, wordsB)) continue;
    const direction = a.row!.removed;
    whole.a.push(a.text);
    deltas.push({
      type: DELTA_TYPE[a.polarity!],
      direction,
      description: `A ${a.row!.label} sentence is removed: "${clip(a.text, 160)}".`,
      from: clip(a.text, 200),
      to: null,
      evidence: { a_quote: clip(a.text), b_quote: null },
      rule: 'sentence.added-or-removed',
      role: null,
      polarity: a.polarity,
      why: because(`a ${a.row!.label} removed`, direction),
    });
  }
  for (const b of paired.onlyB) {
    if (!operative(b) || heldBy(b, wordsA)) continue;
    const direction = b.row!.added;
    whole.b.push(b.text);
    deltas.push({
      type: DELTA_TYPE[b.polarity!],
      direction,
      description: `A ${b.row!.label} sentence is added: "${clip(b.text, 160)}".`,
      from: null,
      to: clip(b.text, 200),
      evidence: { a_quote: null, b_quote: clip(b.text) },
      rule: 'sentence.added-or-removed',
      role: null,
      polarity: b.polarity,
      why: because(`a ${b.row!.label} added`, direction),
    });
  }
  for (const { a, b } of paired.pairs) {
    if (!operative(a) || !operative(b) || a.polarity === b.polarity) continue;
    const direction = combined(a.row!.removed, b.row!.added);
    if (direction === 'neutral') continue;
    whole.a.push(a.text);
    whole.b.push(b.text);
    deltas.push({
      type: DELTA_TYPE[b.polarity!],
      direction,
      description: `A ${a.row!.label} becomes a ${b.row!.label}: "${clip(a.text, 100)}" → "${clip(b.text, 100)}".`,
      from: clip(a.text, 200),
      to: clip(b.text, 200),
      evidence: { a_quote: clip(a.text), b_quote: clip(b.text) },
      rule: 'sentence.polarity-flip',
      role: null,
      polarity: `${a.polarity}→${b.polarity}`,
      why: because(`a ${a.row!.label} becomes a ${b.row!.label}`, direction),
    });
  }
  return { deltas, whole };
}

/** A text without the given sentences (those the sentence deltas report whole). */
export function withoutSentences(text: string, sentences: readonly string[]): string {
  let out = text.replace(/\s+/g, ' ');
  for (const s of sentences) out = out.replace(s, ' ');
  return out.replace(/\s+/g, ' ').trim();
}
