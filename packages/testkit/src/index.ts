export { createRandom, type Random } from './random.js';
export * from './policy-model.js';
export { generatePolicy, getProductLibrary, getLibraryPools, type LibraryPools, type PoolEntry } from './policy-library.js';
export { applyEdits, EDIT_KINDS, EditNotApplicableError, type AppliedEdit, type EditKind } from './policy-edits.js';
export { formatMoney, formatFigure, policyUnits, policyPlainText, type PolicyUnit, type UnitKind } from './policy-text.js';
export { renderPolicyPdf, type RenderOptions, type RenderedPolicy, type UnitPlacement } from './policy-render.js';
export {
  generatePolicyPair,
  makeTestPdfPair,
  normaliseWhitespace,
  type AlignedUnitSide,
  type AlignmentTruth,
  type EditSideTruth,
  type EditTruth,
  type FigureValueTruth,
  type GeneratedPolicyFile,
  type KeyFigureTruth,
  type PairTruth,
  type PolicyPair,
  type PolicyPairOptions,
} from './policy-pair.js';
export * from './private-redis.js';
export * from './hostile-pdfs.js';
export * from './private-postgres.js';
