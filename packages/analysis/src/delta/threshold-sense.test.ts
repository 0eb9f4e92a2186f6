import { describe, expect, it } from 'vitest';
import { directionOfSetChange, setWidening, thresholdSense } from './threshold-sense.js';

describe('thresholdSense', () => {
  it('reads floors: more than, at least, over, or more', () => {
    expect(thresholdSense('If your baggage is delayed for more than 6 hours, we will pay.', '6 hours')).toBe('floor');
    expect(thresholdSense('Wind speeds of at least 47 knots.', '47 knots')).toBe('floor');
    expect(thresholdSense('Boilers which are more than 15 years old.', '15 years')).toBe('floor');
    expect(thresholdSense('Hospitals with 10 beds or more.', '10')).toBe('floor');
  });

  it('reads ceilings and windows: within, until the expiry of, in the … before, under the age of', () => {
    expect(thresholdSense('You must report the loss within 24 hours.', '24 hours')).toBe('ceiling');
    expect(thresholdSense('Maternity is excluded until the expiry of 9 months of cover.', '9 months')).toBe('ceiling');
    expect(thresholdSense('Treatment in the 12 months before the journey.', '12 months')).toBe('ceiling');
    expect(thresholdSense('You must be under the age of 70.', '70')).toBe('ceiling');
  });

  it('a negated window is a floor on the wait; no cue gives null', () => {
    expect(thresholdSense('If no alternative transport is provided within 6 hours of arrival, we will pay.', '6 hours')).toBe('floor');
    expect(thresholdSense('A waiting period of 30 days applies.', '30 days')).toBeNull();
  });
});

describe('setWidening and directionOfSetChange', () => {
  it('raising a floor lets fewer cases in; raising a ceiling more', () => {
    expect(setWidening('floor', 6, 12)).toBe(-1);
    expect(setWidening('ceiling', 24, 48)).toBe(1);
    expect(setWidening('ceiling', 24, 24)).toBe(0);
  });

  it('more cases in a cover or a duty window help the insured; in an exclusion they hurt', () => {
    expect(directionOfSetChange(1, 'grant')).toBe('broader');
    expect(directionOfSetChange(1, 'obligation')).toBe('broader');
    expect(directionOfSetChange(1, 'restriction')).toBe('narrower');
    expect(directionOfSetChange(-1, 'restriction')).toBe('broader');
    expect(directionOfSetChange(1, 'other')).toBe('ambiguous');
  });
});
