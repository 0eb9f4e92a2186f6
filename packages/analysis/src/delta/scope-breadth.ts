/**
 * Whether an edited wording reaches more or fewer cases, read from the word diff itself: what the
 * new text gained or lost. It is the fallback when the DNA's perils and subjects do not capture
 * the edit ("by you or by any person lawfully in your home" → "by you"), and the reading of a
 * changed definition.
 *
 * Signals, per changed stretch of the diff:
 * - words that open the scope (any, all, whatever, however, howsoever, wherever, whether or not,
 *   or, including, incidental) gained widen; lost narrow;
 * - qualifiers that confine it (only, solely, directly, sudden, unexpected, no other, while,
 *   provided — the conjunction, not "provided to" or "provided by") and caps on what is paid (up to, limited to, no more than) gained narrow; lost widen;
 * - a phrase that appears or disappears whole and places, attributes or negates what it follows
 *   ("by you or your family", "in the garden or a locked shed", "not an employee of …") narrows
 *   when gained and widens when lost, whatever "or" it holds inside;
 * - proportional settlement (average: "we will settle the claim based on the proportion of the
 *   premium you paid") gained narrows and lost widens, whatever cap wording comes with it;
 * - a bound that moves (at least 47 → 55 knots, within 36 → 48 months) widens or narrows by its
 *   sense (threshold-sense.ts); a bound written in another unit compares in days ("36 months" is
 *   "3 years");
 * - otherwise items added to a list (with a separator: a comma, "or", "and") widen and items
 *   removed narrow, except that a word or two slipped into a phrase ("an unattended and unlocked
 *   vehicle", "western medicine") qualifies it: that narrows; other rewording says nothing;
 * - inside an exception ("other than a cat, horse or dog", "does not include motor vehicles")
 *   everything reads the other way round.
 * Changes that introduce or drop an exception in a clause are reported separately (carve-outs).
 */
import type { DiffOp } from '@policydiff/contracts';
import { durationDays, sameDuration } from '../dna/parse-periods.js';
import { foldLegalSynonyms } from './legal-synonyms.js';
import { normaliseForComparison } from '../alignment/text-normalise.js';
import { setWidening, thresholdSense } from './threshold-sense.js';
import { clip } from './sentences.js';
import { diffWords } from './word-diff.js';

export type Breadth = 'wider' | 'narrower' | 'unknown';

const OPENING = /\b(?:any|all|every|whatever|however|howsoever|whenever|wherever|whichever|whoever|whether or not|regardless|irrespective|of any kind|incidental|including|or)\b/gi;
const CONFINING =
  /\b(?:only|solely|exclusively|directly|sudden(?:ly)?|unexpected(?:ly)?|no other|while|whilst|provided(?!\s+(?:to|by|for|in|under|with|on|at|as|from|through)\b)|specifically|necessarily|up to|limited to|no more than|a maximum of)\b/gi;
/** A phrase that places or attributes what it follows ("by you or your family", "in the home"). */
const PLACING_PHRASE = /^\s*(?:by|in|at|within|from|on|under|during|inside|outside)\b/i;
/** A negated description ("any person not an employee of …"): it leaves cases out. */
const NEGATED_PHRASE = /^\s*(?:(?:who|which|that) (?:is|are) )?not\b(?! only\b)/i;
/** A negation that leaves out what follows it, as an exception does. */
const NEGATION = /\b(?:not|no|never)\b/i;
/** Words that open an exception inside a clause or a definition. */
const EXCEPTION = /\b(?:other than|except(?: for| where| that)?|excluding|not including|does not include|do not include|does not cover|but not|unless|apart from|save for|but (?:we|this) (?:do|does|will)|however,? we will)\b/i;
/**
 * Proportional settlement (average): every claim is cut in the proportion the sum insured bears
 * to the full value. Losing it lets the insured be paid in full up to the sum insured, whatever
 * cap wording ("we will only pay you up to the sum insured") replaces it.
 */
const PROPORTIONAL = /\b(?:(?:in|based on) (?:the )?proportion|proportion(?:ate|ately|al)|pro rata|(?:subject to|apply|applies) average|average (?:will|shall|may) apply)\b/i;
const NUMBER = /\d[\d,.]*/g;
const SEPARATORS_ONLY = /^(?:[\s,;/&]|\b(?:or|and)\b)*$/i;
/** Words that name the document itself, slipped in or out ("your schedule" → "your policy schedule"). */
const DOCUMENT_WORDS = /^(?:(?:the|this|your|our)\s+)?(?:policy|insurance|booklet|document|contract|wording)$/i;
/** Words that carry no item of a list. */
const FUNCTION_WORDS = new Set(
  'the and for are but not its this that with from into onto your you our who which what when where such than also any all include includes included means mean meaning has have had was were been being will shall may can must'.split(
    ' ',
  ),
);

export interface Hunk {
  deleted: string;
  inserted: string;
  /** A's text before the hunk, back to the start of the clause. */
  before: string;
  /** The text after the hunk (equal on both sides), a few words. */
  after: string;
  /** B's text before the hunk. */
  beforeB: string;
  /** Both sides held words before the moved ones were dropped: what is left of it is no phrase slipped in or out. */
  replaced?: boolean;
}

/**
 * The changed stretches of a diff. Stretches separated by at most one unchanged word ("vehicle[,
 * aircraft] or [watercraft→aircraft]") are one edit of one list, so they are read together.
 */
export function hunksOf(diff: DiffOp[]): Hunk[] {
  const hunks: Hunk[] = [];
  let textA = '';
  let textB = '';
  let current: Hunk | null = null;
  let gap = '';
  for (const op of diff) {
    if (op.op === 'equal') {
      if (current) {
        gap += op.text;
        current.after = gap.slice(0, 60);
        if ((gap.match(/[\p{L}\p{N}]+/gu) ?? []).length > 1) {
          hunks.push(current);
          current = null;
          gap = '';
        }
      }
      textA += op.text;
      textB += op.text;
      continue;
    }
    if (current && gap) {
      current.deleted += gap;
      current.inserted += gap;
    }
    gap = '';
    current ??= { deleted: '', inserted: '', before: textA, after: '', beforeB: textB };
    if (op.op === 'delete') {
      current.deleted += op.text;
      textA += op.text;
    } else {
      current.inserted += op.text;
      textB += op.text;
    }
  }
  if (current) hunks.push(current);
  return hunks;
}

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** Matches of `pattern` inside `text`, read with the words that follow it (the hunk ends at "provided"; "to" comes after). */
function countBefore(text: string, following: string, pattern: RegExp): number {
  return [...`${text} ${following.trimStart().split(/\s+/)[0] ?? ''}`.matchAll(pattern)].filter((m) => m.index < text.length).length;
}

function contentWords(text: string): number {
  const words = (text.toLowerCase().replace(OPENING, ' ').replace(CONFINING, ' ').match(/[a-z]{3,}/g) ?? []).filter(
    (w) => !FUNCTION_WORDS.has(w),
  );
  return words.length;
}

/** The current sentence of `before`: where an exception opened earlier in it still applies. */
function sentenceTail(before: string): string {
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': '));
  return cut < 0 ? before : before.slice(cut + 2);
}

/** True when the hunk itself introduces or drops an exception: a carve-out, reported on its own. */
export function isExceptionHunk(hunk: Hunk): boolean {
  return EXCEPTION.test(hunk.deleted) !== EXCEPTION.test(hunk.inserted);
}

/**
 * "Loss or damage" ("loss of or damage to", "damage or loss") is the one head noun of insurance wording, not a list
 * of two alternatives: its "or" opens nothing ("4 riots" → "Loss or damage caused by riot").
 */
const HEAD_NOUN = /\b(?:loss(\s+of)?\s+or\s+damage|damage(\s+to)?\s+or\s+loss)\b/gi;

function withHeadNounJoined(text: string): string {
  return text.replace(HEAD_NOUN, (_, of: string | undefined, to: string | undefined) => (of || to ? 'loss-of-damage' : 'loss-damage'));
}

/** How many items a stretch of a list holds: the stretches of content words between its separators. */
function listItems(text: string): number {
  return text.split(/[,;/]|\b(?:or|and|nor|and\/or)\b/i).filter((part) => contentWords(part) > 0).length;
}

/** +n when the hunk lets more cases in, -n fewer, 0 when it cannot be told. */
function hunkScore(hunk: Hunk, readNumbers: boolean): number {
  const deleted = withHeadNounJoined(hunk.deleted);
  const inserted = withHeadNounJoined(hunk.inserted);
  const numbersA = deleted.match(NUMBER) ?? [];
  const numbersB = inserted.match(NUMBER) ?? [];
  if (numbersA.length === 1 && numbersB.length === 1) {
    if (!readNumbers) return 0;
    let from = Number(numbersA[0].replace(/,/g, ''));
    let to = Number(numbersB[0].replace(/,/g, ''));
    // A bound written in another unit ("within 36 months" → "within 3 years") compares in days.
    const unitA = /^\s*([a-z]+)/i.exec(deleted.slice(deleted.indexOf(numbersA[0]) + numbersA[0].length) + hunk.after)?.[1] ?? '';
    const unitB = /^\s*([a-z]+)/i.exec(inserted.slice(inserted.indexOf(numbersB[0]) + numbersB[0].length) + hunk.after)?.[1] ?? '';
    const daysA = durationDays(from, unitA);
    const daysB = durationDays(to, unitB);
    if (daysA !== null && daysB !== null) {
      if (sameDuration(daysA, daysB)) return 0;
      from = daysA;
      to = daysB;
    }
    const at = hunk.before.length + deleted.indexOf(numbersA[0]);
    const sense = thresholdSense(hunk.before + deleted + hunk.after, numbersA[0], at);
    if (sense && Number.isFinite(from) && Number.isFinite(to)) return 2 * setWidening(sense, from, to);
  }
  const gainedWords = contentWords(inserted);
  const lostWords = contentWords(deleted);
  if ((gainedWords > 0) !== (lostWords > 0) && !hunk.replaced && /[\p{L}]\s*$/u.test(hunk.before)) {
    const phrase = gainedWords > 0 ? inserted : deleted;
    // A phrase that appears or disappears whole qualifies what it follows, whatever "or" it
    // holds inside: dropping "not an employee of …" or "by you or your family" lets more in.
    if (NEGATED_PHRASE.test(phrase)) return gainedWords > 0 ? -2 : 2;
    if (PLACING_PHRASE.test(phrase) && count(phrase, OPENING) === count(phrase, /\bor\b/gi)) return gainedWords > 0 ? -1 : 1;
  }
  // A proportionate refund of premium is a refund basis (refund-basis.ts), not average.
  const refund = /\b(?:refund|unexpired|return(?:ed)? (?:of )?(?:the )?premium)/i.test(`${hunk.before.slice(-80)} ${deleted} ${inserted} ${hunk.after}`);
  if (!refund && PROPORTIONAL.test(deleted) !== PROPORTIONAL.test(inserted)) return PROPORTIONAL.test(deleted) ? 3 : -3;
  // Punctuation and conjunctions moving inside a list ("state or the Commission" → "state, the
  // Commission or …") restructure it; the items around them say whether it grew.
  if (SEPARATORS_ONLY.test(deleted) && SEPARATORS_ONLY.test(inserted)) return 0;
  const markers =
    count(inserted, OPENING) - count(deleted, OPENING) - (countBefore(inserted, hunk.after, CONFINING) - countBefore(deleted, hunk.after, CONFINING));
  if (markers !== 0) return 2 * markers;
  const gained = contentWords(inserted);
  const lost = contentWords(deleted);
  const changed = gained > 0 ? inserted : deleted;
  const oneSided = (gained > 0) !== (lost > 0) && !hunk.replaced;
  const words = changed.trim().split(/\s+/).length;
  const betweenWords = /[\p{L}]\s*$/u.test(hunk.before) && /^\s*[\p{L}]/u.test(hunk.after);
  // A short modifier slipped into (or out of) a phrase qualifies it rather than listing more;
  // a word that only names the document ("your policy schedule", "this insurance booklet") does not.
  if (oneSided && words <= 3 && !/[,;]|\bor\b/i.test(changed) && betweenWords) {
    return DOCUMENT_WORDS.test(changed.trim()) ? 0 : gained > 0 ? -1 : 1;
  }
  // Items join or leave a list with a separator; other rewording says nothing about reach.
  if (!/[,;]|\b(?:or|and|nor)\b/i.test(deleted + inserted)) return 0;
  // Items replaced by others ("conditions and time bound exclusions" → "diseases and specific
  // waiting periods") reword the list: it grows only when it holds more items, not more words.
  const grown = gained > 0 && lost > 0 ? listItems(inserted) - listItems(deleted) : gained - lost;
  return Math.sign(grown) * Math.min(3, Math.abs(grown));
}

/** A word's stem, so that "end" and "ends", "refund" and "refunded" are one word. */
function stem(word: string): string {
  return word.length > 3 ? word.replace(/(?:ies|es|ed|ing|e|s)$/, '') : word;
}

/** The content words of a stretch (not function words, not scope markers), stemmed. */
function contentStems(text: string): string[] {
  return (text.toLowerCase().replace(OPENING, ' ').replace(CONFINING, ' ').match(/[a-z]{3,}/g) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map(stem);
}

/**
 * A word that leaves one stretch of the diff and comes back in another moved: the sentence was
 * turned round ("no refund of premium will be made" → "the premium will not be refunded", "shown
 * in the schedule at which…" → "at which…, as shown in the schedule"), and nothing left or
 * joined. Each stretch is read without its moved words; the scope markers stay (a moved "any"
 * counts once on each side and cancels).
 */
function withMovedWordsDropped(hunks: Hunk[]): Hunk[] {
  const stems = hunks.map((h) => ({ deleted: contentStems(h.deleted), inserted: contentStems(h.inserted) }));
  return hunks.map((hunk, i) => {
    const elsewhere = (side: 'deleted' | 'inserted'): Set<string> => new Set(stems.filter((_, j) => j !== i).flatMap((st) => st[side]));
    const insertedElsewhere = elsewhere('inserted');
    const deletedElsewhere = elsewhere('deleted');
    const drop = (text: string, moved: Set<string>): string =>
      text.replace(/[A-Za-z]{3,}/g, (word) => {
        const lower = word.toLowerCase();
        return !FUNCTION_WORDS.has(lower) && moved.has(stem(lower)) && contentStems(word).length > 0 ? '' : word;
      });
    return {
      ...hunk,
      deleted: drop(hunk.deleted, insertedElsewhere),
      inserted: drop(hunk.inserted, deletedElsewhere),
      replaced: stems[i].deleted.length > 0 && stems[i].inserted.length > 0,
    };
  });
}

export interface BreadthReading {
  breadth: Breadth;
  score: number;
  /** The stretches that decided it, as quoted from each side. */
  fromText: string | null;
  toText: string | null;
}

/**
 * How the reach of wording A moved in wording B. `skipExceptions` leaves hunks that add or drop
 * an exception out (clauses report those as carve-out changes; a definition has no carve-outs, so
 * for it an added "excluding…" confines the term). `readNumbers` reads a changed bound (clauses
 * leave figures to their numeric deltas).
 */
export function readBreadth(
  textA: string,
  textB: string,
  options: { skipExceptions: boolean; readNumbers: boolean },
): BreadthReading {
  // The same words in another order ("shown in the schedule at which…" → "at which…, as shown in
  // the schedule") reach the same cases.
  const sorted = (t: string): string => (normaliseForComparison(foldLegalSynonyms(t)).match(/[\p{L}\p{N}]+/gu) ?? []).sort().join(' ');
  if (sorted(textA) === sorted(textB)) return { breadth: 'unknown', score: 0, fromText: null, toText: null };
  // Drafting synonyms ("in the event that" → "if") are not a change of reach.
  const hunks = withMovedWordsDropped(hunksOf(diffWords(foldLegalSynonyms(textA), foldLegalSynonyms(textB))));
  let score = 0;
  const deciding: Hunk[] = [];
  for (const hunk of hunks) {
    if (!/[\p{L}\p{N}]/u.test(hunk.deleted + hunk.inserted)) continue;
    let s: number;
    if (isExceptionHunk(hunk)) {
      if (options.skipExceptions) continue;
      // "which is not caused by" ↔ "other than movement caused by": a negation turned into an
      // exception over the same words leaves out the same cases.
      const restated = NEGATION.test(EXCEPTION.test(hunk.inserted) ? hunk.deleted : hunk.inserted);
      s = restated ? 0 : EXCEPTION.test(hunk.inserted) ? -2 : 2;
    } else {
      s = hunkScore(hunk, options.readNumbers);
      if (EXCEPTION.test(sentenceTail(hunk.before))) s = -s;
    }
    if (s !== 0) deciding.push(hunk);
    score += s;
  }
  const breadth: Breadth = score > 0 ? 'wider' : score < 0 ? 'narrower' : 'unknown';
  const quote = (pick: (h: Hunk) => string): string | null => {
    const parts = deciding.map(pick).map((t) => t.trim()).filter((t) => t.length > 0);
    return parts.length > 0 ? clip(parts.join(' … '), 200) : null;
  };
  return { breadth, score, fromText: quote((h) => h.deleted), toText: quote((h) => h.inserted) };
}

/** Exceptions the word diff shows appearing or disappearing ("…, but we do cover resulting damage"). */
export function exceptionEdits(textA: string, textB: string): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  for (const hunk of hunksOf(diffWords(textA, textB))) {
    if (!isExceptionHunk(hunk)) continue;
    if (EXCEPTION.test(hunk.inserted)) added.push(hunk.inserted.trim());
    else removed.push(hunk.deleted.trim());
  }
  return { added, removed };
}
