export * from './types.js';
export * from './pipeline.js';
export { analyzeLayout, extractTextItems, LayoutInputError, preloadPdfjs } from './layout/index.js';
export { extractDefinitions } from './definitions/index.js';
export { classifyClauses } from './classification/index.js';
export { extractDna } from './dna/index.js';
export { alignClauses } from './alignment/index.js';
export { interpretDeltas } from './delta/index.js';
export { summariseChanges } from './narrative/index.js';
