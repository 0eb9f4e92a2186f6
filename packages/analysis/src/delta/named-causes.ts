/**
 * All-risks cover against named causes.
 *
 * One wording covers contents "for loss or damage including accidental damage" (all risks: any
 * cause not excluded); the other lists named causes, each a cover of its own ("Loss or damage
 * caused by fire…", "…by theft or attempted theft"), each with its own exclusions. A named cause
 * the all-risks wording lacks is not cover it lacked: the all-risks grant already pays for fire
 * and theft. What changed is the move from one grant to the other, and that is reported where the
 * two grants are compared (or where the all-risks grant is added or removed).
 *
 * So, on the side with named causes and for the subject (contents, buildings) the other side
 * insures against all risks:
 * - a one-sided named-cause grant is neutral: it restates part of the other side's all-risks cover;
 * - a one-sided exclusion or condition printed under such a grant keeps its direction (it does cut
 *   into what all risks gave) but is low, as a detail of that move rather than a change of its own.
 *
 * Only grants with no counterpart count: a named cause both wordings print is compared as usual,
 * and so is a new exclusion under it.
 */
import type { ClauseType } from '@policydiff/contracts';
import type { LayoutClause } from '../types.js';
import type { DocumentIndex } from './clause-side.js';
import { leadInOf } from './one-sided-changes.js';
import { clauseTypeRow } from './tables/clause-types.js';

/** The property a whole section insures, as an all-risks grant names it. */
const SUBJECTS = ['personal possessions', 'contents', 'buildings'] as const;
type Subject = (typeof SUBJECTS)[number];

/**
 * "Loss or damage including accidental damage to the buildings", "Accidental damage or loss to
 * contents", "accidental loss of or damage to your contents": an all-risks grant over a whole
 * section's property (not "accidental damage to cables", which is one item).
 */
const ALL_RISKS =
  /\b(?:loss or damage,? including accidental damage|accidental (?:loss (?:of |or )?(?:or )?damage|damage or loss|damage)|all risks?)\s+(?:to|of)\s+(?:the\s+|your\s+|you or your family['’]s\s+|you and your family['’]s\s+)?(personal possessions|contents|buildings)\b/i;

/** "Loss or damage caused by fire…", "Damage by frost", "Loss resulting from theft": a named-cause grant. */
const NAMED_CAUSE = /^\s*(?:[0-9]{1,2}\s+|[a-z]\s+|[ivx]{1,4}\s+)?(?:any\s+)?(?:loss(?:\s+of)?\s+or\s+damage|loss|damage)\b[^.;:]{0,60}?\b(?:caused\s+by|resulting\s+from|by)\b/i;

/**
 * "Accidental damage to: television sets…", "Accidental damage to cables … providing services to
 * the home", "Accidental breakage of: mirrors…": accidental damage to one kind of the section's
 * property, which accidental damage to all of it includes.
 */
const ACCIDENTAL_TO_ITEM = /^\s*(?:[0-9]{1,2}\s+|[a-z]\s+)?accidental (?:(?:loss (?:of |or )?(?:or )?damage|damage(?: or loss)?)\s+to|breakage of)\b/i;

/** Headings under a cause that only split it into what is and is not covered. */
const PART_HEADING = /^(?:what is (?:not )?covered|what we will not pay|what is excluded|exclusions?|conditions?|special conditions?)\b/i;

/** Exclusions, conditions, caps and waits: the clauses that qualify a cover (tables/clause-types.ts). */
const qualifies = (type: ClauseType | undefined): boolean => type !== undefined && clauseTypeRow(type).qualifiesCover;

/** Clauses searched back from a qualifier for the cause it sits under. */
const MAX_LOOKBACK = 60;

export interface AllRisksCover {
  /** The other document's all-risks grant. */
  otherId: string;
  subject: Subject;
}

export interface NamedCause extends AllRisksCover {
  /**
   * 'cause': a named-cause grant within the other's all-risks grant (otherId); 'qualifier': an
   * exclusion or condition printed under such a cause; 'all_risks_qualifier': an exclusion or
   * condition of this document's own all-risks grant (causeId), where the other lists named
   * causes instead (otherId: the first of them).
   */
  role: 'cause' | 'qualifier' | 'all_risks_qualifier';
  /** The grant the clause belongs to or qualifies. */
  causeId: string;
}

/** The first all-risks grant of each subject in a document. */
export function allRisksCovers(index: DocumentIndex): Map<Subject, string> {
  const found = new Map<Subject, string>();
  for (const clause of index.doc.layout.clauses) {
    const type = index.classification.get(clause.id)?.type;
    if (type !== 'coverage_grant' && type !== 'extension') continue;
    const m = ALL_RISKS.exec(clause.text);
    if (!m) continue;
    const subject = m[1].toLowerCase() as Subject;
    if (!found.has(subject)) found.set(subject, clause.id);
  }
  return found;
}

/** The subject a clause's section insures, from its nearest heading (or cover area) naming one. */
function subjectOf(index: DocumentIndex, clauseId: string): Subject | null {
  const clause = index.clauses.get(clauseId);
  if (!clause) return null;
  const names = [index.classification.get(clauseId)?.coverArea ?? '', ...clause.headingPath].reverse();
  for (const name of names) {
    const lower = name.toLowerCase();
    const subject = SUBJECTS.find((s) => lower.includes(s));
    if (subject) return subject;
  }
  return null;
}

/** The heading path of the cause a clause is printed under, without "What is (not) covered". */
function causePath(path: string[]): string {
  const trimmed = path.length > 0 && PART_HEADING.test(path[path.length - 1].trim()) ? path.slice(0, -1) : path;
  return trimmed.join(' / ');
}

/**
 * Walks back from the clause at `at` through the clauses printed under the same cause heading
 * (headings skipped, at most MAX_LOOKBACK), returning the first answer `visit` gives.
 */
function findAbove<T>(index: DocumentIndex, at: number, visit: (clause: LayoutClause) => T | null): T | null {
  const clauses = index.doc.layout.clauses;
  const path = causePath(clauses[at].headingPath);
  for (let k = at - 1; k >= 0 && k >= at - MAX_LOOKBACK; k -= 1) {
    const previous = clauses[k];
    if (previous.kind === 'heading' || index.classification.get(previous.id)?.type === 'heading') continue;
    if (causePath(previous.headingPath) !== path) break;
    const found = visit(previous);
    if (found !== null) return found;
  }
  return null;
}

function namesCause(text: string): boolean {
  return NAMED_CAUSE.test(text) || ACCIDENTAL_TO_ITEM.test(text);
}

/** The grant that names the cause of the clause at `at`: the clause itself, or the lead-in its list item continues. */
function namedCauseAt(index: DocumentIndex, at: number): string | null {
  const clause = index.doc.layout.clauses[at];
  if (index.classification.get(clause.id)?.type !== 'coverage_grant' || ALL_RISKS.test(clause.text)) return null;
  if (namesCause(clause.text)) return clause.id;
  return namesCause(leadInOf(index, clause.id) ?? '') ? index.doc.layout.clauses[at - 1].id : null;
}

/** The first named-cause grant of each subject a document lists at least two of. */
function namedCauseSubjects(index: DocumentIndex): Map<Subject, string> {
  const seen = new Map<Subject, string[]>();
  index.doc.layout.clauses.forEach((clause, at) => {
    if (namedCauseAt(index, at) !== clause.id) return;
    const subject = subjectOf(index, clause.id);
    if (subject) seen.set(subject, [...(seen.get(subject) ?? []), clause.id]);
  });
  return new Map([...seen].filter(([, ids]) => ids.length >= 2).map(([subject, ids]) => [subject, ids[0]]));
}

/**
 * One-sided exclusions and conditions printed under this document's all-risks grant, for a
 * subject the other document covers by named causes instead: they qualify a grant the other
 * replaced, not a cover the other kept.
 */
function allRisksQualifiers(index: DocumentIndex, otherIndex: DocumentIndex, unmatched: Set<string>): Map<string, NamedCause> {
  const out = new Map<string, NamedCause>();
  const ownCovers = allRisksCovers(index);
  if (ownCovers.size === 0) return out;
  const otherNamed = namedCauseSubjects(otherIndex);
  if (otherNamed.size === 0) return out;
  const clauses = index.doc.layout.clauses;
  const grants = new Set(ownCovers.values());
  for (const [at, clause] of clauses.entries()) {
    const type = index.classification.get(clause.id)?.type;
    if (!unmatched.has(clause.id) || !qualifies(type)) continue;
    const subject = subjectOf(index, clause.id);
    const otherId = subject ? otherNamed.get(subject) : undefined;
    if (!subject || !otherId || ownCovers.get(subject) === undefined) continue;
    const grant = findAbove(index, at, (previous) => (grants.has(previous.id) ? previous.id : null));
    if (grant) out.set(clause.id, { otherId, subject, role: 'all_risks_qualifier', causeId: grant });
  }
  return out;
}

/**
 * For the one-sided clauses of one document (`unmatched`), those that are named causes (or their
 * qualifiers) within an all-risks grant of the other document, by clause id.
 */
export function findNamedCauses(index: DocumentIndex, otherIndex: DocumentIndex, unmatched: Set<string>): Map<string, NamedCause> {
  const out = new Map<string, NamedCause>();
  if (unmatched.size === 0) return out;
  for (const [id, found] of allRisksQualifiers(index, otherIndex, unmatched)) out.set(id, found);
  const otherCovers = allRisksCovers(otherIndex);
  if (otherCovers.size === 0) return out;
  const clauses = index.doc.layout.clauses;
  const typeOf = (id: string): ClauseType | undefined => index.classification.get(id)?.type;
  for (const [at, clause] of clauses.entries()) {
    if (!unmatched.has(clause.id)) continue;
    const type = typeOf(clause.id);
    if (type !== 'coverage_grant' && !qualifies(type)) continue;
    const subject = subjectOf(index, clause.id);
    const otherId = subject ? otherCovers.get(subject) : undefined;
    if (!subject || !otherId) continue;
    const causeId = namedCauseAt(index, at);
    if (causeId) {
      out.set(clause.id, { otherId, subject, role: 'cause', causeId });
      continue;
    }
    // Printed under a one-sided named cause (the same cause heading, after it): its further items
    // ("2 a drainage installation") are part of that cause, its exclusions and conditions qualify it.
    const cause = findAbove(index, at, (previous) => (out.get(previous.id)?.role === 'cause' ? out.get(previous.id)! : null));
    if (cause) out.set(clause.id, { otherId, subject, role: type === 'coverage_grant' ? 'cause' : 'qualifier', causeId: cause.causeId });
  }
  return out;
}

/**
 * One-sided exclusions and conditions printed under a cover that is one-sided too, however far
 * down: they shape a cover that comes or goes with them. The cover is a heading (the same cause
 * heading, "What is (not) covered" aside) whose every grant is one-sided; under a heading that
 * also holds a grant both documents print (a section of several covers), a new exclusion is a
 * change of its own.
 */
export function qualifiersOfOneSidedCovers(index: DocumentIndex, unmatched: Set<string>): Set<string> {
  const out = new Set<string>();
  const clauses = index.doc.layout.clauses;
  const typeOf = (id: string): ClauseType | undefined => index.classification.get(id)?.type;
  // A cover may be printed as its limit ("We will automatically extend … up to the value of £…").
  const isGrant = (id: string): boolean => ['coverage_grant', 'extension', 'limit'].includes(typeOf(id) ?? '');
  const grantsUnder = new Map<string, { all: number; oneSided: number }>();
  for (const clause of clauses) {
    if (!isGrant(clause.id) || clause.headingPath.length < 2) continue;
    const path = causePath(clause.headingPath);
    const count = grantsUnder.get(path) ?? { all: 0, oneSided: 0 };
    count.all += 1;
    if (unmatched.has(clause.id)) count.oneSided += 1;
    grantsUnder.set(path, count);
  }
  for (const clause of clauses) {
    const type = typeOf(clause.id);
    if (!unmatched.has(clause.id) || !qualifies(type)) continue;
    const count = grantsUnder.get(causePath(clause.headingPath));
    if (count && count.all > 0 && count.oneSided === count.all) out.add(clause.id);
  }
  return out;
}
