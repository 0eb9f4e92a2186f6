import { describe, expect, it } from 'vitest';
import { directionOfAddedClause, overallDirection } from './clause-polarity.js';

describe('directionOfAddedClause: what a whole new clause does to cover', () => {
  it('reads "we will only pay up to" as a cap, whatever the clause was classified as', () => {
    const text = 'If the amount on your schedule is less than the rebuilding cost, we will only pay you up to the buildings sum insured.';
    expect(directionOfAddedClause('limit', text)).toBe('narrower');
    expect(directionOfAddedClause('coverage_grant', text)).toBe('narrower');
    expect(directionOfAddedClause('limit', 'The insurer shall pay no more than £500 for any one claim.')).toBe('narrower');
  });

  it('reads an entry of a list of caps by the heading it is printed under', () => {
    const entry = 'for money – £750 for theft of items from an unattended motor vehicle – £1,000.';
    expect(directionOfAddedClause('limit', entry, 'What is the most we will pay?')).toBe('narrower');
    expect(directionOfAddedClause('limit', entry, 'Personal possessions')).toBe('ambiguous');
    // A limit that itself grants cover is cover, whatever its heading.
    expect(directionOfAddedClause('limit', 'We will pay up to £500 for marquees.', 'What is the most we will pay?')).toBe('broader');
  });

  it('reads keeping the sum insured in step with inflation as a benefit', () => {
    const text = 'To help protect you against inflation we will review and amend where necessary the sum insured for contents at the end of each month.';
    expect(directionOfAddedClause('limit', text)).toBe('broader');
    expect(directionOfAddedClause('admin', 'We will amend your policy documents and send them to you.')).toBe('neutral');
  });
});

describe('overallDirection', () => {
  it('keeps a direction that only meets ambiguity, and calls a disagreement ambiguous', () => {
    expect(overallDirection(['narrower', 'ambiguous'])).toBe('narrower');
    expect(overallDirection(['narrower', 'broader'])).toBe('ambiguous');
  });
});
