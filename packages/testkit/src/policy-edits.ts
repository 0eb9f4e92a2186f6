/**
 * Seeded known edits that turn policy A into policy B. Each edit touches one unit (a clause, an
 * item, a definition, a schedule row or an information page's key block) that no other edit
 * touches, and reports what a correct comparator should say about it: its status, its direction
 * for the insured and its materiality, all taken from the domain reference (DOMAIN.md) through
 * figure-roles.ts and sentence-polarities.ts, never from the analyser. Quotes and page numbers are
 * added later from the rendered documents (policy-pair.ts), so they always match what was printed.
 */
import { clauseLocations, type AppliedEdit, type EditContext, type EditResult } from './edit-context.js';
import { EDIT_KINDS, FIGURE_STEPS, INFO_PAGE_EDITS, SENTENCE_EDITS, type EditKind, type FigureStepKind, type InfoPageEditKind, type SentenceEditKind } from './edit-kinds.js';
import { capRemoved, figureRestated, figureStep, limitToSchedule, periodChanged, sublimitToPercent } from './figure-edits.js';
import { infoPageEdit } from './info-page-edits.js';
import { getInfoPages, getLibraryPools, getProductLibrary, parseInlineFigures, type PoolEntry } from './policy-library.js';
import type { ExpectedDirection, PolicyClause, PolicyDocument, PolicySection } from './policy-model.js';
import type { Random } from './random.js';
import { claimDocumentAdded, definitionRestated, rewriteEdit, sentenceEdit } from './sentence-edits.js';

export { EDIT_KINDS, type EditKind } from './edit-kinds.js';
export type { AppliedEdit } from './edit-context.js';

/** Edits that change layout rather than meaning: applied after the others so they do not hide targets. */
const STRUCTURAL_KINDS: ReadonlySet<EditKind> = new Set(['clause_moved', 'section_renumbered']);

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

/** `material` false marks a wording-only change (cosmetic rewording). */
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
      ...(material ? {} : { expectedMateriality: 'wording_only' as const }),
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
  const parsed = parseInlineFigures(variant.to, clause.figures.length);
  clause.text = clause.text.replace(variant.from, parsed.text);
  clause.figures.push(...parsed.figures);
  delete clause.variants[which];
  return true;
}

function definitionEdit(context: EditContext, which: 'widen' | 'narrow', kind: EditKind): EditResult {
  const { policy, random, touched } = context;
  for (const definition of random.shuffle(policy.definitions)) {
    const variant = definition.variants[which];
    if (touched.has(definition.id) || !variant || !definition.text.includes(variant.from)) continue;
    const parsed = parseInlineFigures(variant.to, definition.figures.length);
    definition.text = definition.text.replace(variant.from, parsed.text);
    definition.figures.push(...parsed.figures);
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
        expectedMateriality: 'wording_only',
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
    expectedMateriality: 'wording_only',
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
  if (kind in FIGURE_STEPS) return figureStep(context, kind as FigureStepKind);
  if (kind in SENTENCE_EDITS) return sentenceEdit(context, kind as SentenceEditKind);
  if (kind in INFO_PAGE_EDITS) return infoPageEdit(context, kind as InfoPageEditKind);
  switch (kind) {
    case 'refund_to_pro_rata':
      return rewriteEdit(context, kind, 'refund_pro_rata');
    case 'refund_to_short_period':
      return rewriteEdit(context, kind, 'refund_short_period');
    case 'notification_vague_to_fixed':
      return rewriteEdit(context, kind, 'vague_to_fixed');
    case 'deductible_basis_changed':
      return rewriteEdit(context, kind, 'deductible_basis');
    case 'sentence_restated':
      return rewriteEdit(context, kind, 'restate');
    case 'limit_removed':
    case 'sublimit_removed':
      return capRemoved(context, kind);
    case 'limit_to_schedule':
      return limitToSchedule(context);
    case 'sublimit_to_percent':
      return sublimitToPercent(context);
    case 'figure_restated':
      return figureRestated(context);
    case 'definition_restated':
      return definitionRestated(context);
    case 'claim_document_added':
      return claimDocumentAdded(context);
    case 'optional_benefit_added': {
      const result = insertFromPool(context, pools.optional, 'broader', kind);
      // §3: an optional cover offered is an extension added; it reaches only those who buy it.
      return result && { ...result, expectedMateriality: 'medium' };
    }
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
      return periodChanged(context);
    case 'clause_moved':
      return moveClause(context);
    case 'section_renumbered':
      return renumberSections(context);
    case 'cosmetic_rewording':
      return cosmeticEdit(context);
  }
  throw new Error(`edit kind "${kind}" has no implementation`);
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
export function applyEdits(
  policyA: PolicyDocument,
  random: Random,
  request: number | readonly EditKind[],
  /** The kinds a count draws from; all by default. */
  kinds: readonly EditKind[] = EDIT_KINDS,
): { policy: PolicyDocument; edits: AppliedEdit[] } {
  const policy = structuredClone(policyA);
  const context: EditContext = {
    policy,
    random,
    touched: new Set(),
    pools: getLibraryPools(policy.product),
    schedulePhrase: getProductLibrary(policy.product).schedulePhrase,
    infoPages: getInfoPages(policy.product),
  };
  const edits: AppliedEdit[] = [];
  const structuralLast = (kinds: EditKind[]): EditKind[] => [...kinds.filter((k) => !STRUCTURAL_KINDS.has(k)), ...kinds.filter((k) => STRUCTURAL_KINDS.has(k))];

  if (typeof request === 'number') {
    if (!Number.isInteger(request) || request < 0) throw new RangeError(`edits must be a non-negative integer, got ${request}`);
    // Cycle through shuffled kinds so small counts still get variety. Structural edits are
    // deferred to the end; a kind with no target left is dropped and another kind takes its place.
    const exhausted = new Set<EditKind>();
    const deferred: EditKind[] = [];
    const tryContent = (): void => {
      for (let round = 0; edits.length + deferred.length < request && exhausted.size < kinds.length; round++) {
        const before = edits.length + deferred.length;
        for (const kind of random.shuffle(kinds)) {
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
