/**
 * Which clauses of a document take part in the comparison. Headings are context, not content;
 * lines on table-of-contents pages are navigation noise; neither produces a change of its own.
 */
import type { ClauseType } from '@policydiff/contracts';
import type { AnalyzedDocument, LayoutClause } from '../types.js';
import { normaliseForComparison } from './text-normalise.js';

export interface ComparableClause {
  clause: LayoutClause;
  type: ClauseType;
  /** Position in the document's full reading order. */
  order: number;
  /** Text used for similarity: schedule rows contribute label and value. */
  text: string;
}

export interface ComparableSplit {
  body: ComparableClause[];
  headings: ComparableClause[];
}

export function clauseTypeIndex(doc: AnalyzedDocument): Map<string, ClauseType> {
  return new Map(doc.classification.clauses.map((c) => [c.clauseId, c.type]));
}

export function comparableText(clause: LayoutClause): string {
  const text = clause.text.trim();
  if (text.length > 0) return text;
  return [clause.label, clause.value].filter(Boolean).join(' ');
}

export function isHeadingClause(clause: LayoutClause, type: ClauseType | undefined): boolean {
  return clause.kind === 'heading' || type === 'heading';
}

/** Folded heading texts of a document, to recognise the same heading set as body text elsewhere. */
export function headingTexts(doc: AnalyzedDocument): Set<string> {
  const types = clauseTypeIndex(doc);
  return new Set(
    doc.layout.clauses.filter((c) => isHeadingClause(c, types.get(c.id))).map((c) => normaliseForComparison(c.text)),
  );
}

/**
 * Body clauses versus headings. `otherHeadings` are the other document's heading texts: a short
 * line printed as a heading there and detected as body text here ("What is not covered") is
 * still a heading.
 */
export function splitComparableClauses(doc: AnalyzedDocument, otherHeadings: Set<string> = new Set()): ComparableSplit {
  const types = clauseTypeIndex(doc);
  const tocPages = new Set(doc.layout.tocPages);
  const body: ComparableClause[] = [];
  const headings: ComparableClause[] = [];
  doc.layout.clauses.forEach((clause, order) => {
    if (tocPages.has(clause.pageStart)) return;
    const text = comparableText(clause);
    if (text.length === 0) return;
    const type = types.get(clause.id) ?? (clause.kind === 'heading' ? 'heading' : 'admin');
    const entry: ComparableClause = { clause, type, order, text };
    const headingElsewhere = text.length <= 120 && otherHeadings.has(normaliseForComparison(text));
    if (isHeadingClause(clause, type) || headingElsewhere) headings.push(entry);
    else body.push(entry);
  });
  return { body, headings };
}
