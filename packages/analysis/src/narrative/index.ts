export { headlineOf, summariseChanges, type SummaryDocuments, type SummarySource } from './summarise-changes.js';
export { citeClause, citePair } from './citations.js';
export { RECOMMENDATION_PATTERN, withoutAdvice } from './safe-wording.js';
