export { classifyClauses } from './classify-clauses.js';
export { coverAreaFromPath, coverAreaOf } from './cover-area.js';
