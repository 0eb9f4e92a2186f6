export { extractDefinitions } from './extract-definitions.js';
export { isDefinitionsHeading, definitionsHeadingIndex } from './definitions-heading.js';
export { normaliseText } from './normalise-text.js';
export { termKey, tokenise, singularise } from './term-key.js';
