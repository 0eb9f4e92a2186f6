import { describe, expect, it } from 'vitest';
import { isValidGrouping, parseMoney } from './parse-money.js';

function values(text: string, options = {}) {
  return parseMoney(text, options).map((m) => [m.value, m.currency, m.raw]);
}

describe('parseMoney: currencies and symbols', () => {
  it.each([
    ['£250 excess', 250, 'GBP', '£250'],
    ['up to £2,500 for any one item', 2500, 'GBP', '£2,500'],
    ['€2.5m', 2500000, 'EUR', '€2.5m'],
    ['S$500', 500, 'SGD', 'S$500'],
    ['US$ 250,000', 250000, 'USD', 'US$ 250,000'],
    ['A$1,000', 1000, 'AUD', 'A$1,000'],
    ['AUD 750', 750, 'AUD', 'AUD 750'],
    ['SGD 200,000', 200000, 'SGD', 'SGD 200,000'],
    ['GBP 1,000,000', 1000000, 'GBP', 'GBP 1,000,000'],
    ['EUR 300', 300, 'EUR', 'EUR 300'],
    ['USD 10k', 10000, 'USD', 'USD 10k'],
    ['£1m', 1000000, 'GBP', '£1m'],
    ['£1.5 million', 1500000, 'GBP', '£1.5 million'],
    ['$1 million', 1000000, '$', '$1 million'],
    ['$2bn', 2000000000, '$', '$2bn'],
    ['£10k', 10000, 'GBP', '£10k'],
    ['£1,000.50', 1000.5, 'GBP', '£1,000.50'],
    ['Rs. 5 lakh', 500000, 'INR', 'Rs. 5 lakh'],
    ['Rs 50,000', 50000, 'INR', 'Rs 50,000'],
    ['₹5,00,000', 500000, 'INR', '₹5,00,000'],
    ['₹1,00,00,000', 10000000, 'INR', '₹1,00,00,000'],
    ['INR 2 crore', 20000000, 'INR', 'INR 2 crore'],
    ['INR 2.5 crores', 25000000, 'INR', 'INR 2.5 crores'],
    ['₹ 3 lakhs', 300000, 'INR', '₹ 3 lakhs'],
  ])('%s', (text, value, currency, raw) => {
    expect(values(text)).toEqual([[value, currency, raw]]);
  });

  it('gives a bare dollar the document currency when told', () => {
    expect(values('excess of $500', { dollarCurrency: 'AUD' })).toEqual([[500, 'AUD', '$500']]);
  });
});

describe('parseMoney: bare numbers', () => {
  it.each([
    ['a limit of 1,000,000 any one claim', 1000000, null, '1,000,000'],
    ['sum insured 5,00,000', 500000, null, '5,00,000'],
    ['up to 5 lakh', 500000, null, '5 lakh'],
    ['500 pounds', 500, 'GBP', '500 pounds'],
    ['2 million dollars', 2000000, '$', '2 million dollars'],
    ['10,000 rupees', 10000, 'INR', '10,000 rupees'],
  ])('%s', (text, value, currency, raw) => {
    expect(values(text)).toEqual([[value, currency, raw]]);
  });

  it.each([
    ['in the year 2024 the policy', 'a year'],
    ['see clause 3.2 and section 12', 'clause numbers'],
    ['call us on 0345 030 3900', 'a phone number'],
    ['call 1,800 123 456', 'a grouped phone number'],
    ['co-payment of 20%', 'a percentage'],
    ['10 % of sum insured', 'a spaced percentage'],
    ['15 per cent of the claim', 'per cent'],
    ['within 1,000 miles of home', 'a distance'],
    ['after 30 days', 'a period'],
    ['a 500 m walk', 'metres'],
    ['page 12,345', 'a page reference'],
    ['1,00 is not grouped right', 'bad grouping'],
    ['version 2.5.1', 'a version'],
    ['£30%', 'a percent after a symbol'],
  ])('ignores %s (%s)', (text) => {
    expect(parseMoney(text)).toEqual([]);
  });
});

describe('parseMoney: several amounts and positions', () => {
  it('finds every amount with its offsets, in order', () => {
    const text = 'We pay up to £1,000 per item and £5,000 in total, after a $100 excess.';
    const found = parseMoney(text);
    expect(found.map((m) => m.value)).toEqual([1000, 5000, 100]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });

  it('reads ranges as two amounts', () => {
    expect(values('between £100-£500')).toEqual([
      [100, 'GBP', '£100'],
      [500, 'GBP', '£500'],
    ]);
  });

  it('does not read a word starting with m or k as a magnitude', () => {
    expect(values('£500 medical and $200 kit')).toEqual([
      [500, 'GBP', '£500'],
      [200, '$', '$200'],
    ]);
  });
});

describe('isValidGrouping', () => {
  it.each([
    ['1,000', true],
    ['1,000,000', true],
    ['5,00,000', true],
    ['1,00,00,000', true],
    ['12,34', false],
    ['1,0000', false],
    ['1000', true],
  ])('%s → %s', (digits, ok) => {
    expect(isValidGrouping(digits)).toBe(ok);
  });
});
