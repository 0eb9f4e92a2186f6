import { describe, expect, it } from 'vitest';
import { generatePolicy, getInfoPages, getLibraryPools, getProductLibrary, parseInlineFigures, toTemplate } from './policy-library.js';
import { PRODUCT_KINDS, type PolicyDocument } from './policy-model.js';
import { fillTemplate, formatFigure, formatMoney, policyUnits } from './policy-text.js';

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
      for (const sentence of clause.variants.sentences ?? []) {
        expect(clause.text, clause.id).toContain(sentence.text);
        expect(sentence.text, clause.id).toMatch(/^ [A-Z(].*[.]$/);
      }
      for (const sentence of clause.variants.additions ?? []) {
        expect(clause.text.endsWith('.'), clause.id).toBe(true);
        expect(sentence.text, clause.id).toMatch(/^ [A-Z(].*[.]$/);
        expect(clause.text, clause.id).not.toContain(sentence.text.trim());
      }
      for (const variant of Object.values(clause.variants.rewrites ?? {})) {
        expect(clause.text, clause.id).toContain(variant!.from);
        expect(variant!.to).not.toBe(variant!.from);
      }
      if (clause.variants.capPresent) {
        expect(clause.text, clause.id).toContain(clause.variants.capPresent);
        expect(clause.variants.capPresent, clause.id).toMatch(/\{\d+\}/);
      }
      if (clause.variants.percentOf) expect(clause.figures.some((f) => f.kind === 'money'), clause.id).toBe(true);
      if (clause.variants.extraItems) expect(clause.items.length, clause.id).toBeGreaterThan(0);
    }
    for (const definition of policy.definitions) {
      for (const variant of [definition.variants.widen, definition.variants.narrow, definition.variants.restate]) {
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
    // The shared sections, claims and cancellation in the market's own words where it has them.
    const ids = policy.sections.map((s) => s.id);
    for (const shared of ['general_conditions', 'general_exclusions', 'claims', 'cancellation', 'complaints']) expect(ids).toContain(`${product}.${shared}`);
  });

  it.each(PRODUCT_KINDS)('%s: binds some of its market\'s information pages, each with a key block like cover', (product) => {
    const pages = getInfoPages(product);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) {
      expect(page.blocks.map((b) => b.id), page.id).toContain(page.keyBlock);
      expect(page.blocks.length, page.id).toBeGreaterThanOrEqual(3);
      for (const block of page.blocks) expect((block.text ?? block.cells!.join(' ')).length, block.id).toBeGreaterThan(2);
    }
    // Front pages first, then back pages, as printed.
    const placements = pages.map((p) => p.placement);
    expect(placements).toEqual([...placements].sort((x, y) => (x === y ? 0 : x === 'front' ? -1 : 1)));
    const bound = generatePolicy(3, product, 10).infoPages;
    expect(bound.length).toBeGreaterThanOrEqual(2);
    expect(bound.length).toBeLessThanOrEqual(3);
    expect(generatePolicy(3, product, 4).infoPages).toEqual([]);
  });

  it.each(PRODUCT_KINDS)('%s: every printed string is WinAnsi-encodable and figures are filled', (product) => {
    const policy = generatePolicy(3, product, 50);
    policy.infoPages = getInfoPages(product);
    for (const unit of policyUnits(policy)) {
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
    const parsed = parseInlineFigures('up to {m:limit:1500} within {p:notification:30:day} and {pc:co_payment:20}, grace {p:grace:15:day:words_digits}', 2);
    expect(parsed.text).toBe('up to {2} within {3} and {4}, grace {5}');
    expect(parsed.figures).toEqual([
      { kind: 'money', role: 'limit', value: 1500 },
      { kind: 'period', role: 'notification', value: 30, unit: 'day' },
      { kind: 'percent', role: 'co_payment', value: 20 },
      { kind: 'period', role: 'grace', value: 15, unit: 'day', style: 'words_digits' },
    ]);
    const grace = parseInlineFigures('a grace period of {p:grace:15:day:words_digits}');
    expect(fillTemplate(grace.text, grace.figures, 'INR')).toBe('a grace period of fifteen (15) days');
    expect(() => parseInlineFigures('{p:notice:30:day}')).toThrow(/unknown figure role/);
    expect(() => parseInlineFigures('{p:grace:3:week}')).toThrow(/unknown period unit/);
  });

  it('prints periods in digits, in words, or both, as wordings do', () => {
    const period = (value: number, unit: 'day' | 'month' | 'business_day', style?: 'words' | 'words_digits') => formatFigure({ kind: 'period', role: 'grace', value, unit, ...(style ? { style } : {}) }, 'INR');
    expect(period(15, 'day')).toBe('15 days');
    expect(period(15, 'day', 'words')).toBe('fifteen days');
    expect(period(15, 'day', 'words_digits')).toBe('fifteen (15) days');
    expect(period(36, 'month', 'words')).toBe('thirty-six months');
    expect(period(1, 'month', 'words')).toBe('one month');
    expect(period(10, 'business_day')).toBe('10 business days');
    expect(period(0.5, 'day', 'words')).toBe('0.5 days');
  });

  it('a variant in inline-figure form is found in the parsed template', () => {
    expect(toTemplate('pay {m:limit:100} within {p:notification:7:day} of it', 'within {p:notification:7:day}')).toBe('within {1}');
    expect(() => toTemplate('pay {m:limit:100}', 'within 7 days')).toThrow(/does not quote/);
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
