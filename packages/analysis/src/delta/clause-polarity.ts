/**
 * Which way a clause cuts for the insured. The same textual change means opposite things in a
 * cover grant and in an exclusion: a peril added to a grant widens cover, added to an exclusion
 * it narrows cover.
 */
import type { ClauseType, Direction } from '@policydiff/contracts';
import { clauseTypeRow, type Polarity } from './tables/clause-types.js';
import { readSentences, type SentenceReading } from './facts/sentence-reader.js';
import { CAP_WORDING, GRANT_WORDING } from './tables/sentence-polarity.js';

export type { Polarity } from './tables/clause-types.js';

/** The polarity a change of scope inside a clause of this type is read with (tables/clause-types.ts). */
export function polarityOf(type: ClauseType): Polarity {
  return clauseTypeRow(type).polarity;
}

/** Direction of "more of something" in a clause: scope added, a carve-out removed… */
export function directionOfWidening(polarity: Polarity): Direction {
  if (polarity === 'grant') return 'broader';
  if (polarity === 'restriction') return 'narrower';
  return 'ambiguous';
}

export function opposite(direction: Direction): Direction {
  if (direction === 'broader') return 'narrower';
  if (direction === 'narrower') return 'broader';
  return direction;
}

/**
 * What adding a whole clause does to cover (removal is the opposite). Limit and schedule clauses
 * that themselves grant cover ("we will pay up to £500 for marquees") are cover: losing one loses
 * the cover; a bare cap ("the most we will pay is…") restricts, even when the classifier put it
 * under the cover it caps, and so does an entry of a list of caps printed under a heading that
 * says so ("What is the most we will pay?" / "for money – £750"). A definition on its own changes
 * nothing until a clause uses it.
 */
export function directionOfAddedClause(type: ClauseType, text = '', heading: string | null = null): Direction {
  return readAddedClause(type, text, heading).direction;
}

/** What adding a whole clause does (directionOfAddedClause), with the rule that read it. */
export function readAddedClause(type: ClauseType, text = '', heading: string | null = null): { direction: Direction; rule: string; reading: string } {
  const sentences = readSentences(text);
  const grants = GRANT_WORDING.test(text) || sentences.some((r) => r.polarity === 'grant');
  if (grants && ['limit', 'sublimit', 'schedule', 'admin'].includes(type)) {
    return { direction: 'broader', rule: 'one-sided.grant-wording', reading: `a ${typeLabel(type)} clause whose wording grants cover` };
  }
  if (!grants && CAP_WORDING.test(text) && type !== 'definition' && type !== 'heading') {
    return { direction: 'narrower', rule: 'one-sided.cap-wording', reading: 'a clause that caps what is paid' };
  }
  if (!grants && heading && CAP_WORDING.test(heading) && ['limit', 'sublimit', 'schedule'].includes(type)) {
    return { direction: 'narrower', rule: 'one-sided.cap-heading', reading: 'an entry of a list of caps' };
  }
  // What the clause's own sentences do decides over its kind (a benefit classified as an
  // exclusion because it names what is "not payable", a deduction from a refund classified as
  // cancellation); a definition changes nothing until a clause uses it.
  const byKind = typeDirectionOfAdding(type);
  // A clause of nothing but information (contacts, "please note…") moves no cover.
  if (type !== 'definition' && type !== 'heading' && byKind !== 'neutral' && sentences.length > 0 && sentences.every((r) => r.polarity === 'information')) {
    return { direction: 'neutral', rule: 'one-sided.sentence-polarity', reading: 'a clause of information only' };
  }
  const lead = type === 'definition' || type === 'heading' ? null : leadSentence(sentences);
  if (lead && lead.row!.added !== byKind) {
    return { direction: lead.row!.added, rule: 'one-sided.sentence-polarity', reading: `a clause whose lead sentence is a ${lead.row!.label} ("${clipWords(lead.text, 12)}")` };
  }
  return { direction: byKind, rule: 'one-sided.clause-type', reading: `a ${typeLabel(type)} clause` };
}

/**
 * The clause's first sentence that is not information, when its polarity can be read: it says
 * what the clause does, and later ones qualify it ("We will pay a claim for you if…" after an
 * exclusion item is the item's carve-back, not the clause's own polarity).
 */
function leadSentence(sentences: SentenceReading[]): SentenceReading | null {
  const lead = sentences.find((r) => r.polarity !== 'information' && !isTitle(r));
  return lead && lead.polarity !== null ? lead : null;
}

/** A cover's title run into its clause ("Home office equipment.", "Section 4 – Theft:"): a few words, none of them a verb of cover. */
function isTitle(r: SentenceReading): boolean {
  return r.polarity === null && r.text.split(/\s+/).length <= 6 && /[.:]$/.test(r.text.trim());
}

function clipWords(text: string, words: number): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

function typeDirectionOfAdding(type: ClauseType): Direction {
  return clauseTypeRow(type).added;
}

export function typeLabel(type: ClauseType): string {
  return type.replace(/_/g, ' ');
}

/** "Combine" deltas' directions: disagreement is ambiguous, agreement carries through. */
export function overallDirection(directions: Direction[]): Direction {
  const has = (d: Direction): boolean => directions.includes(d);
  if (has('broader') && has('narrower')) return 'ambiguous';
  if (has('narrower')) return 'narrower';
  if (has('broader')) return 'broader';
  if (has('ambiguous')) return 'ambiguous';
  return 'neutral';
}
