/**
 * One side of a compared pair: the layout clause, its type, cover area and DNA. A split or merged
 * group is read as one combined side (texts joined, facts pooled, pages spanned).
 */
import type { ClauseRef, ClauseType } from '@policydiff/contracts';
import type { AnalyzedDocument, ClauseDna, LayoutClause } from '../types.js';

/** DNA of a clause the DNA stage said nothing about. */
export function emptyDna(clauseId: string): ClauseDna {
  return {
    clauseId,
    amounts: [],
    percentages: [],
    periods: [],
    perils: [],
    subjects: [],
    carveOuts: [],
    obligations: [],
    discretion: [],
    definedTerms: [],
  };
}

export interface ClauseSide {
  ids: string[];
  clause: LayoutClause;
  type: ClauseType;
  coverArea: string | null;
  confidence: number;
  text: string;
  dna: ClauseDna;
  pageStart: number;
  pageEnd: number;
}

export interface DocumentIndex {
  doc: AnalyzedDocument;
  clauses: Map<string, LayoutClause>;
  order: Map<string, number>;
  classification: Map<string, { type: ClauseType; coverArea: string | null; confidence: number }>;
  dna: Map<string, ClauseDna>;
  tocPages: Set<number>;
}

export function indexDocument(doc: AnalyzedDocument): DocumentIndex {
  return {
    doc,
    clauses: new Map(doc.layout.clauses.map((c) => [c.id, c])),
    order: new Map(doc.layout.clauses.map((c, k) => [c.id, k])),
    classification: new Map(
      doc.classification.clauses.map((c) => [c.clauseId, { type: c.type, coverArea: c.coverArea, confidence: c.confidence }]),
    ),
    dna: new Map(doc.dna.clauses.map((d) => [d.clauseId, d])),
    tocPages: new Set(doc.layout.tocPages),
  };
}

function clauseText(clause: LayoutClause): string {
  return clause.text.trim().length > 0 ? clause.text : [clause.label, clause.value].filter(Boolean).join(' ');
}

export function sideOf(index: DocumentIndex, ids: string[]): ClauseSide {
  const clauses = ids.map((id) => index.clauses.get(id)).filter((c): c is LayoutClause => c !== undefined);
  if (clauses.length === 0) throw new Error(`unknown clause ids ${ids.join(', ')}`);
  const first = clauses[0];
  const info = index.classification.get(first.id);
  const dnas = clauses.map((c) => index.dna.get(c.id) ?? emptyDna(c.id));
  const dna: ClauseDna = {
    clauseId: first.id,
    amounts: dnas.flatMap((d) => d.amounts),
    percentages: dnas.flatMap((d) => d.percentages),
    periods: dnas.flatMap((d) => d.periods),
    perils: dnas.flatMap((d) => d.perils),
    subjects: dnas.flatMap((d) => d.subjects),
    carveOuts: dnas.flatMap((d) => d.carveOuts),
    obligations: dnas.flatMap((d) => d.obligations),
    discretion: dnas.flatMap((d) => d.discretion),
    definedTerms: dnas.flatMap((d) => d.definedTerms),
  };
  return {
    ids: clauses.map((c) => c.id),
    clause: first,
    type: info?.type ?? 'admin',
    coverArea: info?.coverArea ?? null,
    confidence: info?.confidence ?? 0.5,
    text: clauses.map(clauseText).join(' '),
    dna,
    pageStart: Math.min(...clauses.map((c) => c.pageStart)),
    pageEnd: Math.max(...clauses.map((c) => c.pageEnd)),
  };
}

export function clauseRef(side: ClauseSide, index: DocumentIndex): ClauseRef {
  const bboxes = side.ids.flatMap((id) => index.clauses.get(id)?.bboxes ?? []);
  return {
    clause_id: side.clause.id,
    section: side.clause.section,
    heading: side.clause.heading,
    page_start: side.pageStart,
    page_end: side.pageEnd,
    text: side.text,
    bboxes: bboxes.map((b) => ({ page: b.page, x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 })),
  };
}
