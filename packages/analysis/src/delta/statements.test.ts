import { describe, expect, it } from 'vitest';
import { emptyDna } from './clause-side.js';
import { isAdvisory, isCrossReferenceExclusion, isInsurerStatement } from './statements.js';

describe('isCrossReferenceExclusion', () => {
  it('takes an exclusion that only points at exclusions elsewhere', () => {
    expect(isCrossReferenceExclusion('Any loss or damage specifically excluded under contents causes 1 – 11 and covers 12 – 34.')).toBe(true);
    expect(isCrossReferenceExclusion('b Loss or damage specifically excluded under Contents cover.')).toBe(true);
    expect(isCrossReferenceExclusion('Liability excluded under Section 3.')).toBe(true);
    // The lead-in of the next list, run into the clause by the layout, excludes nothing on its own.
    expect(isCrossReferenceExclusion('Any loss or damage specifically excluded under Contents causes 1–11 and covers 12–33. Accidental damage or loss:')).toBe(true);
  });

  it('leaves an exclusion with wording of its own', () => {
    expect(isCrossReferenceExclusion('Loss or damage caused by frost, or specifically excluded under Section 3.')).toBe(false);
    expect(isCrossReferenceExclusion('Loss or damage to valuables or money.')).toBe(false);
    expect(isCrossReferenceExclusion('Any loss excluded under Section 3, and any loss caused by flood to gates and fences.')).toBe(false);
    // A sentence of its own after the reference is wording of its own, colon or not.
    expect(isCrossReferenceExclusion('Any loss excluded under Section 3. Loss or damage caused by flood to gates and fences.')).toBe(false);
    expect(isCrossReferenceExclusion('Any loss excluded under Section 3. Loss or damage to gates, fences and hedges by storm or flood: including any loss of use.')).toBe(false);
  });
});

describe('isInsurerStatement', () => {
  const none = emptyDna('c1');

  it('takes what the insurer says it does, alone or under "we will:"', () => {
    expect(isInsurerStatement('We will always talk to you about what damage you have as well as look at the weather conditions in the area.', none, null)).toBe(true);
    expect(isInsurerStatement('Take any necessary steps to prevent further damage to the property such as switching off the gas.', none, 'When you phone we will:')).toBe(true);
  });

  it('leaves duties, sanctions, settlement terms and anything with a figure', () => {
    expect(isInsurerStatement('Take any necessary steps to prevent further damage to the property.', none, 'You must:')).toBe(false);
    expect(isInsurerStatement('Take any necessary steps to prevent further damage to the property.', none, null)).toBe(false);
    expect(isInsurerStatement('We may refuse to deal with your claim if you do not send us the documents.', none, null)).toBe(false);
    expect(isInsurerStatement('We will pay for any reasonable expenses you incur in providing the information.', none, null)).toBe(false);
    expect(isInsurerStatement('For buildings full value means the cost of rebuilding if the buildings were completely destroyed.', none, null)).toBe(false);
    const period = { ...none, periods: [{ value: 30, unit: 'day' as const, days: 30, raw: '30 days', role: 'notice' as const }] };
    expect(isInsurerStatement('We will contact you within 30 days.', period, null)).toBe(false);
  });
});

describe('isAdvisory', () => {
  const none = emptyDna('c1');

  it('takes advice and signposting, sentence by sentence', () => {
    expect(isAdvisory('We recommend that you check your cover. This policy booklet contains details of what is covered and how we settle claims. Your schedule will show what sections are in force.', none)).toBe(true);
    expect(isAdvisory('To make a claim under this section please call 0330 024 6843', none)).toBe(true);
  });

  it('leaves a clause with one sentence of cover, duty or sanction', () => {
    expect(isAdvisory('We recommend that you check your cover. We will pay up to £500 for lost keys.', none)).toBe(false);
    expect(isAdvisory('Please note you must tell us about any change of address.', none)).toBe(false);
    expect(isAdvisory('Your schedule shows the excess, which you must pay.', none)).toBe(false);
  });
});
