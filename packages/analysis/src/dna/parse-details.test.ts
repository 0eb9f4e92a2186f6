import { describe, expect, it } from 'vitest';
import { findCarveOuts, findDiscretion, findObligations } from './find-qualifiers.js';
import { parsePercentages } from './parse-percentages.js';
import { parsePeriods } from './parse-periods.js';
import { findPerils, findSubjects } from './vocabulary.js';

describe('parsePercentages', () => {
  it('reads value, role and what it is of', () => {
    expect(parsePercentages('up to 10% of sum insured per day')).toEqual([{ value: 10, raw: '10% of sum insured', role: 'limit_share', of: 'sum insured' }]);
    expect(parsePercentages('a co-payment of 20% applies')).toEqual([{ value: 20, raw: '20%', role: 'co_payment', of: null }]);
    expect(parsePercentages('GST at 9 per cent')).toEqual([{ value: 9, raw: '9 per cent', role: 'tax', of: null }]);
    expect(parsePercentages('an excess of 5% of the claim')[0]).toMatchObject({ value: 5, role: 'excess', of: 'claim' });
    expect(parsePercentages('no percentages here, 2024 and £50')).toEqual([]);
  });
});

describe('parsePeriods', () => {
  it('reads durations in days with their role', () => {
    expect(parsePeriods('There is a waiting period of 30 days.')).toEqual([{ value: 30, unit: 'day', days: 30, raw: '30 days', role: 'waiting_period' }]);
    expect(parsePeriods('24 months waiting period for cataract')[0]).toMatchObject({ value: 24, unit: 'month', days: 720, role: 'waiting_period' });
    expect(parsePeriods('You must tell us within 14 days.')[0]).toMatchObject({ days: 14, role: 'notice' });
    expect(parsePeriods('unoccupied for more than 90 consecutive days')[0]).toMatchObject({ value: 90, raw: '90 consecutive days', role: 'time_limit' });
    expect(parsePeriods('delayed by 12 hours')[0]).toMatchObject({ unit: 'hour', days: 0.5 });
    expect(parsePeriods('the period of insurance is 12 months')[0]).toMatchObject({ days: 360, role: 'policy_period' });
    expect(parsePeriods('within thirty days')[0]).toMatchObject({ value: 30, role: 'time_limit' });
  });

  it('reads ages as age limits', () => {
    expect(parsePeriods('anyone aged 70 or over')).toEqual([{ value: 70, unit: 'year', days: 25550, raw: 'aged 70', role: 'age_limit' }]);
    expect(parsePeriods('children under 18 years of age')).toEqual([{ value: 18, unit: 'year', days: 6570, raw: '18 years of age', role: 'age_limit' }]);
  });

  it('ignores numbers without a unit', () => {
    expect(parsePeriods('clause 30 and £14')).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('finds perils and subjects once each, by canonical name', () => {
    expect(findPerils('Loss caused by fire, flooding, storm or flood, escape of water and acts of terrorism; pre-existing medical conditions')).toEqual([
      'fire',
      'flood',
      'storm',
      'escape of water',
      'terrorism',
      'pre-existing condition',
    ]);
    expect(findSubjects('Jewellery, watches and bicycles in the garden shed')).toEqual(['jewellery', 'pedal cycles', 'garden', 'outbuildings']);
    expect(findPerils('firewood is not a peril')).toEqual([]);
  });
});

describe('qualifiers', () => {
  it('finds carve-outs with the carved text', () => {
    expect(findCarveOuts('We will not pay for theft unless there was forcible entry. Other text.')).toEqual([{ trigger: 'unless', text: 'there was forcible entry' }]);
    expect(findCarveOuts('Any damage except for damage caused by fire; and more')).toEqual([{ trigger: 'except for', text: 'damage caused by fire' }]);
    expect(findCarveOuts('This exclusion does not apply to hearing aids.')).toEqual([{ trigger: 'does not apply to', text: 'hearing aids' }]);
    expect(findCarveOuts('provided that the home is occupied, other than by lodgers')).toEqual([
      { trigger: 'provided that', text: 'the home is occupied, other than by lodgers' },
      { trigger: 'other than', text: 'by lodgers' },
    ]);
    expect(findCarveOuts('We cover your contents.')).toEqual([]);
  });

  it('finds obligations on the insured', () => {
    expect(findObligations('You must lock all doors. The insured shall notify us. It is a condition that alarms are set.')).toEqual([
      'You must lock all doors',
      'The insured shall notify us',
      'It is a condition that alarms are set',
    ]);
    expect(findObligations('We will pay the claim.')).toEqual([]);
  });

  it('finds insurer discretion', () => {
    expect(findDiscretion('At our option we may repair or replace, at our sole discretion, for a reasonable cost.')).toEqual([
      'at our option',
      'we may',
      'at our sole discretion',
      'reasonable',
    ]);
  });
});
