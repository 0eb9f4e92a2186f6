/**
 * The authoring format of the clause library. Wording is written as plain strings with inline
 * figures so that numbers stay editable and exact:
 *   {m:limit:1500}          money (role, value in the product's currency)
 *   {p:waiting:30:day}      period (role, value, unit)
 *   {pc:co_payment:20}      percentage
 * policy-library.ts parses these into the PolicyDocument model.
 */
import type { CurrencyCode, DefinitionStyle, ProductKind, ScheduleRow } from '../policy-model.js';

export interface ClauseSpec {
  role: import('../policy-model.js').ClauseRole;
  title?: string;
  text: string;
  items?: string[];
  widen?: { from: string; to: string };
  narrow?: { from: string; to: string };
  carveOut?: string;
  carveOutPresent?: string;
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
  text: string;
  widen?: { from: string; to: string; direction: 'broader' | 'narrower' };
  narrow?: { from: string; to: string; direction: 'broader' | 'narrower' };
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
  frames: { role: ClauseSpec['role']; text: string }[];
  /** Typical money values to draw limits from. */
  amounts: number[];
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
  pools: {
    exclusions: PoolSpec[];
    extensions: PoolSpec[];
    conditions: PoolSpec[];
    sublimits: PoolSpec[];
  };
  filler: FillerVocabulary;
}
