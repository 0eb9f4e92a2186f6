import { describe, expect, it } from 'vitest';
import { generatePolicy, getLibraryPools, getProductLibrary, parseInlineFigures } from './policy-library.js';
import { PRODUCT_KINDS, type PolicyDocument } from './policy-model.js';
import { fillTemplate, formatMoney, policyUnits } from './policy-text.js';

/** Helvetica/Times in pdf-lib encode WinAnsi only; the library keeps to ASCII plus £ and the en dash. */
const WIN_ANSI_SUBSET = /^[\x20-\x7E£–]*$/;

function allClauses(policy: PolicyDocument) {
  return policy.sections.flatMap((section) => section.groups.flatMap((group) => group.clauses));
}

describe('clause library', () => {
  it.each(PRODUCT_KINDS)('%s: variants and carve-outs quote their clause verbatim', (product) => {
    const policy = generatePolicy(1, product, 10);
    const pools = getLibraryPools(product);
    const clauses = [...allClauses(policy), ...Object.values(pools).flat().map((entry) => entry.clause)];
    let variants = 0;
    for (const clause of clauses) {
      for (const variant of [clause.variants.widen, clause.variants.narrow]) {
        if (!variant) continue;
        variants++;
        expect(clause.text, clause.id).toContain(variant.from);
        expect(variant.to).not.toBe(variant.from);
      }
      if (clause.variants.carveOutPresent) expect(clause.text, clause.id).toContain(clause.variants.carveOutPresent);
      if (clause.variants.carveOut !== undefined) expect(clause.text.endsWith('.'), clause.id).toBe(true);
    }
    for (const definition of policy.definitions) {
      for (const variant of [definition.variants.widen, definition.variants.narrow]) {
        if (variant) expect(definition.text, definition.id).toContain(variant.from);
      }
    }
    expect(variants).toBeGreaterThanOrEqual(4);
  });

  it.each(PRODUCT_KINDS)('%s: has the parts a real wording has', (product) => {
    const library = getProductLibrary(product);
    expect(library.definitions.length).toBeGreaterThanOrEqual(10);
    expect(library.definitions.length).toBeLessThanOrEqual(20);
    expect(library.sections.length).toBeGreaterThanOrEqual(5);
    expect(library.sections.length).toBeLessThanOrEqual(9);
    const roles = new Set(library.sections.flatMap((s) => s.groups.flatMap((g) => g.clauses.map((c) => c.role))));
    for (const role of ['cover', 'exclusion', 'excess'] as const) expect(roles, role).toContain(role);
    const categories = new Set(library.schedule.map((row) => row.category));
    for (const category of ['limit', 'excess', 'premium', 'tax'] as const) expect(categories, category).toContain(category);
    const policy = generatePolicy(1, product, 10);
    const units = policyUnits(policy);
    expect(units.some((u) => u.kind === 'item')).toBe(true);
    const titles = policy.sections.map((s) => s.title);
    for (const shared of ['General conditions', 'General exclusions', 'How to make a claim', 'Cancelling your policy']) expect(titles).toContain(shared);
  });

  it.each(PRODUCT_KINDS)('%s: every printed string is WinAnsi-encodable and figures are filled', (product) => {
    for (const unit of policyUnits(generatePolicy(3, product, 50))) {
      expect(unit.text, unit.id).toMatch(WIN_ANSI_SUBSET);
      expect(unit.text, unit.id).not.toMatch(/\{\d+\}|\{m:|\{p:/);
    }
  });

  it.each(PRODUCT_KINDS)('%s: unit ids are unique, including pool clauses', (product) => {
    const policy = generatePolicy(2, product, 200);
    const ids = policyUnits(policy).map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    const poolIds = Object.values(getLibraryPools(product)).flat().map((entry) => entry.clause.id);
    for (const id of poolIds) expect(ids).not.toContain(id);
    expect(new Set(poolIds).size).toBe(poolIds.length);
  });

  it('is deterministic and depends on the seed only through the documented choices', () => {
    expect(generatePolicy(11, 'travel', 50)).toEqual(generatePolicy(11, 'travel', 50));
    const a = generatePolicy(11, 'travel', 50);
    const b = generatePolicy(12, 'travel', 50);
    expect(policyUnits(a).map((u) => u.text)).not.toEqual(policyUnits(b).map((u) => u.text));
  });

  it('scales by adding distinct clauses, never repeating a paragraph', () => {
    const small = allClauses(generatePolicy(5, 'home', 10)).length;
    const large = generatePolicy(5, 'home', 200);
    const bodies = allClauses(large).map((c) => fillTemplate(c.text, c.figures, large.currency));
    expect(bodies.length).toBeGreaterThan(small * 8);
    expect(new Set(bodies).size).toBe(bodies.length);
    expect(large.sections.length).toBeGreaterThan(20);
  });

  it('builds a mini policy from a subset for fast fixtures', () => {
    const mini = generatePolicy(1, 'health', 4);
    expect(mini.definitions.length).toBe(8);
    expect(mini.sections.map((s) => s.id)).toEqual(['health.inpatient', 'health.waiting', 'health.claims', 'health.cancellation']);
  });
});

describe('inline figures and money', () => {
  it('parses money, periods and percentages into numbered placeholders', () => {
    const parsed = parseInlineFigures('up to {m:limit:1500} within {p:notice:30:day} and {pc:co_payment:20}', 2);
    expect(parsed.text).toBe('up to {2} within {3} and {4}');
    expect(parsed.figures).toEqual([
      { kind: 'money', role: 'limit', value: 1500 },
      { kind: 'period', role: 'notice', value: 30, unit: 'day' },
      { kind: 'percent', role: 'co_payment', value: 20 },
    ]);
  });

  it('formats each currency the way its market prints it', () => {
    expect(formatMoney(450000, 'GBP')).toBe('£450,000');
    expect(formatMoney(486.4, 'GBP')).toBe('£486.40');
    expect(formatMoney(20000000, 'AUD')).toBe('$20,000,000');
    expect(formatMoney(96.3, 'SGD')).toBe('S$96.30');
    expect(formatMoney(1000000, 'INR')).toBe('Rs. 10,00,000');
    expect(formatMoney(25000, 'INR')).toBe('Rs. 25,000');
    expect(formatMoney(500, 'INR')).toBe('Rs. 500');
  });
});
