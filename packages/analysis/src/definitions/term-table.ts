/**
 * Definitions printed as a two-column table: the term in the left column, its wording in the right
 * ("TERM | DEFINITION", "Word | Meaning"). Nothing but position marks the term: no quotes, colon,
 * connector, and in many PDFs no bold either. Layout joins a row's first line into one clause
 * ("Accident A sudden and unexpected event …"), puts the further lines of the wording, and its
 * numbered sub-items, in clauses that start in the right column, and sometimes glues the next row
 * onto the end of a clause ("… in the schedule. Insured person The person …").
 *
 * A definitions section is read as such a table when it carries a column header row or when its
 * clauses show the shape: several left-aligned clauses that open with a short noun phrase followed
 * by the capitalised start of a wording, and continuation clauses set in the right column.
 */
import type { LayoutClause } from '../types.js';
import type { DefinitionStart } from './parse-definition-start.js';
import { isPlausibleTerm, splitTermVariants } from './parse-definition-start.js';
import { normaliseText } from './normalise-text.js';

/** "TERM DEFINITION", "Term | Meaning", "Defined word – What it means". */
const COLUMN_HEADER =
  /^(?:the\s+)?(?:terms?|words?|defined (?:terms?|words?)|expressions?|words? (?:or|and) phrases?)\s*[|:–-]?\s*(?:definitions?|meanings?|what (?:it|they) means?)$/i;

/** Words that open a definition's wording (never the last word of a term). */
const STRONG_OPENER = /^(?:a|an|the|any|all|each|every|means|mean|refers|includes|include|your|our|one|either|where|when|in|for|if|as)$/i;

/** Words that open a sentence, so a clause starting with them is prose, not a term cell. */
const SENTENCE_OPENER =
  /^(?:a|an|the|any|all|each|every|if|for|in|on|at|to|we|you|your|our|it|its|this|that|these|those|there|where|when|under|subject|please|note|no|not|some|such|unless|except|after|before|during|with|without|by|from|they|he|she|however|also|only|but|and|or|so|then|see|refer|what|which|who|how|why)$/i;

/** A numbered or lettered sub-item opening the wording: "1.", "(a)", "ii)". */
const LIST_MARK = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$/i;

/** Right-column clauses start at least this far right of the term column (points). */
const RIGHT_COLUMN_OFFSET = 80;

/** Shortest wording a term cell is read with (words): "Area B" is not a term and its definition. */
const MIN_WORDING_WORDS = 3;

export interface TermCell {
  term: string;
  definition: string;
}

function capitalised(word: string): boolean {
  return /^["'(]?\p{Lu}/u.test(word);
}

/**
 * Splits "Family member The insured person's …" into its term and wording. The term is a short
 * phrase opening with a capital; its wording begins at a list mark, at a word that opens wordings
 * ("A", "The", "Any", "Means" …), or, after a term written in sentence case, at the next capital
 * ("Region of travel Area A …", "We, us, our, the company MSIG Insurance …"). With `strict`, only
 * a list mark or an opening word ends the term (used to find a row glued after a sentence).
 */
export function splitTermCell(rawText: string, strict = false): TermCell | null {
  const text = normaliseText(rawText);
  const words = text.split(' ');
  if (words.length < 2) return null;
  const first = words[0].replace(/[,:]$/, '');
  // "We, us, our" lists the pronouns a policy defines; "We will pay" is a sentence.
  const pronounList = /^(?:we|you|your|our),$/i.test(words[0]);
  if (!capitalised(first) || (SENTENCE_OPENER.test(first) && !pronounList)) return null;
  let sentenceCase = true;
  for (let k = 1; k < Math.min(words.length, 9); k++) {
    const word = words[k];
    const bare = word.replace(/[,:]$/, '');
    const opens = LIST_MARK.test(word) || (capitalised(word) && STRONG_OPENER.test(bare));
    const anyCapital = !strict && capitalised(word) && sentenceCase;
    if (opens || anyCapital) {
      const term = words.slice(0, k).join(' ').replace(/[\s:,–-]+$/, '');
      const definition = words.slice(k).join(' ');
      if (definition.split(' ').length < MIN_WORDING_WORDS) return null;
      if (isPlausibleTerm(term) && !/[.;!?]$/.test(term)) return { term, definition };
      // "Loss of Limb(s) The …": a term cannot end on "of", so the capital belongs to the term.
      if (opens) return null;
    }
    if (capitalised(word) && !/^\p{Lu}{2,}/u.test(bare)) sentenceCase = false;
    if (/[.;!?]$/.test(word.replace(/["')]+$/, '')) && !/^(?:\p{Lu}\.)+$/u.test(word)) return null;
  }
  return null;
}

export function tableDefinitionStart(text: string, strict = false): DefinitionStart | null {
  const cell = splitTermCell(text, strict);
  if (!cell) return null;
  return { term: cell.term, definition: cell.definition, style: 'table', scopeHint: null };
}

/** Offsets in `text` where a further row, glued after a sentence, starts ("… schedule. Insured person The …"). */
export function gluedRowStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(/[.;]["')]?\s+(?=\p{Lu})/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    const cell = splitTermCell(text.slice(at), true);
    // Variants ("Insured person, insured persons") or a short phrase only: a sentence such as
    // "The schedule forms part …" opens with a sentence word and is refused by splitTermCell.
    if (cell && cell.term.split(' ').length <= 6 && splitTermVariants(cell.term).every((v) => v.split(' ').length <= 4)) starts.push(at);
  }
  return starts;
}

export function isColumnHeader(text: string): boolean {
  return COLUMN_HEADER.test(normaliseText(text));
}

/**
 * A term cell printed beside the middle of its wording, which layout reads as one clause: "A person
 * who has made travel bookings to accompany the insured person for the Travel companion trip."
 * The term is a capitalised run after a lower-case word, mid-sentence. Where it ends is read from
 * the rest of the policy: the longest such run (up to four words) that other clauses use at least
 * twice. `uses` counts the clauses other than this one that contain a phrase.
 */
export function embeddedTermCell(rawText: string, uses: (phrase: string) => number): TermCell | null {
  const text = normaliseText(rawText);
  const found: { term: string; at: number; end: number }[] = [];
  for (const m of text.matchAll(/(?<=\p{Ll},? )(\p{Lu}[\p{Ll}'\-]+)((?: \p{Ll}[\p{Ll}'\-]*){0,3})/gu)) {
    const words = [m[1], ...m[2].trim().split(' ').filter((w) => w.length > 0)];
    for (let n = words.length; n >= 1; n--) {
      const term = words.slice(0, n).join(' ');
      if (!isPlausibleTerm(term) || uses(term) < 2) continue;
      const at = m.index ?? 0;
      found.push({ term, at, end: at + term.length });
      break;
    }
  }
  // Only one capitalised run may qualify: several are ordinary proper names, not a term cell.
  if (found.length !== 1) return null;
  const { term, at, end } = found[0];
  const definition = `${text.slice(0, at)}${text.slice(end)}`.replace(/\s+/g, ' ').replace(/\s+([.,;:])/g, '$1').trim();
  return definition.split(' ').length >= MIN_WORDING_WORDS ? { term, definition } : null;
}

export interface TermTable {
  /** True when the text opens like a wording ("A person who …"), not with a term. */
  opensWithWording(text: string): boolean;
  /** True when the clause starts in the wording column: it continues a definition, never starts one. */
  inRightColumn(clause: LayoutClause): boolean;
  /** True when the clause starts in the term column. */
  inTermColumn(clause: LayoutClause): boolean;
}

/** A clause that opens a row by itself: a term cell, or a bold run at its start (a bold term). */
function opensRow(clause: LayoutClause): boolean {
  const text = normaliseText(clause.text);
  const bold = clause.boldSpans?.[0] ? normaliseText(clause.boldSpans[0]) : null;
  return splitTermCell(text, true) !== null || (bold !== null && bold.length > 1 && text.startsWith(bold) && text.length > bold.length + 1);
}

function leftOf(clause: LayoutClause): number | null {
  const box = clause.bboxes[0];
  return box ? box.x0 : null;
}

/**
 * The definitions sections (by key) laid out as term tables. `sectionKeyOf` gives the key of the
 * definitions section a clause belongs to, or null outside one.
 */
export function findTermTables(clauses: readonly LayoutClause[], sectionKeyOf: (clause: LayoutClause) => string | null): Map<string, TermTable> {
  const sections = new Map<string, LayoutClause[]>();
  const headers = new Set<string>();
  for (const clause of clauses) {
    const key = sectionKeyOf(clause);
    if (key === null) continue;
    if (COLUMN_HEADER.test(normaliseText(clause.text)) || clause.headingPath.some((h) => COLUMN_HEADER.test(normaliseText(h)))) headers.add(key);
    if (clause.kind === 'heading') continue;
    const list = sections.get(key);
    if (list) list.push(clause);
    else sections.set(key, [clause]);
  }
  const tables = new Map<string, TermTable>();
  for (const [key, list] of sections) {
    // The term column's edge on each page: the leftmost start of the section's clauses there.
    const edge = new Map<number, number>();
    for (const clause of list) {
      const x = leftOf(clause);
      if (x === null) continue;
      const page = clause.bboxes[0].page;
      edge.set(page, Math.min(edge.get(page) ?? Infinity, x));
    }
    const offset = (clause: LayoutClause): number => {
      const x = leftOf(clause);
      return x === null ? 0 : x - (edge.get(clause.bboxes[0].page) ?? x);
    };
    // A page set in two columns puts whole rows (term and wording) in its right column: there the
    // right-hand clauses open terms themselves, and are not a wording column.
    const rowsOnRight = new Map<number, { rows: number; all: number }>();
    for (const clause of list) {
      if (offset(clause) < RIGHT_COLUMN_OFFSET) continue;
      const page = clause.bboxes[0].page;
      const count = rowsOnRight.get(page) ?? { rows: 0, all: 0 };
      count.all += 1;
      if (opensRow(clause)) count.rows += 1;
      rowsOnRight.set(page, count);
    }
    const pageColumns = new Set([...rowsOnRight].filter(([, n]) => n.rows >= 0.5 * n.all).map(([page]) => page));
    const inWordingColumn = (clause: LayoutClause): boolean => offset(clause) >= RIGHT_COLUMN_OFFSET && !pageColumns.has(clause.bboxes[0].page);
    const left = list.filter((c) => !inWordingColumn(c));
    const right = list.length - left.length;
    const cells = left.filter((c) => c.kind !== 'table_row' && splitTermCell(c.text, true) !== null).length;
    const isTable = (headers.has(key) && cells >= 1) || (cells >= 3 && (right >= 1 || cells >= 0.6 * left.length));
    if (!isTable) continue;
    tables.set(key, {
      opensWithWording: (text) => SENTENCE_OPENER.test(normaliseText(text).split(' ')[0] ?? '') && /^\p{Lu}/u.test(normaliseText(text)),
      inRightColumn: inWordingColumn,
      inTermColumn: (clause) => !inWordingColumn(clause),
    });
  }
  return tables;
}
