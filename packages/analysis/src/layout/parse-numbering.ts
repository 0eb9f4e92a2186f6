/**
 * Recognises the numbering that opens a line: "1.", "1.1", "1.1.1", "(a)", "a)", "(i)", "(1)",
 * "A.", "Section 3", "Part A", "SECTION 2 – CONTENTS", and bullets.
 */

export type NumberingStyle =
  | 'section' // Section 3, Part A, Chapter II
  | 'decimal' // 1. / 1.1 / 1.1.1
  | 'paren-num' // (1) / 1)
  | 'alpha' // (a) / a) / a.
  | 'ALPHA' // (A) / A) / A.
  | 'roman' // (i) / i) / ii.
  | 'ROMAN' // (I) / II.
  | 'bullet';

export interface Numbering {
  style: NumberingStyle;
  /** As printed, without a trailing full stop: "3.2", "(a)", "Section 3", "•". */
  number: string;
  /** Canonical form used in section paths: "3.2", "(a)", "(ii)", "Section 3". */
  label: string;
  /** Decimal components ([3, 2] for "3.2"); empty for other styles. */
  components: number[];
  /** The letter or roman token without brackets ("a", "ii"). */
  token: string;
  /** Text after the numbering. */
  rest: string;
}

const SECTION_WORDS = new Set(['section', 'part', 'chapter', 'article', 'schedule', 'appendix', 'endorsement', 'annexure', 'annex']);
const SECTION_ID = /^(?:\d{1,3}[A-Za-z]?|[A-Z]|[IVX]{1,5})$/;
const ROMAN_LOWER = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$/;
const ROMAN_UPPER = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;
const BULLET = /^([•●○◦▪■□►▶➢➤✓✔❖◆◇→\-–—*·o])\s+(?=\S)/;

function build(style: NumberingStyle, number: string, label: string, rest: string, components: number[] = [], token = ''): Numbering {
  return { style, number, label, components, token, rest: rest.trim() };
}

export function parseNumbering(text: string): Numbering | null {
  const line = text.trim();

  const word = /^([A-Za-z]+)\s+([0-9A-Za-z]+)(?=$|[\s.:–—-])[.:]?\s*(?:[–—:-]\s*)?(.*)$/.exec(line);
  // "Section 3 of this policy applies…" is a cross-reference in a sentence, not a numbering.
  if (word && SECTION_WORDS.has(word[1].toLowerCase()) && SECTION_ID.test(word[2]) && !/^\p{Ll}/u.test(word[3])) {
    const number = `${word[1]} ${word[2]}`;
    const label = `${word[1][0].toUpperCase()}${word[1].slice(1).toLowerCase()} ${word[2]}`;
    return build('section', number, label, word[3]);
  }

  // "1.1 Text", "1. Text", "1.1. Text"; a bare "1 Text" only before a capital (not "30 days").
  const decimal = /^(\d{1,3}(?:\.\d{1,3})*)(\.?)(?:\s+|$)(.*)$/.exec(line);
  if (decimal) {
    const components = decimal[1].split('.').map(Number);
    const startsLower = /^\p{Ll}/u.test(decimal[3]);
    // A wrapped line can begin with a figure ("2.5 metres high", "30 days"); numbering is "1." or
    // is followed by a capital.
    const plausible = decimal[2] === '.' || (/^\p{Lu}|^["“(]/u.test(decimal[3]) && !startsLower);
    if (plausible) {
      if (components[0] <= 200 && !/^\d/.test(decimal[3]) && !/^(?:%|per\b|x\b)/i.test(decimal[3])) {
        return build('decimal', decimal[1], decimal[1], decimal[3], components);
      }
    }
  }

  const paren = /^\(([0-9]{1,3}|[a-z]{1,5}|[A-Z]{1,5})\)\s*(.*)$/.exec(line) ?? /^([0-9]{1,3}|[a-z]{1,5}|[A-Z]{1,5})\)\s+(.*)$/.exec(line);
  if (paren) {
    const styled = classifyToken(paren[1]);
    if (styled) {
      const printed = line.slice(0, line.length - paren[2].length).trim();
      return build(styled, printed, `(${paren[1]})`, paren[2], [], paren[1]);
    }
  }

  // "a. Text", "A. Text", "ii. Text": letters with a full stop, never "e.g." or "i.e.".
  const dotted = /^([a-z]{1,4}|[A-Z]{1,4})\.\s+(.*)$/.exec(line);
  if (dotted && (dotted[1].length === 1 || ROMAN_LOWER.test(dotted[1]) || ROMAN_UPPER.test(dotted[1]))) {
    const styled = classifyToken(dotted[1]);
    if (styled && /^\S/.test(dotted[2])) return build(styled, dotted[1], `(${dotted[1]})`, dotted[2], [], dotted[1]);
  }

  const bullet = BULLET.exec(line);
  if (bullet) {
    // "o" is a bullet only as Word's second-level bullet character followed by text.
    if (bullet[1] !== 'o' || /^o\s+\S/.test(line)) return build('bullet', bullet[1], bullet[1], line.slice(bullet[0].length));
  }
  return null;
}

function classifyToken(token: string): NumberingStyle | null {
  if (/^\d+$/.test(token)) return 'paren-num';
  if (ROMAN_LOWER.test(token) && (token.length > 1 || token === 'i' || token === 'v' || token === 'x')) return 'roman';
  if (ROMAN_UPPER.test(token) && token.length > 1) return 'ROMAN';
  if (/^[a-z]$/.test(token)) return 'alpha';
  if (/^[A-Z]$/.test(token)) return 'ALPHA';
  return null;
}

/**
 * A single "i", "v" or "x" is a letter when the list before it was lettered up to the letter
 * before ("(h)" then "(i)"); otherwise it starts or continues a roman list.
 */
export function resolveRomanOrLetter(numbering: Numbering, previousAlphaToken: string | null): Numbering {
  if (numbering.style !== 'roman' || numbering.token.length !== 1 || !previousAlphaToken) return numbering;
  const expected = String.fromCharCode(numbering.token.charCodeAt(0) - 1);
  return previousAlphaToken === expected ? { ...numbering, style: 'alpha' } : numbering;
}
