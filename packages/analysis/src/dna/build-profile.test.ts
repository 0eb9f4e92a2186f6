import { describe, expect, it } from 'vitest';
import { classifyClauses } from '../classification/classify-clauses.js';
import { extractDefinitions } from '../definitions/extract-definitions.js';
import type { LayoutDocument } from '../types.js';
import { figureLabelParts } from './build-profile.js';
import { extractDna } from './extract-dna.js';
import { buildLayout, heading, item, para, row } from './test-fixtures.js';

function labels(layout: LayoutDocument): [string, number][] {
  const definitions = extractDefinitions(layout);
  const classification = classifyClauses(layout, definitions);
  return extractDna(layout, definitions, classification).profile.keyFigures.map((f) => [f.label, f.value]);
}

/** An IPID's "What is insured?" list: each item names its figure before stating it. */
function ipid(...items: string[]): LayoutDocument {
  return buildLayout([heading('Home Insurance'), heading('What is insured?', 2), ...items.map((text) => item(text))]);
}

describe('key figure labels', () => {
  it("names an item's figure by the item's opening words when the amount's own words name nothing", () => {
    expect(labels(ipid('Credit cards up to £10,000', 'Marquees up to £30,000', 'Jury service up to £25 a day or up to £5,000 for any one claim'))).toEqual([
      ['Credit cards – limit', 10000],
      ['Marquees – limit', 30000],
      ['Jury service – sublimit (per claim)', 25],
      ['Jury service – sublimit (per claim)', 5000],
    ]);
  });

  it('lets the opening words name a vocabulary class more closely, and keeps the class when they name something else', () => {
    expect(labels(ipid('Tenants liability up to £15,000', 'Occupiers and public liability up to £2,000,000', 'Replacing locks up to £1,000'))).toEqual([
      ['Tenants liability – limit', 15000],
      ['Occupiers and public liability – limit', 2000000],
      ['keys and locks – limit', 1000],
    ]);
  });

  it('reads "for Buildings" after an amount as the section and the opening words as the item, cut before the next amount', () => {
    expect(labels(ipid('Alternative accommodation up to £200,000 for Buildings and up to £15,000 for Contents'))).toEqual([
      ['Buildings – Alternative accommodation – sublimit', 200000],
      ['Contents – Alternative accommodation – sublimit', 15000],
    ]);
  });

  it('takes no name from a sentence, a fragment or the document title', () => {
    const layout = buildLayout([
      heading('Home Insurance'),
      heading('What is insured?', 2),
      item('Limit of cover is £1,000 per claim'),
      item('This insurance provides up to £500.'),
      para('attempted theft up to £2,000'),
    ]);
    expect(labels(layout)).toEqual([
      ['limit (per claim)', 1000],
      ['limit', 500],
      ['limit', 2000],
    ]);
  });

  it('names a figure by the nearest specific heading when its sentence names nothing', () => {
    const layout = buildLayout([
      heading('Comprehensive Insurance'),
      heading('Loss or damage to your vehicle', 2),
      heading('Emergency transport and accommodation', 3),
      heading('Covered', 4),
      para('We will cover you up to a maximum of $1,500.'),
    ]);
    expect(labels(layout)).toEqual([['Motor Vehicle – Emergency transport and accommodation – limit', 1500]]);
  });

  it('names an excess by the peril its clause names', () => {
    const layout = buildLayout([heading('Section 1 Buildings'), heading('What is not covered', 2), item('The first £250 of every claim for subsidence.')]);
    expect(labels(layout)).toEqual([['Buildings – subsidence – excess (per claim)', 250]]);
  });

  it("keeps a schedule line's own label", () => {
    expect(labels(buildLayout([heading('Your schedule'), row('Credit cards', '£1,000')]))).toEqual([['Credit cards', 1000]]);
  });
});

describe('figureLabelParts', () => {
  it('reads back the subject parts, role and basis buildProfile wrote', () => {
    expect(figureLabelParts('Contents – valuables – sublimit (per item)')).toEqual({ subject: ['Contents', 'valuables'], role: 'sublimit', basis: 'per item' });
    expect(figureLabelParts('sublimit (per claim)')).toEqual({ subject: [], role: 'sublimit', basis: 'per claim' });
    expect(figureLabelParts('Medical Expenses – co-payment')).toEqual({ subject: ['Medical Expenses'], role: 'co-payment', basis: null });
    expect(figureLabelParts('waiting period – pre-existing condition')).toEqual({ subject: ['pre-existing condition'], role: 'waiting period', basis: null });
  });

  it("takes a schedule line's label as its name: a capitalised role is a name, a column marker names nothing", () => {
    expect(figureLabelParts('Excess')).toEqual({ subject: ['Excess'], role: null, basis: null });
    expect(figureLabelParts('Travel delay (per 6 hours)')).toEqual({ subject: ['Travel delay (per 6 hours)'], role: null, basis: null });
    expect(figureLabelParts('Other benefits › Emergency repairs (column 1)')).toEqual({ subject: ['Other benefits', 'Emergency repairs'], role: null, basis: null });
  });
});
