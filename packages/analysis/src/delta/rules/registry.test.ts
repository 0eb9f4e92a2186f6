import { changeSchema } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { runExample } from './example-documents.js';
import { RULES, ruleEntry } from './registry.js';

describe('delta rule registry', () => {
  it('names each rule once, with a scope prefix-free id and at least one example each way', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id, rule.id).toMatch(/^[a-z-]+\.[a-z0-9-]+$/);
      expect(rule.fires.length, `${rule.id} has no example it fires on`).toBeGreaterThan(0);
      expect(rule.doesNotFire.length, `${rule.id} has no example it must not fire on`).toBeGreaterThan(0);
      expect(rule.title.length, rule.id).toBeGreaterThan(20);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      rule.fires.forEach((example, k) => {
        it(`fires on its example ${k + 1}`, () => {
          const run = runExample(example);
          for (const change of run.changes) changeSchema.parse(change);
          expect([...run.fired], JSON.stringify(run.changes.map((c) => [c.status, c.direction, c.rules, c.deltas.map((d) => d.rule)]))).toContain(rule.id);
        });
      });
      rule.doesNotFire.forEach((example, k) => {
        it(`does not fire on its counter-example ${k + 1}`, () => {
          const run = runExample(example);
          expect([...run.fired], JSON.stringify(run.changes.map((c) => [c.status, c.direction, c.rules, c.deltas.map((d) => d.rule)]))).not.toContain(rule.id);
        });
      });
    });
  }

  it('every rule a comparison names is in the registry', () => {
    const named = new Set<string>();
    for (const rule of RULES) for (const example of [...rule.fires, ...rule.doesNotFire]) for (const id of runExample(example).fired) named.add(id);
    expect([...named].filter((id) => !ruleEntry(id))).toEqual([]);
  });
});
