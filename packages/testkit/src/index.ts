export { createRandom, type Random } from './random.js';
export * from './policy-model.js';
export { generatePolicy, getInfoPages, getProductLibrary, getLibraryPools, type LibraryPools, type PoolEntry } from './policy-library.js';
export { applyEdits, EDIT_KINDS, EditNotApplicableError, type AppliedEdit, type EditKind } from './policy-edits.js';
export { FIGURE_STEPS, INFO_PAGE_EDITS, LEGACY_EDIT_KINDS, SENTENCE_EDITS } from './edit-kinds.js';
export { FIGURE_ROLES, type FigureRoleSpec } from './figure-roles.js';
export { SENTENCE_POLARITIES, type PolaritySpec } from './sentence-polarities.js';
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
