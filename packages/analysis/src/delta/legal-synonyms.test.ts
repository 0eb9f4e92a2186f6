import { describe, expect, it } from 'vitest';
import { differsOnlyBySynonyms } from './legal-synonyms.js';

describe('differsOnlyBySynonyms', () => {
  it('treats modernised drafting as the same wording', () => {
    expect(differsOnlyBySynonyms('You shall take all reasonable steps.', 'You will take all reasonable steps.')).toBe(true);
    expect(
      differsOnlyBySynonyms(
        'You must send us forthwith every letter in respect of the claim.',
        'You must send us immediately every letter for the claim.',
      ),
    ).toBe(true);
    expect(differsOnlyBySynonyms('In the event of a claim, prior to any repair, call us.', 'If a claim, before any repair, call us.')).toBe(true);
    expect(differsOnlyBySynonyms('Your policy booklet and most recent schedule which includes any endorsement(s).', 'Your policy booklet and most recent schedule, including any endorsement(s).')).toBe(true);
  });

  it('folds the interchangeable phrases of an end date, a count and an addition', () => {
    expect(differsOnlyBySynonyms('The cover ends at midnight or when you return, whichever happens first.', 'The cover ends at midnight or when you return, whichever is earlier.')).toBe(true);
    expect(differsOnlyBySynonyms('The excess applies to each and every claim.', 'The excess applies to every claim.')).toBe(true);
    expect(differsOnlyBySynonyms('We pay this in addition to the sum insured.', 'We pay this over and above the sum insured.')).toBe(true);
    expect(differsOnlyBySynonyms('If there is any other insurance covering the loss.', 'If there is another insurance covering the loss.')).toBe(true);
    // The first and the last of two dates are not the same date.
    expect(differsOnlyBySynonyms('The cover ends on the date you return or the expiry date, whichever happens first.', 'The cover ends on the date you return or the expiry date, whichever is later.')).toBe(false);
  });

  it('a changed word that is not a synonym is a real difference', () => {
    expect(differsOnlyBySynonyms('You shall take all reasonable steps.', 'You must take all steps.')).toBe(false);
    expect(differsOnlyBySynonyms('We will pay for flood.', 'We will pay for storm.')).toBe(false);
  });
});
