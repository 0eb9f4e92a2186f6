/**
 * Finds money amounts in policy text: "$1 million", "£1m", "US$ 250,000", "Rs. 5 lakh", "₹5,00,000",
 * "INR 2 crore", "S$500", "€2.5m", and bare "1,000,000". Years, clause numbers, phone numbers and
 * percentages are not money: a bare number only counts when it is grouped with commas (western or
 * Indian style) or carries a magnitude word, and is not followed by a unit or "%".
 */

export interface MoneyMatch {
  value: number;
  /** ISO code where the symbol is unambiguous; "$" alone stays "$" unless a default is given. */
  currency: string | null;
  raw: string;
  start: number;
  end: number;
}

export interface ParseMoneyOptions {
  /** Currency to give a bare "$" (e.g. "AUD" in an Australian wording); "$" when absent. */
  dollarCurrency?: string | null;
}

const PREFIXES: readonly [RegExp, string][] = [
  [/^us\$$|^usd$/i, 'USD'],
  [/^s\$$|^sgd$/i, 'SGD'],
  [/^a\$$|^au\$$|^aud$/i, 'AUD'],
  [/^nz\$$|^nzd$/i, 'NZD'],
  [/^hk\$$|^hkd$/i, 'HKD'],
  [/^c\$$|^cad$/i, 'CAD'],
  [/^£$|^gbp$/i, 'GBP'],
  [/^€$|^eur$/i, 'EUR'],
  [/^₹$|^rs\.?$|^inr$/i, 'INR'],
  [/^¥$|^jpy$/i, 'JPY'],
];

const SUFFIX_CURRENCIES: readonly [RegExp, string][] = [
  [/^(pounds?( sterling)?|gbp)$/i, 'GBP'],
  [/^(euros?|eur)$/i, 'EUR'],
  [/^(rupees?|inr)$/i, 'INR'],
  [/^(usd|us dollars?)$/i, 'USD'],
  [/^(sgd|singapore dollars?)$/i, 'SGD'],
  [/^(aud|australian dollars?)$/i, 'AUD'],
  [/^dollars?$/i, '$'],
];

const MAGNITUDES: readonly [RegExp, number][] = [
  [/^(bn|billion)$/i, 1e9],
  [/^(m|mn|mil|million)$/i, 1e6],
  [/^(k|thousand)$/i, 1e3],
  [/^(lakhs?|lacs?)$/i, 1e5],
  [/^(crores?|cr)$/i, 1e7],
];

const PREFIX = String.raw`(US\$|S\$|A\$|AU\$|NZ\$|HK\$|C\$|[£€₹¥$]|\b(?:USD|GBP|EUR|INR|AUD|SGD|NZD|HKD|CAD|JPY)\b|\bRs\.?)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const MAGNITUDE = String.raw`(?:\s?(billion|bn|million|mn|mil|thousand|lakhs?|lacs?|crores?|cr|m|k)\b)?`;
const SUFFIX_CURRENCY = String.raw`(?:\s(pounds?(?: sterling)?|euros?|rupees?|dollars?|US dollars?|Singapore dollars?|Australian dollars?|GBP|EUR|INR|USD|SGD|AUD)\b)?`;

const WITH_PREFIX = new RegExp(`${PREFIX}\\s?${NUMBER}${MAGNITUDE}(?!\\s?%|\\d)`, 'gi');
const BARE = new RegExp(`(?<![\\w.,£€₹¥$/-])${NUMBER}${MAGNITUDE}${SUFFIX_CURRENCY}(?![\\w%]|[.,]\\d|\\s?(?:%|per ?cent))`, 'gi');

/** Units that make a number a period, a distance or a count rather than money. */
const UNIT_AFTER = /^\s*(?:consecutive\s+|calendar\s+|working\s+)?(years?|months?|weeks?|days?|hours?|nights?|km|kms|kilomet|miles?|kg|metres?|meters?|feet|ft|cc|persons?|people|passengers?|items?|claims?|employees?)\b/i;
/** Words before a number that make it a phone, reference or clause number. */
const CONTEXT_BEFORE = /(?:tel|phone|call|fax|mobile|number|no\.?|ref(?:erence)?|clause|section|page|policy|registration|registered|postcode|licen[cs]e|uin|irdai|code|year|dated?)[:.\s#]*$/i;

/** Checks comma grouping: western (1,000,000) or Indian (5,00,000; 1,00,00,000). */
export function isValidGrouping(digits: string): boolean {
  const integer = digits.split('.')[0];
  if (!integer.includes(',')) return true;
  return /^\d{1,3}(,\d{3})+$/.test(integer) || /^\d{1,2}(,\d{2})*,\d{3}$/.test(integer);
}

function currencyOf(prefix: string, options: ParseMoneyOptions): string {
  const p = prefix.replace(/\s+/g, '');
  if (p === '$') return options.dollarCurrency ?? '$';
  for (const [pattern, code] of PREFIXES) if (pattern.test(p)) return code;
  return p.toUpperCase();
}

function magnitudeOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [pattern, factor] of MAGNITUDES) if (pattern.test(word)) return factor;
  return 1;
}

function toValue(digits: string, magnitude: string | undefined): number {
  const value = Number(digits.replace(/,/g, '')) * magnitudeOf(magnitude);
  // Floating point noise from "2.5 * 1e6" and friends is removed; money has at most cents.
  return Math.round(value * 100) / 100;
}

export function parseMoney(text: string, options: ParseMoneyOptions = {}): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);

  for (const m of text.matchAll(WITH_PREFIX)) {
    const [raw, prefix, digits, magnitude] = m;
    const start = m.index ?? 0;
    if (!isValidGrouping(digits)) continue;
    // "m" right after a number is ambiguous with metres only when a space separates it; "£5 m" is rare.
    const value = toValue(digits, magnitude);
    found.push({ value, currency: currencyOf(prefix, options), raw: raw.trim(), start, end: start + raw.length });
    taken.push([start, start + raw.length]);
  }

  for (const m of text.matchAll(BARE)) {
    const [raw, digits, magnitude, suffixCurrency] = m;
    const start = m.index ?? 0;
    const end = start + raw.length;
    if (overlaps(start, end)) continue;
    if (!isValidGrouping(digits)) continue;
    const grouped = digits.includes(',');
    if (!grouped && !magnitude && !suffixCurrency) continue;
    if (UNIT_AFTER.test(text.slice(end, end + 24))) continue;
    if (CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    // A run of digit groups separated by spaces is a phone number ("0345 030 3900").
    if (/\d\s$/.test(text.slice(Math.max(0, start - 2), start)) || /^\s\d/.test(text.slice(end, end + 2))) continue;
    let currency: string | null = null;
    if (suffixCurrency) {
      const s = suffixCurrency.trim();
      currency = SUFFIX_CURRENCIES.find(([p]) => p.test(s))?.[1] ?? null;
      if (currency === '$') currency = options.dollarCurrency ?? '$';
    }
    // "m"/"k" on a bare number with no currency is too ambiguous (e.g. "500 m" of distance).
    if (!currency && magnitude && /^(m|k|mn|mil|cr)$/i.test(magnitude) && !grouped) continue;
    found.push({ value: toValue(digits, magnitude), currency, raw: raw.trim(), start, end });
    taken.push([start, end]);
  }

  return found.sort((a, b) => a.start - b.start);
}
