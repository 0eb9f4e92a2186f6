/**
 * What every seeded edit works on: policy B while it is being edited, the seeded stream, the
 * units already touched (each edit touches one unit no other edit touches), and the library
 * parts an edit may bring in. Also the walks over the units that carry text.
 */
import type { EditKind } from './edit-kinds.js';
import type { LibraryPools } from './policy-library.js';
import type {
  ClauseGroup,
  ExpectedDirection,
  ExpectedMateriality,
  ExpectedStatus,
  Figure,
  InfoPage,
  PolicyClause,
  PolicyDocument,
  PolicySection,
} from './policy-model.js';
import type { Random } from './random.js';

export interface AppliedEdit {
  kind: EditKind;
  /** Library id of the unit the edit changed (same id on both sides). */
  unitId: string;
  expectedStatus: ExpectedStatus;
  expectedDirection: ExpectedDirection;
  /** True when a broker must be told (DOMAIN.md §6 high or medium): what the benchmark's "flagged" means. */
  material: boolean;
  /** DOMAIN.md §6; absent for the first twenty kinds where the level depends on the clause and was never graded. */
  expectedMateriality?: ExpectedMateriality;
  /** Numeric edits: the old and new value, and their unit (currency code, period unit or "%"); B's value in A's unit. */
  from: number | null;
  to: number | null;
  unit: string | null;
  description: string;
}

export type EditResult = Omit<AppliedEdit, 'kind'> | null;

export interface EditContext {
  policy: PolicyDocument;
  random: Random;
  touched: Set<string>;
  pools: LibraryPools;
  /** How this market points at a figure printed in the schedule. */
  schedulePhrase: string;
  /** Every information page the market binds with a wording, in print order. */
  infoPages: InfoPage[];
}

export interface ClauseLocation {
  section: PolicySection;
  group: ClauseGroup;
  index: number;
  clause: PolicyClause;
}

export function* clauseLocations(policy: PolicyDocument): Generator<ClauseLocation> {
  for (const section of policy.sections) {
    for (const group of section.groups) {
      for (let index = 0; index < group.clauses.length; index++) yield { section, group, index, clause: group.clauses[index] };
    }
  }
}

/** A unit whose template carries figures: a clause, one of its items, or a definition. */
export interface TemplateUnit {
  unitId: string;
  where: string;
  get: () => string;
  set: (text: string) => void;
  figures: Figure[];
}

export function* templateUnits(policy: PolicyDocument): Generator<TemplateUnit> {
  for (const definition of policy.definitions) {
    yield {
      unitId: definition.id,
      where: `definition of "${definition.term}"`,
      get: () => definition.text,
      set: (text) => void (definition.text = text),
      figures: definition.figures,
    };
  }
  for (const { section, clause } of clauseLocations(policy)) {
    yield { unitId: clause.id, where: `clause in ${section.title}`, get: () => clause.text, set: (text) => void (clause.text = text), figures: clause.figures };
    for (const item of clause.items) {
      yield { unitId: item.id, where: `item in ${section.title}`, get: () => item.text, set: (text) => void (item.text = text), figures: item.figures };
    }
  }
}

/** True when the template prints figure `index` (a dropped phrase can leave a figure unused). */
export function prints(template: string, index: number): boolean {
  return template.includes(`{${index}}`);
}

export function isMaterial(level: ExpectedMateriality): boolean {
  return level === 'high' || level === 'medium';
}
