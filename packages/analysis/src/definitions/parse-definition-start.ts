/**
 * Reads the opening of one clause and decides whether it starts a definition, in any of the styles
 * wordings use: quoted ("Flood" means), colon or dash (Flood: means / Flood – …), plain (Flood means)
 * inside a definitions list, bold term lists, and "In this policy X refers to …".
 */
import type { DefinedTerm } from '../types.js';
import { normaliseText } from './normalise-text.js';

export type DefinitionStyle = DefinedTerm['style'];

export interface DefinitionStart {
  /** The term as printed (may list variants: "We, Us, Our"). */
  term: string;
  /** The definition text on this clause; empty when the clause is the term alone. */
  definition: string;
  style: DefinitionStyle;
  /** "In this section 'you' means …": the definition names its own scope. */
  scopeHint: 'policy' | 'section' | null;
  /** Only bold type marks the term: no quotes, colon, dash or connector word follows it. */
  unmarked?: boolean;
}

export interface DefinitionContext {
  /** True when the clause sits under a Definitions / Meaning of words / Glossary heading. */
  inDefinitionsSection: boolean;
  bold?: boolean;
  boldSpans?: string[];
}

const CONNECTOR =
  "means|shall mean|shall have the meaning|has the meaning|is defined as|refers to|shall refer to|shall include|includes";

/** Leading numbering and bullets: "Def. 1.", "3.2", "(a)", "iv)", "•". */
const LEADER = /^(?:def(?:inition)?s?\.?\s*\d+\.?\s+|\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+|\(?[a-z]\)\s+|\(?[ivx]{1,4}\)\s+|[•▪●■◦*–-]\s*)/i;

/** Words that begin sentences which merely use "means": "This means you need to …". */
const NOT_A_TERM = /^(this|that|it|which|what|there|these|those|such|here|doing so|the way|in other words|which also|as)\b/i;

const QUOTED = new RegExp(`^(?:the (?:word|term|expression|phrase)s? )?"([^"]{1,80})"\\s*(?:\\([^)]{0,40}\\)\\s*)?(${CONNECTOR}|:|–)\\s*:?\\s*(.*)$`, 'i');
const SINGLE_QUOTED = new RegExp(`^(?:the (?:word|term|expression|phrase)s? )?'([^']{1,80})'\\s*(?:\\([^)]{0,40}\\)\\s*)?(${CONNECTOR}|:|–)\\s*:?\\s*(.*)$`, 'i');
const IN_THIS = new RegExp(
  `^(?:in|throughout|for the purposes? of|under|within) (?:this|the) (policy|section|insurance|document|certificate|cover|endorsement|extension|wording|part)\\b[^,"']{0,60}?,?\\s+(?:the (?:word|term|expression)s? )?["']?([^"',.;]{1,60}?)["']?\\s+(${CONNECTOR})\\b:?\\s*(.*)$`,
  'i',
);
const COLON = /^([\p{L}][\p{L}\p{N}'\-/&(), ]{0,70}?)\s*(?::|–|--?)\s+(?:(?:means|shall mean|refers to)\b:?\s*)?(.+)$/iu;
const COLON_MEANS = /^([\p{L}][\p{L}\p{N}'\-/&(), ]{0,70}?)\s*(?::|–|-)\s*(?:means|shall mean|refers to)\b:?\s*(.*)$/iu;
const PLAIN = new RegExp(`^([\\p{L}][^.;:"]{0,70}?)\\s+(${CONNECTOR})\\b:?,?\\s*(.*)$`, 'iu');
/** A quoted definition in the middle of a clause: "… 'lived in' means that …". */
const INLINE_QUOTED = new RegExp(`["']([\\p{L}][^"']{0,50})["']\\s+(means|shall mean|refers to)\\b:?\\s*([^]*?)(?:(?<=[a-z)])\\.\\s|$)`, 'iu');

/** The lower-case rest of a wrapped term right before its connector: " medical condition Refers to". */
const WRAPPED_TERM_TAIL = /^\s+(\p{Ll}[\p{L}\p{N}'\-]*(?: \p{Ll}[\p{L}\p{N}'\-]*){0,3})\s+((?:[Mm]eans|[Rr]efers to|REFERS TO|MEANS)\b)/u;

export function stripLeader(text: string): string {
  let out = text;
  for (let i = 0; i < 2; i++) {
    const next = out.replace(LEADER, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

export function isPlausibleTerm(term: string): boolean {
  const t = term.trim();
  if (t.length < 1 || t.length > 80) return false;
  if (!/^[\p{L}]/u.test(t)) return false;
  if (NOT_A_TERM.test(t)) return false;
  if (/[.;!?]/.test(t.replace(/\b[A-Z]\./g, ''))) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  if (/^(the|a|an|of|and|or|to|in|for)$/i.test(words[words.length - 1]) && words.length > 1) return false;
  return true;
}

export function cleanTerm(term: string): string {
  return term
    .replace(/^["']|["']$/g, '')
    .replace(/\s+(means|shall mean|refers to)\s*$/i, '')
    .replace(/\s*[:–-]+\s*$/, '')
    .trim();
}

function classifyConnector(connector: string): DefinitionStyle {
  const c = connector.toLowerCase();
  if (c === ':' || c === '–' || c.startsWith('-')) return 'colon_means';
  if (c === 'means') return 'other';
  return 'refers_to';
}

/** The definition text once the connector is gone ("means", ":", "–"). */
function stripConnector(rest: string): { text: string; connector: string | null } {
  const m = new RegExp(`^\\s*(:|–|-{1,2})?\\s*(${CONNECTOR})?\\b\\s*:?\\s*`, 'i').exec(rest);
  if (!m || m[0].length === 0) return { text: rest.trim(), connector: null };
  return { text: rest.slice(m[0].length).trim(), connector: m[1] ?? m[2] ?? null };
}

export function parseDefinitionStart(rawText: string, context: DefinitionContext): DefinitionStart | null {
  const text = stripLeader(normaliseText(rawText));
  if (text.length === 0) return null;

  for (const pattern of [QUOTED, SINGLE_QUOTED]) {
    const m = pattern.exec(text);
    if (m && isPlausibleTerm(m[1])) return { term: cleanTerm(m[1]), definition: m[3].trim(), style: 'quoted_means', scopeHint: null };
  }

  const inThis = IN_THIS.exec(text);
  if (inThis && isPlausibleTerm(inThis[2]) && inThis[2].split(/\s+/).length <= 6) {
    const scopeWord = inThis[1].toLowerCase();
    return {
      term: cleanTerm(inThis[2]),
      definition: inThis[4].trim(),
      style: 'refers_to',
      scopeHint: scopeWord === 'section' || scopeWord === 'part' || scopeWord === 'extension' || scopeWord === 'endorsement' ? 'section' : 'policy',
    };
  }

  // A bold run at the start fixes the exact extent of a multi-word term ("Accidental Damage").
  const firstBold = context.boldSpans?.[0] ? normaliseText(context.boldSpans[0]) : null;
  if (firstBold && firstBold.length > 0 && text.toLowerCase().startsWith(firstBold.toLowerCase())) {
    let term = cleanTerm(firstBold);
    let rest = text.slice(firstBold.length);
    // A term wrapping onto a second line that did not come out bold: "Acute onset of a
    // pre-existing" (bold) "medical condition Refers to …".
    const wrapped = WRAPPED_TERM_TAIL.exec(rest);
    if (wrapped && !/[:–]\s*$/.test(firstBold) && isPlausibleTerm(`${term} ${wrapped[1]}`)) {
      term = `${term} ${wrapped[1]}`;
      rest = rest.slice(wrapped[0].length - wrapped[2].length);
    }
    const { text: definition, connector } = stripConnector(rest);
    const explicit = connector !== null || /[:–]\s*$/.test(firstBold);
    if (isPlausibleTerm(term) && (context.inDefinitionsSection || (explicit && connector !== null))) {
      const style: DefinitionStyle = /^["']/.test(firstBold)
        ? 'quoted_means'
        : /[:–-]\s*$/.test(firstBold) || (connector !== null && /^[:–-]/.test(connector))
          ? 'colon_means'
          : 'bold_list';
      return { term, definition, style, scopeHint: null, unmarked: style === 'bold_list' && connector === null };
    }
  }

  const colonMeans = COLON_MEANS.exec(text);
  if (colonMeans && isPlausibleTerm(colonMeans[1])) {
    return { term: cleanTerm(colonMeans[1]), definition: colonMeans[2].trim(), style: 'colon_means', scopeHint: null };
  }

  if (!context.inDefinitionsSection) {
    const inline = INLINE_QUOTED.exec(text);
    if (inline && isPlausibleTerm(inline[1]) && inline[1].split(/\s+/).length <= 5) {
      return { term: cleanTerm(inline[1]), definition: inline[3].trim(), style: 'quoted_means', scopeHint: 'section' };
    }
    return null;
  }

  const plain = PLAIN.exec(text);
  // Sub-items of a definition ("the substance or agent includes …") are not terms of their own.
  if (plain && isPlausibleTerm(plain[1]) && !(/include/i.test(plain[2]) && /^\p{Ll}/u.test(plain[1]))) {
    return { term: cleanTerm(plain[1]), definition: plain[3].trim(), style: classifyConnector(plain[2]), scopeHint: null };
  }

  const colon = COLON.exec(text);
  if (colon && isPlausibleTerm(colon[1]) && colon[1].split(/\s+/).length <= 6) {
    return { term: cleanTerm(colon[1]), definition: colon[2].trim(), style: 'colon_means', scopeHint: null };
  }

  // A short bold line on its own is a term whose definition follows in the next clauses.
  if (context.bold && text.length <= 60 && !/[.;]$/.test(text) && isPlausibleTerm(text) && text.split(/\s+/).length <= 6) {
    return { term: cleanTerm(text), definition: '', style: 'bold_list', scopeHint: null };
  }
  return null;
}

/**
 * Whether text can be the wording of a term printed in bold with nothing else marking it. Such
 * wording opens like a sentence ("Sudden, unexpected damage …"), with a connector ("means …",
 * "or Surgical Procedure means …") or with "is"/"are". A lower-case run of words instead
 * ("can be seen.", "doesn't mean the following:") shows the bold run was not a term starting
 * its definition: the second line of a wrapped term, or a term used in a sentence. Nor does
 * bare punctuation ("money;" as an entry of a list).
 */
export function opensWording(definition: string): boolean {
  const text = definition.trim();
  if (/^[;,.]+$/.test(text)) return false;
  if (!/^\p{Ll}/u.test(text)) return true;
  if (/^\(?(?:[ivx]{1,4}|[a-z])[.)]\s/.test(text)) return true;
  return /^(?:(?:or|and) )?[^.;:]{0,40}?\b(?:means|shall mean|refers to)\b/i.test(text) || /^(?:is|are)\b/i.test(text);
}

/** "We, Us, Our" and "Serious injury, serious illness" name several terms that share one definition. */
export function splitTermVariants(term: string): string[] {
  const parts = term
    .split(/\s*[,/]\s*|\s+and\/or\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > 6) return [term];
  if (parts.some((p) => p.split(/\s+/).length > 4 || !isPlausibleTerm(p))) return [term];
  return parts;
}
