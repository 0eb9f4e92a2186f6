import { describe, expect, it } from 'vitest';
import type { MoneyAmount } from '../types.js';
import { refineAmountRole } from './amount-role.js';

const amount = (raw: string, value: number, role: MoneyAmount['role']): MoneyAmount => ({
  value,
  currency: 'SGD',
  raw,
  role,
  basis: null,
  subject: null,
});

describe('refineAmountRole', () => {
  it('"the first X of each claim" is an excess even inside a limit clause', () => {
    const text = 'The most we will pay is S$3,000 for each journey, and the first S$250 of each claim is not covered.';
    expect(refineAmountRole(amount('S$250', 250, 'limit'), text, 'limit')).toBe('excess');
    expect(refineAmountRole(amount('S$3,000', 3000, 'limit'), text, 'limit')).toBe('limit');
  });

  it('"the most we will pay … is X" is a limit, whatever heading put it under excesses', () => {
    const text = 'The most we will pay for treatment of a congenital condition is Rs. 40,000 in a policy year.';
    expect(refineAmountRole(amount('Rs. 40,000', 40000, 'excess'), text, 'excess')).toBe('limit');
  });

  it('"in excess of" is not an excess; a schedule row with no role is a limit unless its label says otherwise', () => {
    expect(refineAmountRole(amount('£5,000', 5000, 'other'), 'Claims in excess of £5,000 must be reported.', 'condition')).toBe('other');
    expect(refineAmountRole(amount('S$1,000,000', 1e6, 'other'), 'Emergency medical evacuation S$1,000,000', 'schedule')).toBe('limit');
    expect(refineAmountRole(amount('S$100', 100, 'other'), 'Policy excess S$100', 'schedule')).toBe('excess');
    expect(refineAmountRole(amount('S$12', 12, 'other'), 'Stamp duty S$12', 'schedule')).toBe('other');
  });
});
