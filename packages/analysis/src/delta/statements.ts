/**
 * Clauses that read like exclusions or claims conditions but restrict nothing themselves.
 *
 * - A cross-reference exclusion ("Any loss or damage specifically excluded under contents causes
 *   1–11 and covers 12–34.") excludes only what other clauses already exclude: adding it, removing
 *   it or pointing it at renumbered sections moves no cover.
 * - An insurer's statement in the claims process ("We will always talk to you about what damage
 *   you have…", "When you phone we will: … take any necessary steps…") says what the insurer
 *   does. It puts no duty on the insured, so adding it is not a burden and removing it is not a
 *   relief. Anything with a figure, a period, a "must", a discretion, a sanction (refuse, reduce,
 *   cancel) or a word of settlement (pay, value, cost, repair) is not such a statement.
 */
import type { ClauseDna } from '../types.js';
import { splitSentences } from './sentences.js';

const LIST_MARKER = /^\s*(?:\(?[0-9]{1,2}[.)]?|\(?[a-z][.)]?|\(?[ivx]{1,4}[.)]?|[•▪■–-])\s+/i;

/** "…(specifically) excluded under / in / by …" with nothing of its own before it but the loss it names. */
const CROSS_REFERENCE =
  /^(?:any\s+)?(?:loss(?:\s+of)?(?:\s+or\s+damage)?|damage|liability|injury|costs?|claims?)(?:\s*,\s*(?:loss|damage|liability|injury|costs?))*(?:\s+or\s+(?:loss|damage|liability|injury|costs?))?\s+(?:which\s+is\s+|that\s+is\s+)?(?:specifically\s+|otherwise\s+|already\s+)?excluded\s+(?:under|in|by|elsewhere)\b([^.;,]*)[.;]?$/i;

/** Words that give the reference wording of its own: a cause or a thing excluded there and then. */
const OWN_WORDING = /\b(?:caused|arising|resulting|due|following|any|to|while|when|if|unless)\b/i;

/**
 * A short sentence ending in a colon after the reference ("… covers 12–33. Accidental damage or
 * loss:"): the lead-in of the list printed next, which a layout ran into this clause. The items
 * carry what it introduces; on its own it excludes nothing.
 */
const TRAILING_LEAD_IN = /(?<=[.;])\s+[^.;:]{1,60}:\s*$/;

export function isCrossReferenceExclusion(text: string): boolean {
  const m = CROSS_REFERENCE.exec(text.replace(LIST_MARKER, '').replace(/\s+/g, ' ').trim().replace(TRAILING_LEAD_IN, ''));
  return m !== null && !OWN_WORDING.test(m[1]);
}

/** Words that put a duty on the insured or a sanction on a claim. */
const DUTY = /\b(?:must|shall|should|required?|need to|needs to|have to|has to|agree|condition precedent|refuse|reject|decline|cancel|void|invalid|withdraw|reduce|not pay|no longer|only pay|entitled)\b/i;

/** An imperative list item ("Take any necessary steps…", "make the claim no later than…"). */
const IMPERATIVE = /^(?:take|make|tell|send|keep|provide|contact|report|inform|notify|allow|give|let|phone|call|obtain|retain|do not|don't|not|ensure|arrange|complete|return|submit|pay|get|avoid|stop|protect|supply)\b/i;

/** The insurer speaking ("we will", "we aim"). */
const INSURER_VOICE = /\bwe\s+(?:will|may|can|aim|always|would|recommend|understand|want|try|are|do)\b/i;

/** What is paid and on what basis: a valuation or settlement term, never a mere statement. */
const SETTLEMENT = /\b(?:pay|paid|payment|value|cost|costs|settle|settlement|replace|replacement|repair|rebuild|rebuilding|reinstate|indemnity|excess|limit|sum insured)\b/i;

export function isInsurerStatement(text: string, dna: ClauseDna, leadIn: string | null): boolean {
  if (dna.amounts.length > 0 || dna.periods.length > 0 || dna.percentages.length > 0 || dna.discretion.length > 0 || dna.obligations.length > 0) return false;
  const body = text.replace(LIST_MARKER, '').trim();
  if (DUTY.test(body) || SETTLEMENT.test(body) || (leadIn !== null && DUTY.test(leadIn))) return false;
  const led = leadIn !== null && /\bwe\s+(?:will|may|can)\b[^:]*:$/i.test(leadIn.trim());
  if (IMPERATIVE.test(body) && !led) return false;
  return led || INSURER_VOICE.test(body);
}

/**
 * Advice and signposting: "We recommend that you check your cover.", "This policy booklet
 * contains details of what is covered…", "To make a claim under this section please call …".
 */
const ADVISORY =
  /^(?:we\s+(?:recommend|suggest|advise)\b|please\b|you\s+(?:may|might)\s+(?:wish|want)\b|this\s+(?:policy\s+)?(?:booklet|document|section|guide)\s+(?:contains|explains|sets\s+out|gives|tells)\b|your\s+(?:policy\s+)?schedule\s+(?:will\s+)?(?:show|shows|tell|tells|set|sets)\b|for\s+(?:more|further)\s+information\b|to\s+make\s+a\s+claim\b[^.]*?\bplease\s+(?:call|phone|contact|ring|visit)\b)/i;

/** A clause whose every sentence is advice or signposting, with no duty, sanction or figure of cover. */
export function isAdvisory(text: string, dna: ClauseDna): boolean {
  if (dna.amounts.length > 0 || dna.periods.length > 0 || dna.percentages.length > 0) return false;
  const sentences = splitSentences(text.replace(LIST_MARKER, '').trim()).filter((t) => t.trim().length > 0);
  return sentences.length > 0 && sentences.every((t) => ADVISORY.test(t.trim()) && !DUTY.test(t));
}
