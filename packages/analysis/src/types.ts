/**
 * The data model passed between the seven analysis stages. Every stage output is plain JSON
 * (stored as an artifact keyed by document sha256 or by the pair, and the analysis version).
 */
import type { ClauseType, Change, DefinitionChange, KeyFigure, Summary } from '@policydiff/contracts';

/** Bump when any stage's output changes, so cached artifacts of older analyses are not reused. */
export const ANALYSIS_VERSION = '2026.12.08-15';

/** Rectangle in PDF points, origin at the page's top-left corner (y grows downwards). */
export interface BBox {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageInfo {
  number: number;
  width: number;
  height: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'list_item' | 'table_row';

/** A unit that is compared: a heading, a paragraph, a list item or a schedule row. */
export interface LayoutClause {
  /** Stable within its document, in reading order: "c0001"… */
  id: string;
  kind: BlockKind;
  /** Numbering as printed ("3.2", "(a)", "Section 3") or null. */
  number: string | null;
  /** Full section path built from the tree, e.g. "3.2(a)", or null when unnumbered. */
  section: string | null;
  /** Nearest heading text above this clause (for a heading: its own text). */
  heading: string | null;
  /** Heading texts from the outermost to the nearest. */
  headingPath: string[];
  /** Depth in the section tree (0 = top). */
  level: number;
  text: string;
  /** Schedule/table rows: "Public Liability" / "$20,000,000". */
  label?: string;
  value?: string;
  pageStart: number;
  pageEnd: number;
  bboxes: BBox[];
  /** Font facts of the first line, used by later stages (definitions in bold, headings). */
  fontSize: number;
  bold: boolean;
  /** Bold runs inside the clause text (defined-term lists, "Flood: means"). */
  boldSpans?: string[];
}

export interface LayoutDocument {
  pageCount: number;
  pages: PageInfo[];
  clauses: LayoutClause[];
  /** Pages detected as a table of contents: their lines are not compared. */
  tocPages: number[];
  /** Running headers/footers removed, for the record. */
  removedFurniture: string[];
  warnings: string[];
  /** Title guessed from the first page. */
  title: string | null;
  stats: { textItems: number; lines: number; characters: number };
}

export interface DefinedTerm {
  term: string;
  /** Lower-cased, singular-ish key used to match usages. */
  key: string;
  definition: string;
  clauseId: string;
  page: number;
  /** 'policy' for a general definitions section; otherwise the section it is confined to. */
  scope: string;
  style: 'quoted_means' | 'colon_means' | 'bold_list' | 'refers_to' | 'table' | 'other';
  /** Clause ids whose text uses the term. */
  usedIn: string[];
}

export interface DefinitionsResult {
  terms: DefinedTerm[];
  warnings: string[];
}

export interface ClauseClassification {
  clauseId: string;
  type: ClauseType;
  confidence: number;
  reasons: string[];
  /** Cover area the clause belongs to, e.g. "Buildings", "Public Liability", "Medical Expenses". */
  coverArea: string | null;
}

export interface ClassificationResult {
  clauses: ClauseClassification[];
}

export type AmountRole = 'limit' | 'sublimit' | 'excess' | 'premium' | 'sum_insured' | 'tax' | 'other';
export type AmountBasis = 'per_claim' | 'per_item' | 'per_period' | 'per_event' | 'per_person' | 'per_day' | 'aggregate' | null;

export interface MoneyAmount {
  value: number;
  currency: string | null;
  raw: string;
  role: AmountRole;
  basis: AmountBasis;
  /** What the amount applies to ("valuables", "flood"), from the text around it or the row label. */
  subject: string | null;
}

export interface Percentage {
  value: number;
  raw: string;
  role: 'co_payment' | 'co_insurance' | 'limit_share' | 'excess' | 'tax' | 'other';
  of: string | null;
}

export interface Period {
  value: number;
  unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  days: number;
  raw: string;
  role: 'waiting_period' | 'notice' | 'age_limit' | 'policy_period' | 'time_limit' | 'other';
}

export interface CarveOut {
  trigger: string;
  text: string;
}

export interface ClauseDna {
  clauseId: string;
  amounts: MoneyAmount[];
  percentages: Percentage[];
  periods: Period[];
  perils: string[];
  subjects: string[];
  carveOuts: CarveOut[];
  obligations: string[];
  discretion: string[];
  definedTerms: string[];
}

export interface PolicyProfile {
  title: string | null;
  covers: { area: string; clauseIds: string[]; limits: MoneyAmount[]; excesses: MoneyAmount[] }[];
  exclusions: { clauseId: string; summary: string }[];
  conditions: { clauseId: string; summary: string }[];
  territory: string | null;
  period: string | null;
  keyFigures: {
    label: string;
    category: KeyFigure['category'];
    value: number;
    currency: string | null;
    text: string;
    page: number;
    clauseId: string;
  }[];
}

export interface DnaResult {
  clauses: ClauseDna[];
  profile: PolicyProfile;
}

/** Everything known about one document after segments 1–4. */
export interface AnalyzedDocument {
  layout: LayoutDocument;
  definitions: DefinitionsResult;
  classification: ClassificationResult;
  dna: DnaResult;
}

export interface AlignedPair {
  a: string | null;
  b: string | null;
  similarity: number;
  status: 'matched' | 'moved' | 'added' | 'removed';
  /** How the match was found: 'exact', 'fuzzy', 'split', 'merged'. */
  method: string;
}

export interface AlignmentResult {
  pairs: AlignedPair[];
  stats: { candidates: number; clausesA: number; clausesB: number };
}

export interface DeltaResult {
  changes: Change[];
  definitions: DefinitionChange[];
  keyFigures: KeyFigure[];
  warnings: string[];
}

export type NarrativeResult = Summary;
