import { describe, expect, it } from 'vitest';
import { applyEdits, EDIT_KINDS, EditNotApplicableError, type EditKind } from './policy-edits.js';
import { generatePolicy } from './policy-library.js';
import { PRODUCT_KINDS } from './policy-model.js';
import { policyUnits } from './policy-text.js';
import { createRandom } from './random.js';

const EXPECTED: Record<EditKind, { status: string; direction: string | null; material: boolean }> = {
  limit_up: { status: 'modified', direction: 'broader', material: true },
  limit_down: { status: 'modified', direction: 'narrower', material: true },
  excess_up: { status: 'modified', direction: 'narrower', material: true },
  excess_down: { status: 'modified', direction: 'broader', material: true },
  sublimit_added: { status: 'added', direction: 'narrower', material: true },
  exclusion_added: { status: 'added', direction: 'narrower', material: true },
  exclusion_removed: { status: 'removed', direction: 'broader', material: true },
  exclusion_widened: { status: 'modified', direction: 'narrower', material: true },
  exclusion_narrowed: { status: 'modified', direction: 'broader', material: true },
  carve_out_added: { status: 'modified', direction: 'broader', material: true },
  carve_out_removed: { status: 'modified', direction: 'narrower', material: true },
  // A definition's direction depends on where the term is used; the library states it per variant.
  definition_widened: { status: 'modified', direction: null, material: true },
  definition_narrowed: { status: 'modified', direction: null, material: true },
  // Waiting periods and notice periods move cover in opposite directions.
  period_changed: { status: 'modified', direction: null, material: true },
  condition_added: { status: 'added', direction: 'narrower', material: true },
  extension_added: { status: 'added', direction: 'broader', material: true },
  extension_removed: { status: 'removed', direction: 'narrower', material: true },
  clause_moved: { status: 'moved', direction: 'neutral', material: false },
  section_renumbered: { status: 'unchanged', direction: 'neutral', material: false },
  cosmetic_rewording: { status: 'modified', direction: 'neutral', material: false },
};

function textById(policy: ReturnType<typeof generatePolicy>): Map<string, string> {
  return new Map(policyUnits(policy).map((u) => [u.id, u.text]));
}

describe('applyEdits', () => {
  for (const product of PRODUCT_KINDS) {
    it.each(EDIT_KINDS)(`${product}: %s applies and its record matches the change made`, (kind) => {
      const a = generatePolicy(21, product, 10);
      const before = JSON.stringify(a);
      const { policy: b, edits } = applyEdits(a, createRandom(99), [kind]);
      expect(JSON.stringify(a)).toBe(before);
      expect(edits).toHaveLength(1);
      const [edit] = edits;
      const expected = EXPECTED[kind];
      expect(edit.kind).toBe(kind);
      expect(edit.expectedStatus).toBe(expected.status);
      if (expected.direction) expect(edit.expectedDirection).toBe(expected.direction);
      else expect(['broader', 'narrower']).toContain(edit.expectedDirection);
      expect(edit.material).toBe(expected.material);

      const unitsA = textById(a);
      const unitsB = textById(b);
      const inA = unitsA.get(edit.unitId);
      const inB = unitsB.get(edit.unitId);
      if (edit.expectedStatus === 'added') {
        expect(inA).toBeUndefined();
        expect(inB).toBeDefined();
      } else if (edit.expectedStatus === 'removed') {
        expect(inA).toBeDefined();
        expect(inB).toBeUndefined();
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
        expect(inA).toBeDefined();
        expect(inB).toBeDefined();
        expect(inB).not.toBe(inA);
      }
      // Nothing else changed in meaning: every other unit is identical apart from numbering.
      const strip = (text: string): string => text.replace(/^Section \d+ – /, '');
      for (const [id, text] of unitsA) {
        if (id === edit.unitId || !unitsB.has(id)) continue;
        expect(strip(unitsB.get(id)!), id).toBe(strip(text));
      }
      const clauseCount = (units: Map<string, string>, policy: ReturnType<typeof generatePolicy>): number =>
        policyUnits(policy).filter((u) => units.has(u.id) && (u.kind === 'clause' || u.kind === 'item')).length;
      const delta = edit.expectedStatus === 'added' ? 1 : edit.expectedStatus === 'removed' ? -1 - countItems(a, edit.unitId) : 0;
      expect(clauseCount(unitsB, b) - clauseCount(unitsA, a)).toBe(delta);

      if (kind.startsWith('limit_') || kind.startsWith('excess_') || kind === 'period_changed') {
        expect(edit.from).not.toBeNull();
        expect(edit.to).not.toBeNull();
        expect(edit.to).not.toBe(edit.from);
        if (kind.endsWith('_up')) expect(edit.to!).toBeGreaterThan(edit.from!);
        if (kind.endsWith('_down')) expect(edit.to!).toBeLessThan(edit.from!);
        expect(inA).not.toBe(inB);
      }
    });
  }

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
    const { edits } = applyEdits(generatePolicy(8, 'commercial', 50), createRandom(8), 30);
    expect(edits).toHaveLength(30);
    expect(new Set(edits.map((e) => e.unitId)).size).toBe(30);
    expect(edits.filter((e) => e.kind === 'section_renumbered').length).toBeLessThanOrEqual(1);
  });

  it('throws a named error when an explicit kind has no target', () => {
    const a = generatePolicy(1, 'home', 10);
    const { policy: b } = applyEdits(a, createRandom(1), ['section_renumbered']);
    expect(() => applyEdits(b, createRandom(1), ['section_renumbered'])).toThrow(EditNotApplicableError);
  });
});

function countItems(policy: ReturnType<typeof generatePolicy>, clauseId: string): number {
  for (const section of policy.sections) for (const group of section.groups) for (const clause of group.clauses) if (clause.id === clauseId) return clause.items.length;
  return 0;
}
