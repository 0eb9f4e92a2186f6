import { describe, expect, it } from 'vitest';
import { applyEdits, EDIT_KINDS, EditNotApplicableError, type AppliedEdit, type EditKind } from './policy-edits.js';
import { generatePolicy, getInfoPages } from './policy-library.js';
import { PRODUCT_KINDS, type ExpectedMateriality, type PolicyDocument, type ProductKind } from './policy-model.js';
import { policyUnits } from './policy-text.js';
import { createRandom } from './random.js';

type Dir = 'broader' | 'narrower' | 'neutral' | 'ambiguous';
interface Expected {
  status: 'added' | 'removed' | 'modified' | 'moved' | 'unchanged';
  /** null where the direction depends on the clause the edit found (stated per variant or per role). */
  direction: Dir | null;
  material: boolean | null;
  /** DOMAIN.md §6 levels the truth may give; null for the first twenty kinds (not graded). */
  levels: ExpectedMateriality[] | null;
}

const flagged = (level: ExpectedMateriality): boolean => level === 'high' || level === 'medium';
/** `material` defaults to what the levels imply: true for high/medium, false for low/wording only, unchecked when mixed. */
function M(status: Expected['status'], direction: Dir | null, levels: ExpectedMateriality[] | null, material?: boolean | null): Expected {
  const implied = levels === null ? true : levels.every(flagged) ? true : levels.some(flagged) ? null : false;
  return { status, direction, levels, material: material === undefined ? implied : material };
}
const figure = (direction: Dir, levels: ExpectedMateriality[]): Expected => M('modified', direction, levels);
const LOW_OR_MEDIUM: ExpectedMateriality[] = ['low', 'medium'];
const MEDIUM_OR_HIGH: ExpectedMateriality[] = ['medium', 'high'];
const info = (status: 'added' | 'removed'): Expected => M(status, 'neutral', ['low'], false);

/**
 * What DOMAIN.md says each kind must be, written out by hand from the reference (§1 the "↑ ↓ ✗ +"
 * column, §2 the add/remove columns, §5 not contractual, §6 the levels), not derived from
 * figure-roles.ts: the two must agree.
 */
const EXPECTED: Record<EditKind, Expected> = {
  limit_up: figure('broader', MEDIUM_OR_HIGH),
  limit_down: figure('narrower', MEDIUM_OR_HIGH),
  excess_up: figure('narrower', ['medium']),
  excess_down: figure('broader', ['medium']),
  sublimit_added: M('added', 'narrower', null),
  exclusion_added: M('added', 'narrower', null),
  exclusion_removed: M('removed', 'broader', null),
  exclusion_widened: M('modified', 'narrower', null),
  exclusion_narrowed: M('modified', 'broader', null),
  carve_out_added: M('modified', 'broader', null),
  carve_out_removed: M('modified', 'narrower', null),
  // A definition's direction depends on where the term is used; the library states it per variant.
  definition_widened: M('modified', null, null),
  definition_narrowed: M('modified', null, null),
  // Any period with a direction, either way: the role decides.
  period_changed: M('modified', null, null, null),
  condition_added: M('added', 'narrower', null),
  extension_added: M('added', 'broader', null),
  extension_removed: M('removed', 'narrower', null),
  clause_moved: M('moved', 'neutral', ['wording_only'], false),
  section_renumbered: M('unchanged', 'neutral', ['wording_only'], false),
  cosmetic_rewording: M('modified', 'neutral', ['wording_only'], false),

  sum_insured_up: figure('broader', MEDIUM_OR_HIGH),
  sum_insured_down: figure('narrower', MEDIUM_OR_HIGH),
  sublimit_up: figure('broader', LOW_OR_MEDIUM),
  sublimit_down: figure('narrower', LOW_OR_MEDIUM),
  item_limit_up: figure('broader', LOW_OR_MEDIUM),
  item_limit_down: figure('narrower', LOW_OR_MEDIUM),
  co_payment_up: figure('narrower', ['medium']),
  co_payment_down: figure('broader', ['medium']),
  room_rent_cap_up: figure('broader', ['medium']),
  room_rent_cap_down: figure('narrower', ['medium']),
  bonus_up: figure('broader', ['medium']),
  bonus_down: figure('narrower', ['medium']),
  waiting_period_up: figure('narrower', MEDIUM_OR_HIGH),
  waiting_period_down: figure('broader', MEDIUM_OR_HIGH),
  survival_period_up: figure('narrower', ['medium']),
  survival_period_down: figure('broader', ['medium']),
  moratorium_up: figure('narrower', ['high']),
  moratorium_down: figure('broader', ['high']),
  ped_lookback_up: figure('narrower', ['medium']),
  ped_lookback_down: figure('broader', ['medium']),
  grace_period_up: figure('broader', ['medium']),
  grace_period_down: figure('narrower', ['medium']),
  free_look_up: figure('broader', ['medium']),
  free_look_down: figure('narrower', ['medium']),
  notification_deadline_up: figure('broader', ['medium']),
  notification_deadline_down: figure('narrower', ['medium']),
  document_deadline_up: M('modified', 'broader', ['low'], false),
  document_deadline_down: M('modified', 'narrower', ['low'], false),
  settlement_deadline_up: figure('narrower', ['medium']),
  settlement_deadline_down: figure('broader', ['medium']),
  investigation_period_up: figure('narrower', ['medium']),
  investigation_period_down: figure('broader', ['medium']),
  indemnity_period_up: figure('broader', MEDIUM_OR_HIGH),
  indemnity_period_down: figure('narrower', MEDIUM_OR_HIGH),
  unoccupancy_period_up: figure('broader', ['high']),
  unoccupancy_period_down: figure('narrower', ['high']),
  min_entry_age_up: figure('narrower', ['medium']),
  min_entry_age_down: figure('broader', ['medium']),
  max_entry_age_up: figure('broader', ['medium']),
  max_entry_age_down: figure('narrower', ['medium']),
  delay_threshold_up: M('modified', 'narrower', ['low'], false),
  delay_threshold_down: M('modified', 'broader', ['low'], false),
  insured_cancel_notice_up: M('modified', 'narrower', ['low'], false),
  insured_cancel_notice_down: M('modified', 'broader', ['low'], false),
  insurer_cancel_notice_up: M('modified', 'broader', ['low'], false),
  insurer_cancel_notice_down: M('modified', 'narrower', ['low'], false),
  refund_to_pro_rata: M('modified', 'broader', ['medium']),
  refund_to_short_period: M('modified', 'narrower', ['medium']),
  limit_removed: M('modified', 'ambiguous', ['medium']),
  sublimit_removed: M('modified', 'broader', ['medium']),
  limit_to_schedule: M('modified', 'ambiguous', ['medium']),
  sublimit_to_percent: M('modified', 'ambiguous', ['medium']),
  notification_vague_to_fixed: M('modified', 'ambiguous', ['medium']),
  deductible_basis_changed: M('modified', 'ambiguous', ['medium']),
  figure_restated: M('modified', 'neutral', ['wording_only'], false),

  grant_added: M('modified', 'broader', LOW_OR_MEDIUM),
  grant_removed: M('modified', 'narrower', LOW_OR_MEDIUM),
  restriction_added: M('modified', 'narrower', LOW_OR_MEDIUM),
  restriction_removed: M('modified', 'broader', LOW_OR_MEDIUM),
  carve_back_added: M('modified', 'broader', LOW_OR_MEDIUM),
  carve_back_removed: M('modified', 'narrower', LOW_OR_MEDIUM),
  insured_duty_added: M('modified', 'narrower', LOW_OR_MEDIUM),
  insured_duty_removed: M('modified', 'broader', LOW_OR_MEDIUM),
  insurer_duty_added: M('modified', 'broader', LOW_OR_MEDIUM),
  insurer_duty_removed: M('modified', 'narrower', LOW_OR_MEDIUM),
  insurer_right_added: M('modified', 'narrower', LOW_OR_MEDIUM),
  insurer_right_removed: M('modified', 'broader', LOW_OR_MEDIUM),
  optional_benefit_added: M('added', 'broader', ['medium']),
  claim_document_added: M('added', 'narrower', ['low'], false),
  sentence_restated: M('modified', 'neutral', ['wording_only'], false),
  definition_restated: M('modified', 'neutral', ['wording_only'], false),

  info_cis_added: info('added'),
  info_cis_removed: info('removed'),
  info_key_facts_added: info('added'),
  info_key_facts_removed: info('removed'),
  info_premium_table_added: info('added'),
  info_premium_table_removed: info('removed'),
  info_specimen_schedule_added: info('added'),
  info_specimen_schedule_removed: info('removed'),
  info_brochure_added: info('added'),
  info_brochure_removed: info('removed'),
  info_claim_form_added: info('added'),
  info_claim_form_removed: info('removed'),
  info_proposal_form_added: info('added'),
  info_proposal_form_removed: info('removed'),
  info_grievance_added: info('added'),
  info_grievance_removed: info('removed'),
};

/** Kinds DOMAIN.md ties to one market (IN health, SG travel, UK home): they need not land in the others. */
const MARKET_SPECIFIC = new Set<EditKind>([
  'co_payment_up',
  'co_payment_down',
  'room_rent_cap_up',
  'room_rent_cap_down',
  'bonus_up',
  'bonus_down',
  'survival_period_up',
  'survival_period_down',
  'moratorium_up',
  'moratorium_down',
  'delay_threshold_up',
  'delay_threshold_down',
  'unoccupancy_period_up',
  'unoccupancy_period_down',
  'info_cis_added',
  'info_cis_removed',
]);

/** Policy A for a kind: every information page bound for a removal, none for an addition. */
function policyFor(product: ProductKind, kind: EditKind): PolicyDocument {
  const a = generatePolicy(21, product, 10);
  if (kind.startsWith('info_')) a.infoPages = kind.endsWith('_removed') ? getInfoPages(product) : [];
  return a;
}

function tryEdit(product: ProductKind, kind: EditKind): { a: PolicyDocument; b: PolicyDocument; edit: AppliedEdit } | null {
  const a = policyFor(product, kind);
  try {
    const { policy: b, edits } = applyEdits(a, createRandom(99), [kind]);
    return { a, b, edit: edits[0] };
  } catch (error) {
    if (error instanceof EditNotApplicableError) return null;
    throw error;
  }
}

const textById = (policy: PolicyDocument): Map<string, string> => new Map(policyUnits(policy).map((u) => [u.id, u.text]));
const numbersIn = (text: string): string[] => (text.match(/\d[\d,.]*/g) ?? []).sort();

function countItems(policy: PolicyDocument, clauseId: string): number {
  for (const section of policy.sections) for (const group of section.groups) for (const clause of group.clauses) if (clause.id === clauseId) return clause.items.length;
  return 0;
}

function checkEdit(kind: EditKind, a: PolicyDocument, b: PolicyDocument, edit: AppliedEdit, label: string): void {
  const expected = EXPECTED[kind];
  expect(edit.kind, label).toBe(kind);
  expect(edit.expectedStatus, label).toBe(expected.status);
  if (expected.direction) expect(edit.expectedDirection, label).toBe(expected.direction);
  else expect(['broader', 'narrower'], label).toContain(edit.expectedDirection);
  if (expected.material !== null) expect(edit.material, label).toBe(expected.material);
  if (expected.levels) {
    expect(expected.levels, label).toContain(edit.expectedMateriality);
    // The scorer's "material" is §6 high or medium.
    expect(edit.material, label).toBe(flagged(edit.expectedMateriality!));
  }

  const unitsA = textById(a);
  const unitsB = textById(b);
  const inA = unitsA.get(edit.unitId);
  const inB = unitsB.get(edit.unitId);
  if (edit.expectedStatus === 'added') {
    expect(inA, label).toBeUndefined();
    expect(inB, label).toBeDefined();
  } else if (edit.expectedStatus === 'removed') {
    expect(inA, label).toBeDefined();
    expect(inB, label).toBeUndefined();
  } else if (kind === 'section_renumbered') {
    expect(inA).toMatch(/^Section (\d+) – /);
    expect(Number(inB!.match(/^Section (\d+)/)![1])).toBe(Number(inA!.match(/^Section (\d+)/)![1]) + 1);
    expect(inB!.replace(/^Section \d+/, '')).toBe(inA!.replace(/^Section \d+/, ''));
  } else if (kind === 'clause_moved') {
    expect(inB).toBe(inA);
    const orderA = policyUnits(a).filter((u) => u.kind === 'clause').map((u) => u.id);
    const orderB = policyUnits(b).filter((u) => u.kind === 'clause').map((u) => u.id);
    expect(orderB).not.toEqual(orderA);
    expect([...orderB].sort()).toEqual([...orderA].sort());
  } else {
    expect(inA, label).toBeDefined();
    expect(inB, label).toBeDefined();
    expect(inB, label).not.toBe(inA);
  }

  // Nothing else changed in meaning: every other unit is identical apart from numbering.
  const strip = (text: string): string => text.replace(/^Section \d+ – /, '');
  for (const [id, text] of unitsA) {
    if (id === edit.unitId || !unitsB.has(id)) continue;
    expect(strip(unitsB.get(id)!), `${label} ${id}`).toBe(strip(text));
  }

  const infoPage = kind.startsWith('info_');
  const clauseCount = (units: Map<string, string>, policy: PolicyDocument): number =>
    policyUnits(policy).filter((u) => units.has(u.id) && (u.kind === 'clause' || u.kind === 'item')).length;
  const delta = infoPage ? 0 : edit.expectedStatus === 'added' ? 1 : edit.expectedStatus === 'removed' ? -1 - countItems(a, edit.unitId) : 0;
  expect(clauseCount(unitsB, b) - clauseCount(unitsA, a), label).toBe(delta);

  if (/_(up|down)$/.test(kind) || kind === 'period_changed') {
    expect(edit.from, label).not.toBeNull();
    expect(edit.to, label).not.toBeNull();
    expect(edit.to, label).not.toBe(edit.from);
    if (kind.endsWith('_up')) expect(edit.to!, label).toBeGreaterThan(edit.from!);
    if (kind.endsWith('_down')) expect(edit.to!, label).toBeLessThan(edit.from!);
  }
  if (kind === 'figure_restated') expect(edit.to, label).toBe(edit.from);
  // Wording-only restatements change no number (a unit change, "36 months" -> "3 years", is figure_restated's own).
  if (kind === 'sentence_restated' || kind === 'definition_restated') expect(numbersIn(inB!), label).toEqual(numbersIn(inA!));
  if (infoPage) {
    const page = (edit.expectedStatus === 'added' ? b : a).infoPages.find((p) => p.keyBlock === edit.unitId)!;
    expect(page, label).toBeDefined();
    const ids = [page.id, ...page.blocks.map((block) => block.id)];
    const side = edit.expectedStatus === 'added' ? unitsB : unitsA;
    const other = edit.expectedStatus === 'added' ? unitsA : unitsB;
    for (const id of ids) {
      expect(side.has(id), `${label} ${id}`).toBe(true);
      expect(other.has(id), `${label} ${id}`).toBe(false);
    }
  }
  if (kind.endsWith('_added') && !infoPage && edit.expectedStatus === 'modified') {
    // A sentence appended whole.
    expect(inB!.startsWith(inA!.slice(0, -1)), label).toBe(true);
    expect(inB!.length, label).toBeGreaterThan(inA!.length);
  }
  if (/^(grant|restriction|carve_back|insured_duty|insurer_duty|insurer_right)_removed$/.test(kind)) {
    expect(inA!.length, label).toBeGreaterThan(inB!.length);
    expect(inA!.startsWith(inB!.slice(0, Math.min(inB!.length, 20))), label).toBe(true);
  }
}

describe('applyEdits', () => {
  describe.each(EDIT_KINDS)('%s', (kind) => {
    it('applies where its target exists, changes only its unit, and records what DOMAIN.md expects', () => {
      const applied: ProductKind[] = [];
      for (const product of PRODUCT_KINDS) {
        const a = policyFor(product, kind);
        const before = JSON.stringify(a);
        const result = tryEdit(product, kind);
        if (!result) continue;
        expect(JSON.stringify(result.a)).toBe(before);
        applied.push(product);
        checkEdit(kind, result.a, result.b, result.edit, `${product} ${kind}`);
      }
      // Every kind lands somewhere; a kind not tied to one market lands in at least two.
      expect(applied.length, kind).toBeGreaterThanOrEqual(MARKET_SPECIFIC.has(kind) ? 1 : 2);
    });
  });

  it('the sentence kinds are planted in varied wording across the markets', () => {
    for (const kind of EDIT_KINDS.filter((k) => /^(grant|restriction|carve_back|insured_duty|insurer_duty|insurer_right)_(added|removed)$/.test(k))) {
      const texts = new Set(PRODUCT_KINDS.map((product) => tryEdit(product, kind)?.edit.description).filter(Boolean));
      expect(texts.size, kind).toBeGreaterThanOrEqual(3);
    }
  });

  it('some figure edits print word numbers and some change the unit', () => {
    let words = 0;
    let unitChanges = 0;
    for (let seed = 0; seed < 60; seed++) {
      for (const product of ['health', 'motor'] as const) {
        const a = generatePolicy(seed, product, 10);
        for (const kind of ['grace_period_up', 'settlement_deadline_down', 'moratorium_up', 'waiting_period_up', 'notification_deadline_up', 'insurer_cancel_notice_up'] as const) {
          let result;
          try {
            result = applyEdits(a, createRandom(seed), [kind]);
          } catch {
            continue;
          }
          const edit = result.edits[0];
          const text = textById(result.policy).get(edit.unitId)!;
          if (/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)\b/.test(text)) words++;
          if (/-> \d+ (?:years?|months?|days?)\b/.test(edit.description) && edit.description.split(' -> ')[0].match(/(\w+)$/)?.[1] !== edit.description.split(' -> ')[1].match(/^\S+ (\w+)/)?.[1]) unitChanges++;
        }
      }
    }
    expect(words).toBeGreaterThan(10);
    expect(unitChanges).toBeGreaterThan(3);
  });

  it('a count picks varied kinds, one unit per edit, and is reproducible', () => {
    const a = generatePolicy(4, 'home', 50);
    const first = applyEdits(a, createRandom(5), 12);
    const again = applyEdits(a, createRandom(5), 12);
    expect(first.edits).toEqual(again.edits);
    expect(JSON.stringify(first.policy)).toBe(JSON.stringify(again.policy));
    expect(first.edits).toHaveLength(12);
    expect(new Set(first.edits.map((e) => e.kind)).size).toBe(12);
    expect(new Set(first.edits.map((e) => e.unitId)).size).toBe(12);
  });

  it('more edits than kinds repeats content kinds but never touches a unit twice', () => {
    const { edits } = applyEdits(generatePolicy(8, 'commercial', 50), createRandom(8), 120);
    expect(edits).toHaveLength(120);
    expect(new Set(edits.map((e) => e.unitId)).size).toBe(120);
    expect(edits.filter((e) => e.kind === 'section_renumbered').length).toBeLessThanOrEqual(1);
  });

  it('a count plants every kind: a thousand policies of six edits cover them all', () => {
    const seen = new Set<EditKind>();
    for (let seed = 0; seed < 1000; seed++) {
      const product = PRODUCT_KINDS[seed % PRODUCT_KINDS.length];
      for (const edit of applyEdits(generatePolicy(seed, product, 10), createRandom(seed), 6).edits) seen.add(edit.kind);
    }
    expect(EDIT_KINDS.filter((kind) => !seen.has(kind))).toEqual([]);
  }, 30_000);

  it('throws a named error when an explicit kind has no target', () => {
    const a = generatePolicy(1, 'home', 10);
    const { policy: b } = applyEdits(a, createRandom(1), ['section_renumbered']);
    expect(() => applyEdits(b, createRandom(1), ['section_renumbered'])).toThrow(EditNotApplicableError);
    expect(() => applyEdits(a, createRandom(1), ['room_rent_cap_up'])).toThrow(EditNotApplicableError);
  });
});
