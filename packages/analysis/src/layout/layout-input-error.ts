/**
 * Why a PDF could not be laid out. The stage runner maps each code to a precise job failure, so the
 * message must be readable by the person who uploaded the file.
 */
export type LayoutInputErrorCode = 'not_pdf' | 'encrypted' | 'corrupt' | 'no_text' | 'too_many_pages' | 'decompression_bomb' | 'graphics_state_bomb';

export class LayoutInputError extends Error {
  readonly code: LayoutInputErrorCode;

  constructor(code: LayoutInputErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LayoutInputError';
    this.code = code;
  }
}
