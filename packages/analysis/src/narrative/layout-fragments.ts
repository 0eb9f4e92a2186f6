/**
 * One-sided "clauses" that carry no wording: a list number left on its own ("1."), a section label
 * ("SECTION 42"), a table's column headers ("Plan Plan Plan Benefits", "Individual Limit of
 * Benefits"). Layout cut them differently in the two documents, so alignment finds them on one
 * side only. A broker reading "New coverage grant: "1."" learns nothing, so the summary counts
 * them in one line instead of listing each. Anything material, any figure, and any exclusion or
 * condition wording is never treated as a fragment.
 */
import type { Change } from '@policydiff/contracts';

/** Leading numbering and section labels: "1.", "(a)", "iv)", "Section 42", "Part B –". */
const LABEL = /^(?:(?:section|part|chapter|schedule|clause|article|endorsement|extension)\s+[0-9]+[a-z]?|(?:section|part|chapter)\s+[a-z]\b|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)](?=\s|$)|[0-9]{1,3}(?:\.[0-9]{1,3})*$|\(?[a-z][.)]|\(?[ivx]{1,5}[.)])\s*[:.–-]?\s*/i;

/** Words that limit or withhold cover: their presence makes a short text worth reading. */
const RESTRICTIVE =
  /\b(?:not|no|nor|never|exclu\w*|except\w*|unless|must|shall|condition\w*|warrant\w*|provided|subject|only|cannot|won't|doesn't|don't|void|cancel\w*|reject\w*|refus\w*|withdraw\w*)\b/i;

/**
 * Clause types whose short entries still say something ("Tenant's liability." added to a list of
 * exclusions, "Documents." to a definition's list): only a bare number or label of theirs is noise.
 */
const WORDED_TYPES = new Set<Change['clause_type']>(['exclusion', 'condition', 'warranty', 'definition', 'limit', 'sublimit', 'excess', 'waiting_period', 'cancellation', 'endorsement']);

/** Money, periods and percentages: a figure is never noise. */
const FIGURE = /[£$€¥₹]|\b(?:usd|sgd|gbp|eur|aud|hkd|rm)\b|%|\bper ?cent\b|\b\d+\s*(?:days?|weeks?|months?|years?|hours?|km|miles?)\b/i;

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'as', 'per', 'each', 'any', 'all',
  'section', 'part', 'chapter', 'page', 'table', 'column', 'item', 'no',
]);

/** Distinct words of two letters or more that are not function words. */
function contentWords(text: string): string[] {
  const words = (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 2 && !FUNCTION_WORDS.has(w));
  return [...new Set(words)];
}

/** A short run of capitalised words with no sentence in it: a heading or column header. */
function isTitleLabel(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 6) return false;
  if (/[.;:,!?]/.test(text)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()));
}

/** The text of the one side a one-sided change has. */
function oneSidedText(c: Change): string | null {
  if (c.status === 'added') return c.b?.text ?? null;
  if (c.status === 'removed') return c.a?.text ?? null;
  return null;
}

export function isLayoutFragment(c: Change): boolean {
  if (c.materiality !== 'low') return false;
  const raw = oneSidedText(c);
  if (raw === null) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (FIGURE.test(text) || RESTRICTIVE.test(text)) return false;
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const next = rest.replace(LABEL, '').trim();
    if (next === rest) break;
    rest = next;
  }
  // A number left over after the labels (a limit, an age) is a figure.
  if (/\d/.test(rest)) return false;
  // Nothing but numbering, labels or stray letters ("n" where extraction lost a word).
  if (!/\p{L}{2}/u.test(rest)) return true;
  if (WORDED_TYPES.has(c.clause_type)) return false;
  return contentWords(rest).length < 3 || isTitleLabel(rest);
}
