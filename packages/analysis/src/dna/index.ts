export { extractDna, inferDollarCurrency } from './extract-dna.js';
export { parseMoney, type MoneyMatch, type ParseMoneyOptions } from './parse-money.js';
export { parsePercentages } from './parse-percentages.js';
export { parsePeriods } from './parse-periods.js';
