/**
 * Builds AnalyzedDocuments from short clause specs for the alignment, delta and narrative tests,
 * so those stages can be tested before (and independently of) layout, definitions,
 * classification and DNA extraction. DNA fields are given by hand, exactly as a test needs them.
 */
import type { ClauseType } from '@policydiff/contracts';
import type {
  AnalyzedDocument,
  BlockKind,
  ClauseDna,
  DefinedTerm,
  LayoutClause,
  PolicyProfile,
} from '../types.js';
import { emptyDna } from '../delta/clause-side.js';

export { emptyDna };

export interface ClauseSpec {
  text: string;
  type?: ClauseType;
  kind?: BlockKind;
  section?: string | null;
  heading?: string | null;
  headingPath?: string[];
  page?: number;
  coverArea?: string | null;
  label?: string;
  value?: string;
  dna?: Partial<Omit<ClauseDna, 'clauseId'>>;
}

export interface TermSpec {
  term: string;
  definition: string;
  /** Index (into the clause specs) of the clause that holds the definition. */
  clause: number;
  /** Indexes of clauses using the term. */
  usedIn?: number[];
}

export interface DocumentSpec {
  clauses: ClauseSpec[];
  terms?: TermSpec[];
  keyFigures?: PolicyProfile['keyFigures'];
  tocPages?: number[];
  title?: string | null;
}

export function clauseId(index: number): string {
  return `c${String(index + 1).padStart(4, '0')}`;
}

/** Pages default to five clauses a page; headings open a section and set the context below them. */
export function buildDocument(spec: DocumentSpec | ClauseSpec[]): AnalyzedDocument {
  const full: DocumentSpec = Array.isArray(spec) ? { clauses: spec } : spec;
  let currentHeading: string | null = null;
  const clauses: LayoutClause[] = full.clauses.map((c, index) => {
    const id = clauseId(index);
    const kind: BlockKind = c.kind ?? (c.type === 'heading' ? 'heading' : 'paragraph');
    if (kind === 'heading') currentHeading = c.text;
    const heading = c.heading !== undefined ? c.heading : currentHeading;
    const page = c.page ?? Math.floor(index / 5) + 1;
    return {
      id,
      kind,
      number: c.section ?? null,
      section: c.section ?? null,
      heading,
      headingPath: c.headingPath ?? (heading ? [heading] : []),
      level: 0,
      text: c.text,
      label: c.label,
      value: c.value,
      pageStart: page,
      pageEnd: page,
      bboxes: [{ page, x0: 50, y0: 100 + (index % 5) * 100, x1: 550, y1: 180 + (index % 5) * 100 }],
      fontSize: kind === 'heading' ? 14 : 10,
      bold: kind === 'heading',
    };
  });
  const pageCount = Math.max(1, ...clauses.map((c) => c.pageEnd));
  const terms: DefinedTerm[] = (full.terms ?? []).map((t) => ({
    term: t.term,
    key: t.term.toLowerCase(),
    definition: t.definition,
    clauseId: clauseId(t.clause),
    page: clauses[t.clause].pageStart,
    scope: 'policy',
    style: 'quoted_means',
    usedIn: (t.usedIn ?? []).map(clauseId),
  }));
  return {
    layout: {
      pageCount,
      pages: Array.from({ length: pageCount }, (_, k) => ({ number: k + 1, width: 595, height: 842 })),
      clauses,
      tocPages: full.tocPages ?? [],
      removedFurniture: [],
      warnings: [],
      title: full.title ?? null,
      stats: { textItems: 0, lines: 0, characters: 0 },
    },
    definitions: { terms, warnings: [] },
    classification: {
      clauses: full.clauses.map((c, index) => ({
        clauseId: clauseId(index),
        type: c.type ?? (c.kind === 'heading' ? 'heading' : 'coverage_grant'),
        confidence: 0.9,
        reasons: ['fixture'],
        coverArea: c.coverArea ?? null,
      })),
    },
    dna: {
      clauses: full.clauses.map((c, index) => ({ ...emptyDna(clauseId(index)), ...c.dna })),
      profile: {
        title: full.title ?? null,
        covers: [],
        exclusions: [],
        conditions: [],
        territory: null,
        period: null,
        keyFigures: full.keyFigures ?? [],
      },
    },
  };
}
