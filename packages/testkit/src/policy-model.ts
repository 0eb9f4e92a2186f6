/**
 * The in-memory model of a generated policy wording. A policy is built from the clause library,
 * edited into its "B" version, then rendered to PDF. Every unit that a comparator may align (a
 * heading, a clause, a sub-item, a definition, a schedule row) carries a stable library id, so the
 * ground truth can say which A unit corresponds to which B unit however the numbering moves.
 *
 * testkit does not depend on @policydiff/contracts, so the few shared enums are spelled out here
 * with the same literal values.
 */

export type ProductKind = 'home' | 'commercial' | 'travel' | 'health' | 'motor';
export const PRODUCT_KINDS: readonly ProductKind[] = ['home', 'commercial', 'travel', 'health', 'motor'];

export type CurrencyCode = 'GBP' | 'AUD' | 'SGD' | 'INR';

/** Same values as the contracts' ChangeStatus / Direction. */
export type ExpectedStatus = 'added' | 'removed' | 'modified' | 'moved' | 'unchanged';
/** From the insured's side (DOMAIN.md): ambiguous when it depends on the loss, the schedule or the person. */
export type ExpectedDirection = 'broader' | 'narrower' | 'neutral' | 'ambiguous';
/**
 * DOMAIN.md §6. The contracts' Materiality has high, medium and low; "wording only" (no right
 * changes) is the floor of low, so an analyser's "low" satisfies both low and wording_only.
 */
export type ExpectedMateriality = 'high' | 'medium' | 'low' | 'wording_only';

/**
 * What a figure measures, after DOMAIN.md §1. figure-roles.ts says, for each, who gains when it
 * grows and so what a rise, a fall, a removal and an introduction do to cover.
 */
export type MoneyRole = 'limit' | 'sublimit' | 'item_limit' | 'excess' | 'sum_insured' | 'room_rent' | 'premium' | 'tax' | 'other';
export type PeriodRole =
  | 'waiting'
  | 'survival'
  | 'moratorium'
  | 'ped_lookback'
  | 'grace'
  | 'free_look'
  | 'notification'
  | 'documents'
  | 'settlement'
  | 'investigation'
  | 'indemnity'
  | 'unoccupancy'
  | 'min_entry_age'
  | 'max_entry_age'
  | 'delay_threshold'
  | 'event_window'
  | 'insured_cancel_notice'
  | 'insurer_cancel_notice'
  | 'other';
export type PercentRole = 'co_payment' | 'room_rent' | 'bonus' | 'tax' | 'other';
export type FigureRole = MoneyRole | PeriodRole | PercentRole;
export type PeriodUnit = 'hour' | 'day' | 'business_day' | 'month' | 'year';
/** How a number is printed: "15 days", "fifteen days" or "fifteen (15) days". */
export type NumberStyle = 'digits' | 'words' | 'words_digits';

export type Figure =
  | { kind: 'money'; role: MoneyRole; value: number }
  | { kind: 'period'; role: PeriodRole; value: number; unit: PeriodUnit; style?: NumberStyle }
  | { kind: 'percent'; role: PercentRole; value: number };

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

/** DOMAIN.md §2: what kind of promise a sentence makes, which decides what adding or dropping it does. */
export type SentencePolarity = 'grant' | 'restriction' | 'carve_back' | 'insured_duty' | 'insurer_duty' | 'insurer_right';

/** A whole sentence an edit may add to, or drop from, a clause. */
export interface PolaritySentence {
  polarity: SentencePolarity;
  /**
   * Starts with a space. A sentence already in the text is held in template form ({n}), as the
   * text is; a sentence to add is held as authored (inline figures), parsed when it is added.
   */
  text: string;
  /** DOMAIN.md §6 for this sentence; figure-roles.ts gives the default per polarity. */
  materiality?: ExpectedMateriality;
}

/**
 * Authored rewrites of one clause, each a verbatim replacement: `from` in the text's template
 * form, `to` as authored (inline figures, parsed when applied). sentence-edits.ts says what each means.
 */
export type RewriteKey = 'restate' | 'refund_pro_rata' | 'refund_short_period' | 'vague_to_fixed' | 'deductible_basis';

export interface ClauseVariants {
  /** Makes an exclusion catch more (narrower cover). */
  widen?: TextVariant;
  /** Makes an exclusion catch less (broader cover). */
  narrow?: TextVariant;
  /** An exception that can be appended to an exclusion (broader cover). Starts with ", unless"/", but…". */
  carveOut?: string;
  /** A verbatim exception already in the text whose removal narrows cover. */
  carveOutPresent?: string;
  /** Sentences already in the text that an edit may drop. */
  sentences?: PolaritySentence[];
  /** Sentences an edit may append (the clause text ends with a full stop). */
  additions?: PolaritySentence[];
  rewrites?: Partial<Record<RewriteKey, TextVariant>>;
  /** A verbatim phrase holding a money cap ("up to {0} for any one claim") that an edit may drop, leaving the grant. */
  capPresent?: string;
  /** The money cap restated as a share of the sum insured: "of the contents sum insured" after a percentage. */
  percentOf?: { percent: number; base: string };
  /** Documents a claims list may come to ask for, in inline-figure form (one is appended as a new item). */
  extraItems?: string[];
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
  /** The same meaning in other words, no number changed (a regulator's standard wording, say). */
  restate?: TextVariant;
}

export interface PolicyDefinition {
  id: string;
  term: string;
  /** Template: the definition without the term, e.g. "the private dwelling shown in the schedule…"; figures as {0}, {1}… */
  text: string;
  figures: Figure[];
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

/** DOMAIN.md §5: parts bound with a wording that are not the contract. */
export type InfoPageKind =
  | 'customer_information_sheet'
  | 'key_facts'
  | 'premium_table'
  | 'specimen_schedule'
  | 'brochure'
  | 'claim_form'
  | 'proposal_form'
  | 'grievance_contacts';
export const INFO_PAGE_KINDS: readonly InfoPageKind[] = [
  'customer_information_sheet',
  'key_facts',
  'premium_table',
  'specimen_schedule',
  'brochure',
  'claim_form',
  'proposal_form',
  'grievance_contacts',
];

/** One printed block of an information page: a paragraph, or a table row whose last cell alone may wrap. */
export interface InfoBlock {
  id: string;
  text?: string;
  cells?: string[];
  /** A table's header row (printed bold). */
  header?: boolean;
}

export interface InfoPage {
  id: string;
  kind: InfoPageKind;
  title: string;
  /** Front pages print after the contents and before the schedule; back pages after the last section. */
  placement: 'front' | 'back';
  blocks: InfoBlock[];
  /** The block the ground truth quotes when the page is added or dropped: the one most like cover. */
  keyBlock: string;
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
  /** Non-contractual pages bound with the wording, in print order. */
  infoPages: InfoPage[];
}
