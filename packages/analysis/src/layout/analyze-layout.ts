/**
 * Segment 1, layout analysis: PDF bytes → LayoutDocument (clauses in reading order with their
 * place in the section tree). pdfjs extraction is kept apart from the pure layout functions.
 */
import type { LayoutDocument } from '../types.js';
import { buildLayoutDocument } from './build-layout-document.js';
import { extractTextItems } from './extract-text-items.js';

export interface AnalyzeLayoutOptions {
  /** Documents with more pages are refused (LayoutInputError 'too_many_pages'); default 1500. */
  maxPages?: number;
  /** A stream inflating past this is refused (LayoutInputError 'decompression_bomb'); default 32 MB. */
  maxInflatedStreamBytes?: number;
  /** All streams together inflating past this are refused ('decompression_bomb'); default 128 MB. */
  maxInflatedDocumentBytes?: number;
}

/** @throws LayoutInputError when the bytes are not a readable PDF with a text layer. */
export async function analyzeLayout(pdf: Uint8Array, options: AnalyzeLayoutOptions = {}): Promise<LayoutDocument> {
  const extracted = await extractTextItems(pdf, options);
  return buildLayoutDocument(extracted.pages, extracted.warnings);
}
