/**
 * Changes for clauses that exist on one side only: a single added or removed clause, or a whole
 * passage of them (a dropped endorsement, a new optional section) reported as one change with its
 * full text and page range and one delta per clause inside it.
 */
import type { Change, ClauseType, Delta, Direction } from '@policydiff/contracts';
import { opposite, overallDirection, polarityOf, readAddedClause, typeLabel } from './clause-polarity.js';
import { type ClauseSide, type DocumentIndex, clauseRef, sideOf } from './clause-side.js';
import { isFragment, materialityBand, materialityScore } from './materiality.js';
import type { DisplacedText } from './displaced-text.js';
import type { ExtractionLoss } from './extraction-losses.js';
import type { NamedCause } from './named-causes.js';
import type { Restatement } from './restatements.js';
import { clip, splitSentences } from './sentences.js';
import { isAdvisory, isCrossReferenceExclusion, isInsurerStatement } from './statements.js';
import { because } from './rules/because.js';
import { clauseTypeRow } from './tables/clause-types.js';
import { isDocumentList } from './claim-documents.js';

export interface OneSidedContext {
  /** The index of the side the clauses are on. */
  index: DocumentIndex;
  /** The other document's index, to cite where a restated clause is found. */
  otherIndex: DocumentIndex;
  added: boolean;
  restatements: Map<string, Restatement>;
  /** Clauses whose words the other document prints too, cut differently (displaced-text.ts). */
  displaced: Map<string, DisplacedText>;
  /** Clauses whose text the other document's PDF probably failed to extract (extraction-losses.ts). */
  extractionLosses: Map<string, ExtractionLoss>;
  /** Named causes (and their qualifiers) within an all-risks grant of the other document (named-causes.ts). */
  namedCauses: Map<string, NamedCause>;
  /** One-sided exclusions and conditions under a one-sided cover grant (named-causes.ts). */
  ofOneSidedCover: Set<string>;
  /** For a definition clause, whether the other document never uses the term it defines. */
  termUnusedInOther: (side: ClauseSide) => boolean;
  /** How many clauses use the term a definition clause defines (0 for other clauses). */
  usageOf: (side: ClauseSide) => number;
}

interface Member {
  side: ClauseSide;
  delta: Delta;
  score: number;
  /** The rules that capped its materiality, after the one that set its direction. */
  caps: string[];
}

/** Where a clause of the other document is printed: "§3.2, p. 14", or "p. 14" unnumbered. */
export function restatedWhere(r: { otherId: string }, other: DocumentIndex): string {
  const clause = other.clauses.get(r.otherId);
  if (!clause) return 'elsewhere';
  const where = clause.section ? `${/^\d/.test(clause.section) ? '§' : ''}${clause.section}, ` : '';
  return `${where}p. ${clause.pageStart}`;
}

function memberOf(side: ClauseSide, context: OneSidedContext, qualifiesNewCover: boolean): Member {
  const { added } = context;
  const restated = context.restatements.get(side.clause.id);
  const displaced = context.displaced.get(side.clause.id);
  const lost = context.extractionLosses.get(side.clause.id);
  const named = context.namedCauses.get(side.clause.id);
  const adding = addingReading(side, context.index);
  const ofAdding = adding.direction;
  let direction: Direction = added ? ofAdding : opposite(ofAdding);
  const label = typeLabel(side.type);
  let description = `${added ? 'New' : 'Removed'} ${label}: "${clip(side.text, 140)}"`;
  let statement = false;
  let ofCover = false;
  // The readings below run in the registry's order (rules/registry.ts, scope "one-sided"): the
  // first that finds the clause is no change of cover decides; otherwise its kind does.
  let rule = adding.rule;
  let reading = `${adding.reading} ${added ? 'added' : 'removed'}`;
  if (restated) {
    rule = 'one-sided.restated';
    reading = `the other document says the same at ${restatedWhere(restated, context.otherIndex)}`;
    direction = 'neutral';
    description = `${added ? 'Added' : 'Removed'} ${label} "${clip(side.text, 100)}" restates a clause ${added ? 'A' : 'B'} has at ${restatedWhere(restated, context.otherIndex)}.`;
  } else if (displaced) {
    rule = 'one-sided.displaced';
    reading = `the other document prints the same words at ${restatedWhere(displaced, context.otherIndex)}`;
    direction = 'neutral';
    description = `${added ? 'Added' : 'Removed'} ${label} "${clip(side.text, 100)}" is not ${added ? 'new' : 'removed'} wording: ${
      added ? 'A' : 'B'
    } prints ${displaced.near ? 'nearly ' : ''}the same words at ${restatedWhere(displaced, context.otherIndex)}, ${
      displaced.inHeading ? 'as a heading' : 'within another clause'
    }. ${displaced.near ? 'The difference is where it is printed and a word or two of drafting; compare the two passages.' : 'The difference is in layout, not wording.'}`;
  } else if (lost) {
    rule = 'one-sided.extraction-loss';
    reading = "the other document's PDF probably failed to extract it";
    direction = 'neutral';
    description = `${added ? 'Added' : 'Removed'} ${label} "${clip(side.text, 100)}" is probably still in ${added ? 'A' : 'B'}: ${
      added ? 'A' : 'B'
    }'s PDF text drops runs starting with ${lost.glyphs.map((g) => `"${g}"`).join(', ')}, and ${lost.evidence} (${restatedWhere(lost, context.otherIndex)}). Check the printed page.`;
  } else if (side.type !== 'definition' && isAdvisory(side.text, side.dna)) {
    rule = 'one-sided.advisory';
    reading = 'advice or signposting, no cover and no duty';
    direction = 'neutral';
    statement = true;
    description = `${added ? 'Added' : 'Removed'} ${label} "${clip(side.text, 120)}" is advice or signposting; it gives no cover and puts no duty on the insured.`;
  } else if (side.type === 'exclusion' && isCrossReferenceExclusion(side.text)) {
    rule = 'one-sided.cross-reference-exclusion';
    reading = 'an exclusion that only refers to exclusions printed elsewhere';
    direction = 'neutral';
    statement = true;
    description = `${added ? 'Added' : 'Removed'} exclusion "${clip(side.text, 120)}" only refers to exclusions printed elsewhere and excludes nothing of its own.`;
  } else if ((side.type === 'claims_procedure' || side.type === 'condition') && isInsurerStatement(side.text, side.dna, leadInOf(context.index, side.clause.id))) {
    rule = 'one-sided.insurer-statement';
    reading = 'what the insurer does in the claims process, no duty on the insured';
    direction = 'neutral';
    statement = true;
    description = `${added ? 'Added' : 'Removed'} ${label} "${clip(side.text, 120)}" says what the insurer does in the claims process; it puts no duty on the insured.`;
  } else if (named?.role === 'cause') {
    rule = 'one-sided.named-cause-within-all-risks';
    reading = `a named cause within the other document's all-risks cover for ${named.subject}`;
    direction = 'neutral';
    description = `${added ? 'Added' : 'Removed'} named cause "${clip(side.text, 100)}" is within ${added ? 'A' : 'B'}'s cover for accidental loss or damage to ${
      named.subject
    } (${restatedWhere({ otherId: named.otherId }, context.otherIndex)}), which pays for any cause not excluded: ${
      added ? 'naming it gives no cover A lacked' : 'B still covers it'
    }. The move between all-risks cover and named causes is reported where the two grants are compared.`;
  } else if (
    (context.ofOneSidedCover.has(side.clause.id) || (qualifiesNewCover && (clauseTypeRow(side.type).qualifiesCover || ofAdding === 'narrower'))) &&
    !grantsCover(side, context.index) &&
    // Under a named cause the other's all-risks grant already gave, an exclusion does cut cover.
    !named
  ) {
    // An exclusion or condition of a cover that comes or goes with it only shaped that cover,
    // whose own change carries the weight.
    rule = 'one-sided.qualifier-of-one-sided-cover';
    reading = `a ${label} of a cover that is ${added ? 'added' : 'removed'} with it`;
    direction = 'neutral';
    ofCover = true;
    description = `${added ? 'New' : 'Removed'} ${label} of the ${added ? 'added' : 'removed'} cover: "${clip(side.text, 140)}"`;
  }
  const quote = clip(splitSentences(side.text)[0]);
  const delta: Delta = {
    type: added ? 'clause_added' : 'clause_removed',
    direction,
    description,
    from: added ? null : clip(side.text, 200),
    to: added ? clip(side.text, 200) : null,
    evidence: { a_quote: added ? null : quote, b_quote: added ? quote : null },
    rule,
    role: null,
    polarity: rule === adding.rule ? polarityOf(side.type) : null,
    why: because(reading, direction),
  };
  const caps: string[] = [];
  let score = materialityScore(side.type, [delta], context.usageOf(side), isFragment(side.text));
  if (restated || displaced || lost || statement || named?.role === 'cause') score = Math.min(score, NOT_A_CHANGE_MAX_SCORE);
  if (ofCover) score = Math.min(score, NAMED_CAUSE_QUALIFIER_MAX_SCORE);
  if (side.type === 'definition' && score > UNUSED_TERM_MAX_SCORE && context.termUnusedInOther(side)) {
    caps.push('one-sided.term-unused-in-other');
    score = UNUSED_TERM_MAX_SCORE;
    delta.description += ` ${added ? 'A' : 'B'} never uses the term: the definition ${added ? 'comes' : 'goes'} with the clauses that use it, reported on their own.`;
  }
  // An item of the list of documents a claim needs: one more (or fewer) paper to send (DOMAIN.md
  // §6: claim documents are low).
  // A condition item under a claims lead-in ("To support your claim you must give us:") is one too.
  const leadIn = listLeadInOf(context.index, side.clause.id);
  const ofClaim = side.type === 'claims_procedure' || (side.type === 'condition' && leadIn !== null && /\bclaims?\b/i.test(leadIn));
  if (ofClaim && score > CLAIM_DOCUMENT_MAX_SCORE && isDocumentList(side.text, side.clause.heading, leadIn) && !grantsCover(side, context.index)) {
    caps.push('one-sided.claim-document');
    score = CLAIM_DOCUMENT_MAX_SCORE;
  }
  if (named && named.role !== 'cause' && score > NAMED_CAUSE_QUALIFIER_MAX_SCORE) {
    caps.push('one-sided.qualifier-of-named-cause');
    score = NAMED_CAUSE_QUALIFIER_MAX_SCORE;
    const [own, other] = added ? ['B', 'A'] : ['A', 'B'];
    const there = restatedWhere({ otherId: named.otherId }, context.otherIndex);
    delta.description +=
      named.role === 'qualifier'
        ? ` It qualifies a named cause ${own} lists where ${other} covers accidental loss or damage to ${named.subject} (${there}):`
        : ` It qualifies ${own}'s cover for accidental loss or damage to ${named.subject}, which ${other} replaces with named causes (from ${there}):`;
    delta.description += ' a detail of the move between all-risks cover and named causes, reported where the two grants are compared.';
  }
  return { side, delta, score, caps };
}

/** A one-sided clause that says nothing new (restated, displaced, lost in extraction, advice…) is at most this: low. */
const NOT_A_CHANGE_MAX_SCORE = 0.1;

/**
 * An exclusion under a named cause the other document's all-risks grant already covers cuts into
 * that cover, so it keeps its direction; it is low because the move from all risks to named causes
 * is the change, reported once where the grants are compared.
 */
const NAMED_CAUSE_QUALIFIER_MAX_SCORE = 0.3;

/** A document a claim needs, added to or dropped from the list, is at most this (low). */
const CLAIM_DOCUMENT_MAX_SCORE = 0.3;

/** A definition of a term the other document never uses changes no clause there (low). */
const UNUSED_TERM_MAX_SCORE = 0.3;

/** Longest lead-in ("We will pay:") a list item is read with. */
const MAX_LEAD_IN = 160;

/**
 * The lead-in a list item continues: the body clause printed just before it (headings aside),
 * when it is short and ends with a colon ("We will pay:", "We will not pay for:"). Items of a
 * list ("a £15,000 if …", "b £5,000 if …") say what they do only with it.
 */
export function leadInOf(index: DocumentIndex, clauseId: string): string | null {
  const at = index.order.get(clauseId);
  if (at === undefined || at === 0) return null;
  return leadInAt(index, at - 1);
}

/** The clause at `k` when it is a short body clause ending with a colon: a list's lead-in. */
function leadInAt(index: DocumentIndex, k: number): string | null {
  const previous = index.doc.layout.clauses[k];
  if (previous.kind === 'heading' || index.classification.get(previous.id)?.type === 'heading') return null;
  const text = previous.text.trim();
  return text.length <= MAX_LEAD_IN && text.endsWith(':') ? text : null;
}

/**
 * The lead-in of the list a claims item belongs to: a later item ("A written statement from each
 * witness.") continues the lead-in printed above the first one ("To support your claim you must
 * give us:"). Only the claim-documents reading uses it: what a list item grants is read with the
 * clause just before it (leadInOf), since a run of items may hold more than one list.
 */
function listLeadInOf(index: DocumentIndex, clauseId: string): string | null {
  const at = index.order.get(clauseId);
  if (at === undefined || at === 0) return null;
  const clauses = index.doc.layout.clauses;
  const own = leadInAt(index, at - 1);
  if (own !== null || clauses[at].kind !== 'list_item') return own;
  let k = at - 1;
  while (k > 0 && at - k <= MAX_ITEMS_BACK && clauses[k].kind === 'list_item') k--;
  return clauses[k].kind === 'list_item' ? null : leadInAt(index, k);
}

/** Most items back a list item looks for the lead-in of its list. */
const MAX_ITEMS_BACK = 15;

/** What adding the clause does to cover, read with the lead-in of the list it is an item of. */
function addingReading(side: ClauseSide, index: DocumentIndex): ReturnType<typeof readAddedClause> {
  const leadIn = leadInOf(index, side.clause.id);
  return readAddedClause(side.type, leadIn ? `${leadIn} ${side.text}` : side.text, side.clause.heading);
}

function grantsCover(side: ClauseSide, index: DocumentIndex): boolean {
  return addingReading(side, index).direction === 'broader';
}

function confidenceOf(side: ClauseSide): number {
  return Math.round(90 * (0.5 + 0.5 * side.confidence)) / 100;
}

/** One added or removed clause. */
export function singleClauseChange(id: string, side: ClauseSide, context: OneSidedContext, base: Partial<Change>): Change {
  const member = memberOf(side, context, false);
  const ref = clauseRef(side, context.index);
  return {
    id,
    clause_type: side.type,
    a: context.added ? null : ref,
    b: context.added ? ref : null,
    cover_area: side.coverArea,
    ...base,
    status: context.added ? 'added' : 'removed',
    similarity: 0,
    direction: member.delta.direction,
    materiality: materialityBand(member.score),
    materiality_score: member.score,
    confidence: confidenceOf(side),
    deltas: [member.delta],
    diff: [{ op: context.added ? 'insert' : 'delete', text: side.text }],
    rules: [member.delta.rule, ...member.caps],
    why: member.delta.why,
  };
}

/**
 * The clause ids a passage spans in reading order: its members, the headings between them and the
 * headings directly above the first member (the passage's own title), so the reported text reads
 * as the document prints it.
 */
export function passageIds(memberIds: string[], index: DocumentIndex, skip: (id: string) => boolean): string[] {
  const clauses = index.doc.layout.clauses;
  const first = index.order.get(memberIds[0])!;
  const last = index.order.get(memberIds[memberIds.length - 1])!;
  let start = first;
  while (start > 0 && clauses[start - 1].kind === 'heading' && !skip(clauses[start - 1].id)) start -= 1;
  const ids: string[] = [];
  for (let k = start; k <= last; k += 1) if (!skip(clauses[k].id)) ids.push(clauses[k].id);
  return ids;
}

/** A passage of several consecutive clauses present on one side only, as one change. */
export function passageChange(
  id: string,
  memberIds: string[],
  spanIds: string[],
  context: OneSidedContext,
  base: Partial<Change>,
): Change {
  const sides = memberIds.map((m) => sideOf(context.index, [m]));
  const bringsCover = sides.some(
    (s) =>
      grantsCover(s, context.index) &&
      !context.restatements.has(s.clause.id) &&
      !context.displaced.has(s.clause.id) &&
      !context.extractionLosses.has(s.clause.id) &&
      !context.namedCauses.has(s.clause.id),
  );
  const members = sides.map((s) => memberOf(s, context, bringsCover));
  const lead = members.reduce((best, m) => (m.score > best.score ? m : best), members[0]);
  const span = sideOf(context.index, spanIds);
  const ref = clauseRef(span, context.index);
  const score = Math.max(...members.map((m) => m.score));
  const directions = members.map((m) => m.delta.direction).filter((d) => d !== 'neutral');
  const pages = span.pageStart === span.pageEnd ? `p. ${span.pageStart}` : `pp. ${span.pageStart}–${span.pageEnd}`;
  const direction = overallDirection(directions);
  const deciding = members.find((m) => m.delta.direction === direction) ?? lead;
  const summary: Delta = {
    type: context.added ? 'clause_added' : 'clause_removed',
    direction,
    rule: 'one-sided.passage',
    role: null,
    polarity: null,
    why:
      direction === 'ambiguous'
        ? because(`a passage whose clauses cut both ways`, direction)
        : because(`a passage of ${members.length} clauses, led by ${deciding.delta.why.replace(/ → \w+$/, '')}`, direction),
    description: `${context.added ? 'A passage only B has' : 'A passage B no longer has'} (${pages}, ${members.length} clauses${
      bringsCover ? ', including cover' : ''
    }): "${clip(sides[0].text, 120)}"`,
    from: context.added ? null : clip(span.text, 400),
    to: context.added ? clip(span.text, 400) : null,
    evidence: {
      a_quote: context.added ? null : clip(splitSentences(lead.side.text)[0]),
      b_quote: context.added ? clip(splitSentences(lead.side.text)[0]) : null,
    },
  };
  return {
    id,
    clause_type: lead.side.type,
    a: context.added ? null : ref,
    b: context.added ? ref : null,
    cover_area: lead.side.coverArea,
    ...base,
    status: context.added ? 'added' : 'removed',
    similarity: 0,
    direction: summary.direction,
    materiality: materialityBand(score),
    materiality_score: score,
    confidence: Math.min(...sides.map(confidenceOf)),
    deltas: [summary, ...members.map((m) => m.delta)],
    diff: [{ op: context.added ? 'insert' : 'delete', text: span.text }],
    rules: ['one-sided.passage', ...new Set(members.flatMap((m) => m.caps))],
    why: summary.why,
  };
}
