import { describe, expect, it } from 'vitest';
import { classifyClauses } from '../classification/classify-clauses.js';
import { extractDefinitions } from '../definitions/extract-definitions.js';
import type { LayoutDocument } from '../types.js';
import { extractDna, inferDollarCurrency } from './extract-dna.js';
import { buildLayout, heading, item, para, row } from './test-fixtures.js';

function analyse(layout: LayoutDocument) {
  const definitions = extractDefinitions(layout);
  const classification = classifyClauses(layout, definitions);
  return extractDna(layout, definitions, classification);
}

const policy = buildLayout(
  [
    heading('Policy schedule'),
    row('Buildings sum insured', '£500,000', { page: 1 }),
    row('Buildings excess', '£350', { page: 1 }),
    row('Annual premium', '£420.50', { page: 1 }),
    row('Insurance Premium Tax', '£50.46', { page: 1 }),
    row('Period of insurance', '12 months from 1 May', { page: 1 }),
    heading('Definitions'),
    para('"Valuables" means jewellery, watches and furs.', { page: 2 }),
    heading('Section 2 Contents'),
    heading('What is covered', 2),
    para('We will pay up to £2,500 for any one item of Valuables.', { page: 3 }),
    para('We will pay up to £1,000 in total for money, unless it is kept in a locked safe.', { page: 3 }),
    heading('What is not covered', 2),
    item('Theft from an unoccupied home for more than 60 consecutive days.', { page: 3 }),
    item('The first £100 of every claim for escape of water.', { page: 3 }),
    heading('General conditions', 1),
    para('You must tell us within 14 days. At our option we may repair the item.', { page: 4 }),
    heading('Where you are covered', 1),
    para('This policy covers you within the United Kingdom only.', { page: 4 }),
  ],
  'Home Insurance Policy',
);

describe('extractDna per clause', () => {
  const dna = analyse(policy);
  const byText = (text: string) => dna.clauses[policy.clauses.findIndex((c) => c.text === text)];

  it('describes every clause, in order', () => {
    expect(dna.clauses.map((c) => c.clauseId)).toEqual(policy.clauses.map((c) => c.id));
  });

  it('reads a per-item sublimit with its subject and the defined terms used', () => {
    const clause = byText('We will pay up to £2,500 for any one item of Valuables.');
    expect(clause.amounts).toEqual([{ value: 2500, currency: 'GBP', raw: '£2,500', role: 'sublimit', basis: 'per_item', subject: 'valuables' }]);
    expect(clause.definedTerms).toEqual(['Valuables']);
  });

  it('reads an aggregate sublimit with a carve-out', () => {
    const clause = byText('We will pay up to £1,000 in total for money, unless it is kept in a locked safe.');
    expect(clause.amounts).toEqual([{ value: 1000, currency: 'GBP', raw: '£1,000', role: 'sublimit', basis: 'aggregate', subject: 'money' }]);
    expect(clause.carveOuts).toEqual([{ trigger: 'unless', text: 'it is kept in a locked safe' }]);
    expect(clause.subjects).toEqual(['money']);
  });

  it('reads excess amounts, periods, perils, obligations and discretion', () => {
    const excess = byText('The first £100 of every claim for escape of water.');
    expect(excess.amounts[0]).toMatchObject({ value: 100, role: 'excess', basis: 'per_claim' });
    expect(excess.perils).toEqual(['escape of water']);
    const unoccupied = byText('Theft from an unoccupied home for more than 60 consecutive days.');
    expect(unoccupied.periods).toEqual([{ value: 60, unit: 'day', days: 60, raw: '60 consecutive days', role: 'time_limit' }]);
    expect(unoccupied.perils).toEqual(['theft']);
    const condition = byText('You must tell us within 14 days. At our option we may repair the item.');
    expect(condition.obligations).toEqual(['You must tell us within 14 days']);
    expect(condition.discretion).toEqual(['at our option', 'we may']);
  });

  it('takes roles and subjects of schedule rows from their labels', () => {
    expect(byText('Buildings sum insured £500,000').amounts[0]).toMatchObject({ value: 500000, role: 'sum_insured', subject: 'Buildings sum insured' });
    expect(byText('Buildings excess £350').amounts[0]).toMatchObject({ value: 350, role: 'excess' });
    expect(byText('Annual premium £420.50').amounts[0]).toMatchObject({ value: 420.5, role: 'premium' });
    expect(byText('Insurance Premium Tax £50.46').amounts[0]).toMatchObject({ value: 50.46, role: 'tax' });
  });
});

describe('extractDna profile', () => {
  const { profile } = analyse(policy);

  it('summarises title, territory, period, exclusions and conditions', () => {
    expect(profile.title).toBe('Home Insurance Policy');
    expect(profile.territory).toBe('United Kingdom');
    expect(profile.period).toBe('12 months from 1 May');
    expect(profile.exclusions.map((e) => e.summary)).toEqual([
      'Theft from an unoccupied home for more than 60 consecutive days.',
      'The first £100 of every claim for escape of water.',
    ]);
    expect(profile.conditions).toEqual([{ clauseId: 'c0017', summary: 'You must tell us within 14 days.' }]);
  });

  it('groups covers with their limits and excesses', () => {
    const contents = profile.covers.find((c) => c.area === 'Contents');
    expect(contents?.limits.map((l) => l.value)).toEqual([2500, 1000]);
    expect(contents?.excesses.map((l) => l.value)).toEqual([100]);
    const buildings = profile.covers.find((c) => c.area === 'Buildings');
    expect(buildings?.limits.map((l) => [l.role, l.value])).toEqual([['sum_insured', 500000]]);
    expect(buildings?.excesses.map((l) => l.value)).toEqual([350]);
  });

  it('lists key figures with label, category, value, page and clause', () => {
    const figures = profile.keyFigures.map((f) => [f.label, f.category, f.value, f.currency, f.page]);
    expect(figures).toEqual([
      ['Buildings sum insured', 'sum_insured', 500000, 'GBP', 1],
      ['Buildings excess', 'excess', 350, 'GBP', 1],
      ['Annual premium', 'premium', 420.5, 'GBP', 1],
      ['Insurance Premium Tax', 'tax', 50.46, 'GBP', 1],
      // A period in a schedule line is a figure in days (a month counts 30).
      ['Period of insurance', 'period', 360, null, 1],
      ['Contents – valuables – sublimit (per item)', 'sublimit', 2500, 'GBP', 3],
      ['Contents – money – sublimit (aggregate)', 'sublimit', 1000, 'GBP', 3],
      // An excess is named by the peril its clause names: policies set their own excess per peril.
      ['Contents – escape of water – excess (per claim)', 'excess', 100, 'GBP', 3],
    ]);
    expect(profile.keyFigures[0].clauseId).toBe('c0002');
  });
});

describe('extractDna details', () => {
  it('gives a bare dollar the currency the wording names elsewhere', () => {
    expect(inferDollarCurrency(['All amounts are in S$.', 'up to $500'])).toBe('SGD');
    expect(inferDollarCurrency(['up to $500'])).toBeNull();
    const layout = buildLayout([heading('Section 1 Medical Expenses'), para('All amounts are in SGD.'), para('We will pay up to $250,000 per insured person.')]);
    expect(analyse(layout).clauses[2].amounts).toEqual([{ value: 250000, currency: 'SGD', raw: '$250,000', role: 'limit', basis: 'per_person', subject: 'Medical Expenses' }]);
  });

  it('reads Indian amounts and waiting periods as key figures', () => {
    const layout = buildLayout([
      heading('Section 1 Hospitalisation'),
      para('The sum insured is Rs. 5 lakh per policy year.'),
      para('A waiting period of 24 months applies to pre-existing diseases.'),
      para('A co-payment of 20% applies to every claim.'),
    ]);
    const { profile, clauses } = analyse(layout);
    expect(clauses[1].amounts[0]).toMatchObject({ value: 500000, currency: 'INR', role: 'sum_insured', basis: 'per_period' });
    expect(profile.keyFigures.map((f) => [f.label, f.category, f.value])).toEqual([
      ['Medical Expenses – sum insured (per period)', 'sum_insured', 500000],
      ['waiting period – pre-existing condition', 'period', 720],
      ['Medical Expenses – co-payment', 'percentage', 20],
    ]);
  });

  // Speed is for benchmarks (shared machines make timings noisy); this checks the result at scale.
  it('extracts 3,000 clauses', () => {
    const specs = [heading('Definitions'), para('"Home" means the house.'), heading('Section 1 Buildings')];
    for (let i = 0; i < 3000; i++) {
      specs.push(para(`We will pay up to £${(i + 1) * 10} for any one item in the Home unless you fail to tell us within 14 days; a co-payment of 10% applies and we may at our option repair.`));
    }
    const layout = buildLayout(specs);
    const definitions = extractDefinitions(layout);
    const classification = classifyClauses(layout, definitions);
    const dna = extractDna(layout, definitions, classification);
    expect(dna.clauses[3].amounts[0].value).toBe(10);
    expect(dna.clauses[3].definedTerms).toEqual(['Home']);
  });
});
