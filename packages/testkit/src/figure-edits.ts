/**
 * Edits that change a figure: a step up or down the role's ladder (sometimes printed in another
 * unit), a period restated with the same value, a cap dropped, a fixed cap made a share of the
 * sum insured or a pointer to the schedule. Every direction and level is read from
 * figure-roles.ts (DOMAIN.md §1 and §6).
 */
import { FIGURE_STEPS, type EditKind, type FigureStepKind } from './edit-kinds.js';
import { clauseLocations, isMaterial, prints, templateUnits, type EditContext, type EditResult } from './edit-context.js';
import { FIGURE_ROLES, isDirectional, ladderFor, minStepFor, roleSpec, type LadderKey } from './figure-roles.js';
import { parseInlineFigures } from './policy-library.js';
import type { ExpectedDirection, ExpectedMateriality, Figure, FigureRole, NumberStyle, PeriodUnit } from './policy-model.js';
import { formatFigure } from './policy-text.js';
import type { Random } from './random.js';

interface FigureTarget {
  unitId: string;
  where: string;
  figure: Figure;
}

/** Every printed figure of the policy whose role is one of `roles`, on a unit not yet touched. */
function figureTargets(context: EditContext, accept: (figure: Figure) => boolean): FigureTarget[] {
  const { policy, touched } = context;
  const targets: FigureTarget[] = [];
  for (const row of policy.schedule) {
    if (typeof row.value !== 'string' && accept(row.value) && !touched.has(row.id)) targets.push({ unitId: row.id, where: `schedule row "${row.label}"`, figure: row.value });
  }
  for (const unit of templateUnits(policy)) {
    if (touched.has(unit.unitId)) continue;
    const template = unit.get();
    unit.figures.forEach((figure, index) => {
      if (accept(figure) && prints(template, index)) targets.push({ unitId: unit.unitId, where: unit.where, figure });
    });
  }
  return targets;
}

function ladderKey(figure: Figure): LadderKey {
  return figure.kind === 'money' ? 'money' : figure.kind === 'percent' ? 'percent' : figure.unit;
}

function unitOf(figure: Figure, currency: string): string {
  return figure.kind === 'money' ? currency : figure.kind === 'percent' ? '%' : figure.unit;
}

/** The next (or the one after) value of the role's ladder above or below `value`, by at least its minimum step; null at the ladder's end. */
function step(role: FigureRole, key: LadderKey, value: number, up: boolean, random: Random): number | null {
  const ladder = ladderFor(role, key);
  const far = (v: number): boolean => Math.abs(v - value) >= minStepFor(role) * value - 1e-9;
  const candidates = (up ? ladder.filter((v) => v > value) : ladder.filter((v) => v < value).reverse()).filter(far);
  if (candidates.length === 0) return null;
  return candidates[Math.min(candidates.length - 1, random.int(0, 1))];
}

const UNIT_FACTORS: Partial<Record<PeriodUnit, { unit: PeriodUnit; factor: number }[]>> = {
  month: [{ unit: 'year', factor: 1 / 12 }],
  year: [{ unit: 'month', factor: 12 }],
  hour: [{ unit: 'day', factor: 1 / 24 }],
};

/** Ages are not restated in months ("65 years" is never "780 months"). */
const NO_UNIT_CHANGE: ReadonlySet<FigureRole> = new Set(['min_entry_age', 'max_entry_age']);

/** The same length in another unit, where it is a whole number there ("36 months" → "3 years"). */
function otherUnits(value: number, unit: PeriodUnit, role: FigureRole): { value: number; unit: PeriodUnit }[] {
  if (NO_UNIT_CHANGE.has(role)) return [];
  return (UNIT_FACTORS[unit] ?? []).map((c) => ({ value: value * c.factor, unit: c.unit })).filter((c) => Number.isInteger(c.value) && c.value > 0);
}

/** A figure moves one or two steps along its role's ladder; the role table says what that does. */
export function figureStep(context: EditContext, kind: FigureStepKind): EditResult {
  const { policy, random, touched } = context;
  const { roles, up } = FIGURE_STEPS[kind];
  for (const target of random.shuffle(figureTargets(context, (f) => roles.includes(f.role as FigureRole)))) {
    const { figure } = target;
    const role = figure.role as FigureRole;
    const next = step(role, ladderKey(figure), figure.value, up, random);
    if (next === null) continue;
    const fromText = formatFigure(figure, policy.currency);
    const from = figure.value;
    // The step is taken in A's unit, and the truth keeps that unit whatever B prints.
    const unit = unitOf(figure, policy.currency);
    figure.value = next;
    // Some redrafts also change the unit: "36 months" becomes "2 years".
    if (figure.kind === 'period' && random.chance(0.25)) {
      const alternatives = otherUnits(next, figure.unit, role);
      if (alternatives.length > 0) {
        const alternative = random.pick(alternatives);
        figure.value = alternative.value;
        figure.unit = alternative.unit;
      }
    }
    touched.add(target.unitId);
    const spec = roleSpec(role);
    const level = spec.materiality(from, next, unit);
    return {
      unitId: target.unitId,
      expectedStatus: 'modified',
      expectedDirection: up ? spec.rises : spec.falls,
      material: isMaterial(level),
      expectedMateriality: level,
      from,
      to: next,
      unit,
      description: `${kind}: ${spec.row} in ${target.where} ${fromText} -> ${formatFigure(figure, policy.currency)}`,
    };
  }
  return null;
}

/**
 * period_changed, the original mixed kind: any period whose role has a direction, moved a step
 * either way (no unit change).
 */
export function periodChanged(context: EditContext): EditResult {
  const { policy, random, touched } = context;
  const periods = figureTargets(context, (f) => f.kind === 'period' && isDirectional(f.role as FigureRole));
  for (const target of random.shuffle(periods)) {
    const figure = target.figure as Extract<Figure, { kind: 'period' }>;
    const role = figure.role as FigureRole;
    const up = random.chance(0.5);
    const direction = step(role, figure.unit, figure.value, up, random) !== null ? up : !up;
    const next = step(role, figure.unit, figure.value, direction, random);
    if (next === null) continue;
    const from = figure.value;
    figure.value = next;
    touched.add(target.unitId);
    const spec = roleSpec(role);
    const level = spec.materiality(from, next, figure.unit);
    return {
      unitId: target.unitId,
      expectedStatus: 'modified',
      expectedDirection: direction ? spec.rises : spec.falls,
      material: isMaterial(level),
      expectedMateriality: level,
      from,
      to: next,
      unit: figure.unit,
      description: `period_changed: ${spec.row} ${from} -> ${next} ${figure.unit}s`,
    };
  }
  return null;
}

/** A period printed differently with the same length: another unit, or words instead of digits. */
export function figureRestated(context: EditContext): EditResult {
  const { policy, random, touched } = context;
  const periods = figureTargets(context, (f) => f.kind === 'period');
  for (const target of random.shuffle(periods)) {
    const figure = target.figure as Extract<Figure, { kind: 'period' }>;
    const before = formatFigure(figure, policy.currency);
    const restatements: { value: number; unit: PeriodUnit; style?: NumberStyle }[] = [
      ...otherUnits(figure.value, figure.unit, figure.role).map((alternative) => ({ ...alternative, ...(figure.style ? { style: figure.style } : {}) })),
      ...(['digits', 'words', 'words_digits'] as const).filter((style) => style !== (figure.style ?? 'digits')).map((style) => ({ value: figure.value, unit: figure.unit, style })),
    ];
    const options = restatements.filter((r) => formatFigure({ ...figure, ...r }, policy.currency) !== before);
    if (options.length === 0) continue;
    const chosen = random.pick(options);
    const [from, unit] = [figure.value, figure.unit];
    figure.value = chosen.value;
    figure.unit = chosen.unit;
    if (chosen.style && chosen.style !== 'digits') figure.style = chosen.style;
    else delete figure.style;
    touched.add(target.unitId);
    return {
      unitId: target.unitId,
      expectedStatus: 'modified',
      expectedDirection: 'neutral',
      material: false,
      expectedMateriality: 'wording_only',
      // The same length: B's value in A's unit is A's value.
      from,
      to: from,
      unit,
      description: `figure_restated: ${FIGURE_ROLES[figure.role].row} in ${target.where} "${before}" -> "${formatFigure(figure, policy.currency)}" (same length)`,
    };
  }
  return null;
}

function moneyCapEdit(
  context: EditContext,
  kind: EditKind,
  roles: readonly FigureRole[],
  change: (template: string, index: number) => { text: string; figures: Figure[] } | null,
  direction: (role: FigureRole) => ExpectedDirection,
  level: ExpectedMateriality,
  what: string,
): EditResult {
  const { policy, random, touched } = context;
  for (const { section, clause } of random.shuffle([...clauseLocations(policy)])) {
    if (touched.has(clause.id)) continue;
    const index = clause.figures.findIndex((f, i) => f.kind === 'money' && roles.includes(f.role) && prints(clause.text, i));
    if (index === -1) continue;
    const result = change(clause.text, index);
    if (!result) continue;
    const figure = clause.figures[index];
    const fromText = formatFigure(figure, policy.currency);
    clause.text = result.text;
    clause.figures.push(...result.figures);
    touched.add(clause.id);
    return {
      unitId: clause.id,
      expectedStatus: 'modified',
      expectedDirection: direction(figure.role as FigureRole),
      material: isMaterial(level),
      expectedMateriality: level,
      from: figure.value,
      to: null,
      unit: policy.currency,
      description: `${kind}: ${FIGURE_ROLES[figure.role].row} of ${fromText} ${what} (clause in ${section.title})`,
    };
  }
  return null;
}

/**
 * limit_removed / sublimit_removed: the authored phrase holding the cap is dropped and the grant
 * stays. DOMAIN.md §1: a limit removed is ambiguous (unlimited is not the same as removed); a
 * sub-limit removed is broader when the grant survives and falls back to the sum insured.
 */
export function capRemoved(context: EditContext, kind: 'limit_removed' | 'sublimit_removed'): EditResult {
  const role: FigureRole = kind === 'limit_removed' ? 'limit' : 'sublimit';
  const { policy, random, touched } = context;
  for (const { section, clause } of random.shuffle([...clauseLocations(policy)])) {
    const phrase = clause.variants.capPresent;
    if (touched.has(clause.id) || !phrase || !clause.text.includes(phrase)) continue;
    const index = clause.figures.findIndex((f, i) => phrase.includes(`{${i}}`));
    const figure = clause.figures[index];
    if (!figure || figure.kind !== 'money' || figure.role !== role) continue;
    clause.text = clause.text.replace(phrase, '');
    delete clause.variants.capPresent;
    touched.add(clause.id);
    const spec = roleSpec(role);
    return {
      unitId: clause.id,
      expectedStatus: 'modified',
      expectedDirection: spec.removed,
      // §6: a cap added or removed is a change of size on a benefit: medium.
      material: true,
      expectedMateriality: 'medium',
      from: figure.value,
      to: null,
      unit: policy.currency,
      description: `${kind}: ${spec.row} of ${formatFigure(figure, policy.currency)} dropped, the grant kept (clause in ${section.title})`,
    };
  }
  return null;
}

/** DOMAIN.md §1: a fixed figure made "shown in your schedule" is opaque, so ambiguous [C:S1-24]. */
export function limitToSchedule(context: EditContext): EditResult {
  return moneyCapEdit(
    context,
    'limit_to_schedule',
    ['limit', 'sublimit', 'item_limit'],
    (template, index) => (template.includes(`up to {${index}}`) ? { text: template.replace(`up to {${index}}`, `up to ${context.schedulePhrase}`), figures: [] } : null),
    () => 'ambiguous',
    'medium',
    `replaced by "${context.schedulePhrase}"`,
  );
}

/** DOMAIN.md §1: a fixed sub-limit made a percentage of the sum insured is ambiguous [C:S1-35]. */
export function sublimitToPercent(context: EditContext): EditResult {
  const { policy, random, touched } = context;
  for (const { section, clause } of random.shuffle([...clauseLocations(policy)])) {
    const percentOf = clause.variants.percentOf;
    if (touched.has(clause.id) || !percentOf) continue;
    const index = clause.figures.findIndex((f, i) => f.kind === 'money' && ['limit', 'sublimit', 'item_limit'].includes(f.role) && prints(clause.text, i));
    if (index === -1) continue;
    const figure = clause.figures[index];
    const parsed = parseInlineFigures(`{pc:other:${percentOf.percent}} of ${percentOf.base}`, clause.figures.length);
    clause.text = clause.text.replace(`{${index}}`, parsed.text);
    clause.figures.push(...parsed.figures);
    delete clause.variants.percentOf;
    touched.add(clause.id);
    return {
      unitId: clause.id,
      expectedStatus: 'modified',
      expectedDirection: 'ambiguous',
      material: true,
      expectedMateriality: 'medium',
      from: figure.value,
      to: null,
      unit: policy.currency,
      description: `sublimit_to_percent: ${FIGURE_ROLES[figure.role].row} of ${formatFigure(figure, policy.currency)} -> ${percentOf.percent}% of ${percentOf.base} (clause in ${section.title})`,
    };
  }
  return null;
}
