/**
 * The in-memory model of a generated policy wording. A policy is built from the clause library,
 * edited into its "B" version, then rendered to PDF. Every unit that a comparator may align (a
 * heading, a clause, a sub-item, a definition, a schedule row) carries a stable library id, so the
 * ground truth can say which A unit corresponds to which B unit however the numbering moves.
 *
 * testkit does not depend on @policydiff/contracts, so the few shared enums are spelled out here
 * with the same literal values.
 */

export type ProductKind = 'home' | 'commercial' | 'travel' | 'health';
export const PRODUCT_KINDS: readonly ProductKind[] = ['home', 'commercial', 'travel', 'health'];

export type CurrencyCode = 'GBP' | 'AUD' | 'SGD' | 'INR';

/** Same values as the contracts' ChangeStatus / Direction. */
export type ExpectedStatus = 'added' | 'removed' | 'modified' | 'moved' | 'unchanged';
export type ExpectedDirection = 'broader' | 'narrower' | 'neutral';

export type MoneyRole = 'limit' | 'sublimit' | 'excess' | 'sum_insured' | 'premium' | 'tax';
/** Waiting periods delay cover (longer is narrower); notice periods are time the insured has to act (longer is broader). */
export type PeriodRole = 'waiting' | 'notice' | 'other';
export type PeriodUnit = 'hour' | 'day' | 'month' | 'year';

export type Figure =
  | { kind: 'money'; role: MoneyRole; value: number }
  | { kind: 'period'; role: PeriodRole; value: number; unit: PeriodUnit }
  | { kind: 'percent'; role: 'co_payment' | 'tax' | 'other'; value: number };

export type ClauseRole =
  | 'cover'
  | 'exclusion'
  | 'limit'
  | 'sublimit'
  | 'excess'
  | 'waiting_period'
  | 'condition'
  | 'extension'
  | 'claims'
  | 'cancellation'
  | 'admin';

/** A verbatim replacement inside a clause or definition template; `direction` is the effect on the insured. */
export interface TextVariant {
  from: string;
  to: string;
}

export interface ClauseVariants {
  /** Makes an exclusion catch more (narrower cover). */
  widen?: TextVariant;
  /** Makes an exclusion catch less (broader cover). */
  narrow?: TextVariant;
  /** An exception that can be appended to an exclusion (broader cover). Starts with ", unless"/", but…". */
  carveOut?: string;
  /** A verbatim exception already in the text whose removal narrows cover. */
  carveOutPresent?: string;
}

export interface ClauseItem {
  id: string;
  /** Template: figures are referenced as {0}, {1}… into the owning item's `figures`. */
  text: string;
  figures: Figure[];
}

export interface PolicyClause {
  id: string;
  role: ClauseRole;
  /** Optional bold lead-in printed before the text ("Escape of water"). */
  title?: string;
  /** Template: figures are referenced as {0}, {1}… */
  text: string;
  figures: Figure[];
  items: ClauseItem[];
  variants: ClauseVariants;
}

export interface ClauseGroup {
  id: string;
  heading: string;
  clauses: PolicyClause[];
}

export interface PolicySection {
  id: string;
  title: string;
  /** Short introduction printed under the heading (unnumbered). */
  intro?: string;
  groups: ClauseGroup[];
}

export interface DefinitionVariants {
  /** The defined term catches more; `direction` says what that does to cover. */
  widen?: TextVariant & { direction: ExpectedDirection };
  narrow?: TextVariant & { direction: ExpectedDirection };
}

export interface PolicyDefinition {
  id: string;
  term: string;
  /** The definition without the term, e.g. "the private dwelling shown in the schedule…". */
  text: string;
  variants: DefinitionVariants;
}

export type DefinitionStyle = 'quoted_means' | 'bold_list';

export interface ScheduleRow {
  id: string;
  label: string;
  /** A figure, or plain text for rows such as the policy number. */
  value: Figure | string;
  category: 'sum_insured' | 'limit' | 'sublimit' | 'excess' | 'premium' | 'tax' | 'period' | 'other';
}

export interface PolicyDocument {
  product: ProductKind;
  insurer: string;
  /** Short insurer code used in file names and form codes. */
  insurerCode: string;
  formCode: string;
  title: string;
  currency: CurrencyCode;
  effectiveFrom: string;
  intro: string[];
  schedule: ScheduleRow[];
  definitionStyle: DefinitionStyle;
  definitions: PolicyDefinition[];
  /** When true the definitions are printed as "Section 1 – Definitions" and the sections after it shift by one. */
  definitionsNumbered: boolean;
  sections: PolicySection[];
}
