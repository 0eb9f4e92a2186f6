export { analyzeLayout, type AnalyzeLayoutOptions } from './analyze-layout.js';
export { buildLayoutDocument } from './build-layout-document.js';
export { extractTextItems, preloadPdfjs, DEFAULT_MAX_PAGES } from './extract-text-items.js';
export { LayoutInputError, type LayoutInputErrorCode } from './layout-input-error.js';
export type { TextItem, TextLine, PageText, LineCell } from './layout-types.js';
