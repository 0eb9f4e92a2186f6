/**
 * Seeded known edits that turn policy A into policy B. Each edit touches one unit (a clause, a
 * definition or a schedule row) that no other edit touches, and reports what a correct comparator
 * should say about it. Quotes and page numbers are added later from the rendered documents
 * (policy-pair.ts), so they always match what was printed.
 */
import { getLibraryPools, parseInlineFigures, type PoolEntry } from './policy-library.js';
import type {
  ClauseGroup,
  ExpectedDirection,
  ExpectedStatus,
  Figure,
  PolicyClause,
  PolicyDocument,
  PolicySection,
} from './policy-model.js';
import type { Random } from './random.js';

export const EDIT_KINDS = [
  'limit_up',
  'limit_down',
  'excess_up',
  'excess_down',
  'sublimit_added',
  'exclusion_added',
  'exclusion_removed',
  'exclusion_widened',
  'exclusion_narrowed',
  'carve_out_added',
  'carve_out_removed',
  'definition_widened',
  'definition_narrowed',
  'period_changed',
  'condition_added',
  'extension_added',
  'extension_removed',
  'clause_moved',
  'section_renumbered',
  'cosmetic_rewording',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Edits that change layout rather than meaning: applied after the others so they do not hide targets. */
const STRUCTURAL_KINDS: ReadonlySet<EditKind> = new Set(['clause_moved', 'section_renumbered']);

export interface AppliedEdit {
  kind: EditKind;
  /** Library id of the unit the edit changed (same id on both sides). */
  unitId: string;
  expectedStatus: ExpectedStatus;
  expectedDirection: ExpectedDirection;
  material: boolean;
  /** Numeric edits: the old and new value, and their unit (currency code or period unit). */
  from: number | null;
  to: number | null;
  unit: string | null;
  description: string;
}

interface ClauseLocation {
  section: PolicySection;
  group: ClauseGroup;
  index: number;
  clause: PolicyClause;
}

function* clauseLocations(policy: PolicyDocument): Generator<ClauseLocation> {
  for (const section of policy.sections) {
    for (const group of section.groups) {
      for (let index = 0; index < group.clauses.length; index++) yield { section, group, index, clause: group.clauses[index] };
    }
  }
}

/** Nice values a redraft would move a number to: 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 × 10^k. */
function moneyLadder(): number[] {
  const ladder: number[] = [];
  for (let power = 1; power <= 1e8; power *= 10) for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5]) ladder.push(m * power);
  return ladder;
}
const MONEY_LADDER = moneyLadder();
const PERIOD_LADDERS: Record<string, number[]> = {
  hour: [6, 12, 24, 48, 72],
  day: [7, 10, 14, 21, 28, 30, 45, 60, 90, 120, 180],
  month: [3, 6, 9, 12, 18, 24, 30, 36, 48],
  year: [1, 2, 3, 4, 5],
};

function step(ladder: number[], value: number, up: boolean, random: Random): number | null {
  const candidates = up ? ladder.filter((v) => v > value) : ladder.filter((v) => v < value).reverse();
  if (candidates.length === 0) return null;
  return candidates[Math.min(candidates.length - 1, random.int(0, 1))];
}

/** Cosmetic substitutions: drafting modernised without moving cover. */
const COSMETIC_SUBSTITUTIONS: [RegExp, string][] = [
  [/\bshall\b/g, 'will'],
  [/\bprior to\b/g, 'before'],
  [/\bIn the event that\b/g, 'If'],
  [/\bin the event that\b/g, 'if'],
  [/\bforthwith\b/g, 'immediately'],
  [/\bin respect of\b/g, 'for'],
  [/\bwhilst\b/g, 'while'],
  [/\bin order to\b/g, 'to'],
];

interface EditContext {
  policy: PolicyDocument;
  random: Random;
  touched: Set<string>;
  pools: Record<'exclusions' | 'extensions' | 'conditions' | 'sublimits', PoolEntry[]>;
}

type EditResult = Omit<AppliedEdit, 'kind'> | null;

function numericEdit(context: EditContext, kind: EditKind, roles: readonly string[], up: boolean): EditResult {
  const { policy, random, touched } = context;
  type Target = { unitId: string; figure: Extract<Figure, { kind: 'money' }>; where: string };
  const targets: Target[] = [];
  for (const row of policy.schedule) {
    if (typeof row.value !== 'string' && row.value.kind === 'money' && roles.includes(row.value.role) && !touched.has(row.id)) {
      targets.push({ unitId: row.id, figure: row.value, where: `schedule row "${row.label}"` });
    }
  }
  for (const { clause } of clauseLocations(policy)) {
    if (touched.has(clause.id)) continue;
    const figure = clause.figures.find((f): f is Extract<Figure, { kind: 'money' }> => f.kind === 'money' && roles.includes(f.role));
    if (figure) targets.push({ unitId: clause.id, figure, where: 'clause' });
  }
  for (const target of random.shuffle(targets)) {
    const next = step(MONEY_LADDER, target.figure.value, up, random);
    if (next === null) continue;
    const from = target.figure.value;
    target.figure.value = next;
    touched.add(target.unitId);
    const isExcess = target.figure.role === 'excess';
    // More limit is broader cover; more excess is narrower.
    const broader = isExcess ? !up : up;
    return {
      unitId: target.unitId,
      expectedStatus: 'modified',
      expectedDirection: broader ? 'broader' : 'narrower',
      material: true,
      from,
      to: next,
      unit: policy.currency,
      description: `${kind}: ${target.figure.role} in ${target.where} ${from} -> ${next}`,
    };
  }
  return null;
}

function periodEdit(context: EditContext): EditResult {
  const { policy, random, touched } = context;
  type Target = { unitId: string; figure: Extract<Figure, { kind: 'period' }> };
  const targets: Target[] = [];
  for (const row of policy.schedule) {
    if (typeof row.value !== 'string' && row.value.kind === 'period' && row.value.role !== 'other' && !touched.has(row.id)) targets.push({ unitId: row.id, figure: row.value });
  }
  for (const { clause } of clauseLocations(policy)) {
    if (touched.has(clause.id)) continue;
    const figure = clause.figures.find((f): f is Extract<Figure, { kind: 'period' }> => f.kind === 'period' && f.role !== 'other');
    if (figure) targets.push({ unitId: clause.id, figure });
  }
  for (const target of random.shuffle(targets)) {
    const up = random.chance(0.5);
    const next = step(PERIOD_LADDERS[target.figure.unit], target.figure.value, up, random) ?? step(PERIOD_LADDERS[target.figure.unit], target.figure.value, !up, random);
    if (next === null) continue;
    const from = target.figure.value;
    target.figure.value = next;
    touched.add(target.unitId);
    const longer = next > from;
    // A longer waiting period delays cover; a longer notice period gives the insured more time.
    const broader = target.figure.role === 'waiting' ? !longer : longer;
    return {
      unitId: target.unitId,
      expectedStatus: 'modified',
      expectedDirection: broader ? 'broader' : 'narrower',
      material: true,
      from,
      to: next,
      unit: target.figure.unit,
      description: `period_changed: ${target.figure.role} period ${from} -> ${next} ${target.figure.unit}s`,
    };
  }
  return null;
}

function findSection(policy: PolicyDocument, sectionId: string): PolicySection | undefined {
  return policy.sections.find((section) => section.id === sectionId);
}

function insertFromPool(context: EditContext, pool: PoolEntry[], direction: ExpectedDirection, kind: EditKind): EditResult {
  const { policy, random, touched } = context;
  const existing = new Set([...clauseLocations(policy)].map((location) => location.clause.id));
  const candidates = pool.filter((entry) => findSection(policy, entry.sectionId) && !existing.has(entry.clause.id));
  if (candidates.length === 0) return null;
  const entry = random.pick(candidates);
  const section = findSection(policy, entry.sectionId)!;
  let group = section.groups.find((g) => g.heading === entry.groupHeading);
  if (!group) {
    group = { id: `${section.id}.g.${entry.groupHeading.toLowerCase().replace(/[^a-z]+/g, '_')}`, heading: entry.groupHeading, clauses: [] };
    section.groups.push(group);
  }
  const clause: PolicyClause = structuredClone(entry.clause);
  group.clauses.splice(random.int(0, group.clauses.length), 0, clause);
  touched.add(clause.id);
  return {
    unitId: clause.id,
    expectedStatus: 'added',
    expectedDirection: direction,
    material: true,
    from: null,
    to: null,
    unit: null,
    description: `${kind}: new ${clause.role} in ${section.title}`,
  };
}

function removeClause(context: EditContext, kind: EditKind, accept: (clause: PolicyClause) => boolean, direction: ExpectedDirection): EditResult {
  const { policy, random, touched } = context;
  const candidates = [...clauseLocations(policy)].filter((l) => !touched.has(l.clause.id) && accept(l.clause) && l.group.clauses.length > 1);
  if (candidates.length === 0) return null;
  const location = random.pick(candidates);
  location.group.clauses.splice(location.index, 1);
  touched.add(location.clause.id);
  return {
    unitId: location.clause.id,
    expectedStatus: 'removed',
    expectedDirection: direction,
    material: true,
    from: null,
    to: null,
    unit: null,
    description: `${kind}: ${location.clause.role} removed from ${location.section.title}`,
  };
}

function modifyClause(
  context: EditContext,
  kind: EditKind,
  change: (clause: PolicyClause) => boolean,
  direction: ExpectedDirection,
  material = true,
): EditResult {
  const { policy, random, touched } = context;
  for (const location of random.shuffle([...clauseLocations(policy)])) {
    if (touched.has(location.clause.id)) continue;
    if (!change(location.clause)) continue;
    touched.add(location.clause.id);
    return {
      unitId: location.clause.id,
      expectedStatus: 'modified',
      expectedDirection: direction,
      material,
      from: null,
      to: null,
      unit: null,
      description: `${kind}: clause in ${location.section.title}`,
    };
  }
  return null;
}

function replaceVariant(clause: PolicyClause, which: 'widen' | 'narrow'): boolean {
  const variant = clause.variants[which];
  if (clause.role !== 'exclusion' || !variant || !clause.text.includes(variant.from)) return false;
  clause.text = clause.text.replace(variant.from, variant.to);
  delete clause.variants[which];
  return true;
}

function definitionEdit(context: EditContext, which: 'widen' | 'narrow', kind: EditKind): EditResult {
  const { policy, random, touched } = context;
  for (const definition of random.shuffle(policy.definitions)) {
    const variant = definition.variants[which];
    if (touched.has(definition.id) || !variant || !definition.text.includes(variant.from)) continue;
    definition.text = definition.text.replace(variant.from, variant.to);
    touched.add(definition.id);
    return {
      unitId: definition.id,
      expectedStatus: 'modified',
      expectedDirection: variant.direction,
      material: true,
      from: null,
      to: null,
      unit: null,
      description: `${kind}: definition of "${definition.term}"`,
    };
  }
  return null;
}

function moveClause(context: EditContext): EditResult {
  const { policy, random, touched } = context;
  const groups = policy.sections.flatMap((section) => section.groups.map((group) => ({ section, group }))).filter(({ group }) => group.clauses.length >= 3);
  for (const { section, group } of random.shuffle(groups)) {
    const indexes = random.shuffle(group.clauses.map((_, i) => i)).filter((i) => !touched.has(group.clauses[i].id));
    for (const from of indexes) {
      // Move at least two places so the clause really changes neighbours.
      const targets = group.clauses.map((_, i) => i).filter((i) => Math.abs(i - from) >= 2);
      if (targets.length === 0) continue;
      const to = random.pick(targets);
      const [clause] = group.clauses.splice(from, 1);
      group.clauses.splice(to, 0, clause);
      touched.add(clause.id);
      return {
        unitId: clause.id,
        expectedStatus: 'moved',
        expectedDirection: 'neutral',
        material: false,
        from: null,
        to: null,
        unit: null,
        description: `clause_moved: within "${group.heading}" of ${section.title}, position ${from + 1} -> ${to + 1}`,
      };
    }
  }
  return null;
}

function renumberSections(context: EditContext): EditResult {
  const { policy, random, touched } = context;
  if (policy.definitionsNumbered || policy.sections.length === 0) return null;
  policy.definitionsNumbered = true;
  const candidates = policy.sections.filter((section) => !touched.has(section.id));
  const section = random.pick(candidates.length > 0 ? candidates : policy.sections);
  touched.add(section.id);
  return {
    unitId: section.id,
    expectedStatus: 'unchanged',
    expectedDirection: 'neutral',
    material: false,
    from: null,
    to: null,
    unit: null,
    description: 'section_renumbered: definitions became Section 1, every later section number moved up by one',
  };
}

function cosmeticEdit(context: EditContext): EditResult {
  return modifyClause(
    context,
    'cosmetic_rewording',
    (clause) => {
      let text = clause.text;
      for (const [pattern, replacement] of COSMETIC_SUBSTITUTIONS) text = text.replace(pattern, replacement);
      if (text === clause.text) return false;
      clause.text = text;
      return true;
    },
    'neutral',
    false,
  );
}

function applyOne(context: EditContext, kind: EditKind): EditResult {
  const { pools } = context;
  switch (kind) {
    case 'limit_up':
      return numericEdit(context, kind, ['limit', 'sum_insured', 'sublimit'], true);
    case 'limit_down':
      return numericEdit(context, kind, ['limit', 'sum_insured', 'sublimit'], false);
    case 'excess_up':
      return numericEdit(context, kind, ['excess'], true);
    case 'excess_down':
      return numericEdit(context, kind, ['excess'], false);
    case 'sublimit_added':
      return insertFromPool(context, pools.sublimits, 'narrower', kind);
    case 'exclusion_added':
      return insertFromPool(context, pools.exclusions, 'narrower', kind);
    case 'condition_added':
      return insertFromPool(context, pools.conditions, 'narrower', kind);
    case 'extension_added':
      return insertFromPool(context, pools.extensions, 'broader', kind);
    case 'exclusion_removed':
      return removeClause(context, kind, (clause) => clause.role === 'exclusion', 'broader');
    case 'extension_removed':
      return removeClause(context, kind, (clause) => clause.role === 'extension' || (clause.role === 'cover' && clause.title !== undefined), 'narrower');
    case 'exclusion_widened':
      return modifyClause(context, kind, (clause) => replaceVariant(clause, 'widen'), 'narrower');
    case 'exclusion_narrowed':
      return modifyClause(context, kind, (clause) => replaceVariant(clause, 'narrow'), 'broader');
    case 'carve_out_added':
      return modifyClause(
        context,
        kind,
        (clause) => {
          const carveOut = clause.variants.carveOut;
          if (clause.role !== 'exclusion' || carveOut === undefined || !clause.text.endsWith('.')) return false;
          const parsed = parseInlineFigures(carveOut, clause.figures.length);
          clause.text = `${clause.text.slice(0, -1)}${parsed.text}.`;
          clause.figures.push(...parsed.figures);
          delete clause.variants.carveOut;
          return true;
        },
        'broader',
      );
    case 'carve_out_removed':
      return modifyClause(
        context,
        kind,
        (clause) => {
          const present = clause.variants.carveOutPresent;
          if (clause.role !== 'exclusion' || !present || !clause.text.includes(present)) return false;
          clause.text = clause.text.replace(present, '');
          delete clause.variants.carveOutPresent;
          return true;
        },
        'narrower',
      );
    case 'definition_widened':
      return definitionEdit(context, 'widen', kind);
    case 'definition_narrowed':
      return definitionEdit(context, 'narrow', kind);
    case 'period_changed':
      return periodEdit(context);
    case 'clause_moved':
      return moveClause(context);
    case 'section_renumbered':
      return renumberSections(context);
    case 'cosmetic_rewording':
      return cosmeticEdit(context);
  }
}

export class EditNotApplicableError extends Error {
  constructor(readonly kind: EditKind) {
    super(`no target in this policy for edit kind "${kind}"`);
    this.name = 'EditNotApplicableError';
  }
}

/**
 * Returns policy B and the edits made. A number asks for that many edits of varied kinds (kinds
 * without a target in this policy are skipped); a list asks for exactly those kinds and throws
 * EditNotApplicableError when one cannot be applied. Policy A is not modified.
 */
export function applyEdits(policyA: PolicyDocument, random: Random, request: number | readonly EditKind[]): { policy: PolicyDocument; edits: AppliedEdit[] } {
  const policy = structuredClone(policyA);
  const context: EditContext = { policy, random, touched: new Set(), pools: getLibraryPools(policy.product) };
  const edits: AppliedEdit[] = [];
  const structuralLast = (kinds: EditKind[]): EditKind[] => [...kinds.filter((k) => !STRUCTURAL_KINDS.has(k)), ...kinds.filter((k) => STRUCTURAL_KINDS.has(k))];

  if (typeof request === 'number') {
    if (!Number.isInteger(request) || request < 0) throw new RangeError(`edits must be a non-negative integer, got ${request}`);
    // Cycle through shuffled kinds so small counts still get variety. Structural edits are
    // deferred to the end; a kind with no target left is dropped and another kind takes its place.
    const exhausted = new Set<EditKind>();
    const deferred: EditKind[] = [];
    const tryContent = (): void => {
      for (let round = 0; edits.length + deferred.length < request && exhausted.size < EDIT_KINDS.length; round++) {
        const before = edits.length + deferred.length;
        for (const kind of random.shuffle(EDIT_KINDS)) {
          if (edits.length + deferred.length >= request) break;
          if (exhausted.has(kind)) continue;
          if (STRUCTURAL_KINDS.has(kind)) {
            if (!deferred.includes(kind)) deferred.push(kind);
            continue;
          }
          const result = applyOne(context, kind);
          if (result) edits.push({ kind, ...result });
          else exhausted.add(kind);
        }
        if (edits.length + deferred.length === before) break;
      }
    };
    tryContent();
    for (const kind of deferred.splice(0)) {
      exhausted.add(kind);
      const result = applyOne(context, kind);
      if (result) edits.push({ kind, ...result });
    }
    // A structural edit that found no target leaves room for content edits.
    tryContent();
    return { policy, edits };
  }

  for (const kind of structuralLast([...request])) {
    const result = applyOne(context, kind);
    if (!result) throw new EditNotApplicableError(kind);
    edits.push({ kind, ...result });
  }
  return { policy, edits };
}
