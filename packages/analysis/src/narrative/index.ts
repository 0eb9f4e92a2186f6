export { headlineOf, summariseChanges, verdictFor, type SummaryDocuments, type SummarySource } from './summarise-changes.js';
export { citeClause, citePair } from './citations.js';
export { RECOMMENDATION_PATTERN, withoutAdvice } from './safe-wording.js';
export { MATERIALITY_WEIGHT, verdictOf, weighBalance, type Balance, type WeighedChange } from './verdict.js';
