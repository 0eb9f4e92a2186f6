/**
 * Character-level clean-up of extracted text, so the same wording typeset by two different tools
 * compares equal: ligatures expanded, invisible characters dropped, exotic spaces made plain.
 */

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/**
 * NFKC would turn "m²" into "m2" and "½" into "1⁄2", changing what a figure means; those
 * characters (super/subscripts, vulgar fractions, circled and enclosed numbers) are left alone.
 */
const NFKC_UNSAFE = /[\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070-\u209F\u2150-\u218F\u2460-\u24FF\u2776-\u2793]/;

const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const EXOTIC_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\r\n\f\v]/g;
/** Symbol/Wingdings bullets land in the Private Use Area; they all mean "bullet". */
const PRIVATE_USE_BULLET = /[\uE000-\uF8FF]/g;

function nfkcWhereSafe(text: string): string {
  // Only non-ASCII characters can change under NFKC, so ASCII text is returned untouched (fast path).
  if (!/[^\x00-\x7F]/.test(text)) return text;
  return text.replace(/[^\x00-\x7F]/g, (ch) => {
    if (LIGATURES[ch] !== undefined) return LIGATURES[ch];
    if (NFKC_UNSAFE.test(ch)) return ch;
    return ch.normalize('NFKC');
  });
}

/**
 * A word set with letter spacing, as pdfjs reads justified text whose spacing the PDF puts
 * between characters ("C h r o n i c", "5 0 %", "C o m p a n y ' s"): every character of one
 * item apart. Indian wordings (Care, ICICI Lombard, HDFC ERGO) print whole paragraphs so, and
 * pdftotext reads them as words. Three such characters at least, and each a single character;
 * two only when one is a letter ("o f"), so "1 2" stays two figures.
 */
const LETTER_SPACED = /^(\s*)(\S(?: \S){2,}|\S \S)(\s*)$/u;

function withoutLetterSpacing(text: string): string {
  const m = LETTER_SPACED.exec(text);
  if (!m) return text;
  const chars = m[2].split(' ');
  if (chars.length === 2 && !chars.some((c) => /\p{L}/u.test(c))) return text;
  return `${m[1]}${chars.join('')}${m[3]}`;
}

/** Clean one run of text without trimming it (a trailing space still separates words). */
export function normalizeRun(text: string): string {
  return withoutLetterSpacing(nfkcWhereSafe(text.replace(ZERO_WIDTH, '').replace(EXOTIC_SPACE, ' ')).replace(PRIVATE_USE_BULLET, '•'));
}

/**
 * Collapse spacing in assembled text: single spaces, none just inside curly quotes or before
 * closing punctuation (spaces that only come from how the PDF positioned its glyphs).
 */
export function normalizeSpacing(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .replace(/([“‘(\[]) +/g, '$1')
    .replace(/ +([”)\],;:!?])/g, '$1')
    .replace(/(\w) +’(?=[a-z])/g, '$1’')
    .replace(/(\w) +\.(?=\s|$)/g, '$1.')
    .trim();
}
