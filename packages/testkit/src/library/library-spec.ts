/**
 * The authoring format of the clause library. Wording is written as plain strings with inline
 * figures so that numbers stay editable and exact:
 *   {m:limit:1500}              money (role, value in the product's currency)
 *   {p:waiting:30:day}          period (role, value, unit)
 *   {p:grace:15:day:words}      period printed "fifteen days" (or words_digits: "fifteen (15) days")
 *   {pc:co_payment:20}          percentage
 * Roles are those of figure-roles.ts (DOMAIN.md §1); an unknown role is an error.
 * policy-library.ts parses these into the PolicyDocument model. Variants that quote the text
 * (carveOutPresent, sentences, capPresent, rewrites' `from`) quote it in this same form.
 */
import type { ClauseRole, CurrencyCode, DefinitionStyle, InfoPageKind, PolaritySentence, ProductKind, RewriteKey, ScheduleRow } from '../policy-model.js';

export interface ClauseSpec {
  role: ClauseRole;
  title?: string;
  text: string;
  items?: string[];
  widen?: { from: string; to: string };
  narrow?: { from: string; to: string };
  carveOut?: string;
  carveOutPresent?: string;
  /** Sentences in `text` an edit may drop (verbatim, with their leading space). */
  sentences?: PolaritySentence[];
  /** Sentences an edit may append (the text must end with a full stop). */
  additions?: PolaritySentence[];
  rewrites?: Partial<Record<RewriteKey, { from: string; to: string }>>;
  /** A verbatim phrase of `text` holding one money cap, which an edit may drop while the grant stays. */
  capPresent?: string;
  /** The clause's first money cap restated as a percentage of a sum insured. */
  percentOf?: { percent: number; base: string };
  /** Further documents a claims list may come to ask for (one is appended as a new item). */
  extraItems?: string[];
}

export interface GroupSpec {
  heading: string;
  clauses: ClauseSpec[];
}

export interface SectionSpec {
  key: string;
  title: string;
  intro?: string;
  groups: GroupSpec[];
}

export interface DefinitionSpec {
  term: string;
  /** May hold inline figures (a look-back, an unoccupancy trigger). */
  text: string;
  widen?: { from: string; to: string; direction: 'broader' | 'narrower' };
  narrow?: { from: string; to: string; direction: 'broader' | 'narrower' };
  /** The same meaning in other words, no number changed. */
  restate?: { from: string; to: string };
}

export interface ScheduleRowSpec {
  label: string;
  /** Inline figure ("{m:sum_insured:350000}") or plain text. */
  value: string;
  category: ScheduleRow['category'];
}

/** A clause that is not in the base policy and that an edit may insert. */
export interface PoolSpec {
  sectionKey: string;
  groupHeading: string;
  clause: ClauseSpec;
}

/**
 * Vocabulary for the endorsement sections that make long policies long. Each frame is a sentence
 * pattern; combined with subjects, causes and conditions it yields distinct, sensible clauses.
 */
export interface FillerVocabulary {
  /** Section titles for endorsement groups ("Endorsements – Outbuildings and grounds"). */
  sectionTitles: string[];
  subjects: string[];
  causes: string[];
  conditions: string[];
  /** `{days}` prints a period whose role is `daysRole` ("other" when absent). */
  frames: { role: ClauseSpec['role']; text: string; daysRole?: import('../policy-model.js').PeriodRole }[];
  /** Typical money values to draw limits from. */
  amounts: number[];
}

/** A non-contractual page (DOMAIN.md §5): plain strings are paragraphs, cell lists are table rows. */
export interface InfoPageSpec {
  kind: InfoPageKind;
  title: string;
  placement: 'front' | 'back';
  blocks: (string | { cells: string[]; header?: boolean })[];
  /** Index into `blocks` of the block the ground truth quotes: the one most like cover. */
  keyBlock: number;
}

export interface ProductLibrary {
  product: ProductKind;
  insurer: string;
  insurerCode: string;
  formPrefix: string;
  title: string;
  currency: CurrencyCode;
  definitionStyle: DefinitionStyle;
  intro: string[];
  schedule: ScheduleRowSpec[];
  definitions: DefinitionSpec[];
  /** Product-specific sections, printed first. */
  sections: SectionSpec[];
  /** Sections that take the place of the shared section with the same key (claims and cancellation differ by market). */
  replaceShared?: SectionSpec[];
  /** Groups appended to shared sections, by section key. */
  extendShared?: Record<string, GroupSpec[]>;
  /** How this market's wordings point at a figure printed elsewhere: "the amount shown in your schedule". */
  schedulePhrase: string;
  pools: {
    exclusions: PoolSpec[];
    extensions: PoolSpec[];
    conditions: PoolSpec[];
    sublimits: PoolSpec[];
    /** Optional covers bought separately ("If your schedule shows…"). */
    optional: PoolSpec[];
  };
  /** Non-contractual pages this market binds with its wordings. */
  infoPages: InfoPageSpec[];
  filler: FillerVocabulary;
}
