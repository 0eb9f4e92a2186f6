/**
 * Term-level definition changes. Whether a changed definition helps the insured depends on where
 * the term is used: a wider "Flood" widens a flood cover but also widens a flood exclusion. The
 * direction follows the way most of the clauses using the term pull.
 */
import type { DefinitionChange, Direction } from '@policydiff/contracts';
import { normaliseForComparison } from '../alignment/text-normalise.js';
import type { DefinedTerm } from '../types.js';
import type { Polarity } from './clause-polarity.js';
import type { DocumentIndex } from './clause-side.js';
import { EXCLUDED_PERILS, findPerils } from '../dna/vocabulary.js';
import { type GlyphLoss, cosmeticDifference } from './cosmetic-difference.js';
import { readBreadth } from './scope-breadth.js';
import { clauseTypeRow } from './tables/clause-types.js';
import { diffWords } from './word-diff.js';

export type Width = 'wider' | 'narrower' | 'unknown';

export interface TermChange {
  change: DefinitionChange;
  key: string;
  termA: DefinedTerm | null;
  termB: DefinedTerm | null;
  width: Width;
  /** How the clauses using the term cut (usagePolarity), for a changed term; null otherwise. */
  usage: Polarity | null;
}

/**
 * How the meaning moved, read from what the definition text gained or lost (scope-breadth.ts):
 * items added to an inclusive list or opening words ("any", "or any other") widen; qualifiers
 * ("sudden", "only", "excluding"), items removed, and stricter thresholds ("at least 55 knots")
 * narrow. A swap of a word or two ("main structure" → "main building") is of unknown width.
 */
export function definitionWidth(textA: string, textB: string): Width {
  const breadth = readBreadth(textA, textB, { skipExceptions: false, readNumbers: true }).breadth;
  return breadth === 'unknown' ? 'unknown' : breadth;
}

/** Direction for the insured of a definition moving `width` in a clause of polarity `polarity`. */
export function directionOfWidth(width: Width, polarity: Polarity): Direction {
  if (width === 'unknown' || polarity === 'other' || polarity === 'obligation') return 'ambiguous';
  const widerHelps = polarity === 'grant';
  return (width === 'wider') === widerHelps ? 'broader' : 'narrower';
}

/** Words that open an exception inside a clause: a term after one of them is carved back into cover. */
const EXCEPTION_BEFORE = /\b(?:unless|except|other than|excluding|provided(?: that)?|but we will|but this does not apply)\b[^.;]*$/i;

/** True when the clause names the term only inside an exception ("…, unless recommended by a medical practitioner"). */
function usedInException(text: string, term: DefinedTerm): boolean {
  const lower = text.toLowerCase();
  const at = lower.indexOf(term.term.toLowerCase());
  return at >= 0 && EXCEPTION_BEFORE.test(text.slice(0, at));
}

/**
 * Which way the clauses using a term cut. The usages vote: a term used mainly in exclusions
 * ("Unattended": more than twice as often as in covers) restricts, so widening it narrows cover;
 * any other term is read as describing what is covered. Waiting periods withhold cover as
 * exclusions do; a limit names what is covered up to it and an excess names claims that are paid
 * (less the excess), so they count with the covers, and so does an exclusion that names the term
 * only in its exception. A term used in another term's definition ("an injury which a Medical
 * practitioner certifies") votes the way that term's own usages cut. A term that names a peril
 * policies exclude ("Pre-existing disease", "Terrorism") restricts unless covers use it far more.
 */
export function usagePolarity(term: DefinedTerm | null, index: DocumentIndex, depth = 0): Polarity {
  if (!term) return 'grant';
  let grants = 0;
  let restrictions = 0;
  for (const id of term.usedIn) {
    const type = index.classification.get(id)?.type;
    if (!type) continue;
    const vote = clauseTypeRow(type).termVote;
    if (vote === 'restriction') {
      const clause = index.clauses.get(id);
      // An exclusion that names the term only in its exception carves it back into cover.
      if (type === 'exclusion' && clause && usedInException(clause.text, term)) grants += 1;
      else restrictions += 1;
    } else if (vote === 'grant') grants += 1;
    else if (type === 'definition' && depth === 0) {
      const defining = index.doc.definitions.terms.find((t) => t.clauseId === id && t.key !== term.key);
      if (defining && defining.usedIn.length > 0) {
        if (usagePolarity(defining, index, depth + 1) === 'restriction') restrictions += 1;
        else grants += 1;
      }
    }
  }
  if (findPerils(term.term).some((p) => EXCLUDED_PERILS.has(p))) return grants > 2 * restrictions ? 'grant' : 'restriction';
  return restrictions > 2 * grants ? 'restriction' : 'grant';
}

const NO_LOSS: GlyphLoss = { a: new Set(), b: new Set() };

/** Definition texts fold curly quotes to straight ones: a lost curly quote is a lost straight one there. */
function withStraightQuotes(glyphs: Set<string>): Set<string> {
  const out = new Set(glyphs);
  if (glyphs.has('\u2019') || glyphs.has('\u2018')) out.add("'");
  if (glyphs.has('\u201C') || glyphs.has('\u201D')) out.add('"');
  return out;
}

/**
 * Term-by-term comparison. A definition whose wording differs only in typography or in runs one
 * PDF failed to extract (`loss`) prints the same on both sides: it is unchanged, and clauses
 * that use it are not affected by it.
 */
export function compareDefinitions(
  indexA: DocumentIndex,
  indexB: DocumentIndex,
  glyphLoss: GlyphLoss = NO_LOSS,
  /** Where the other document prints a term and its wording although its definitions stage did not read it as one. */
  printedIn: (term: DefinedTerm, other: 'a' | 'b') => string | null = () => null,
): TermChange[] {
  const loss: GlyphLoss = { a: withStraightQuotes(glyphLoss.a), b: withStraightQuotes(glyphLoss.b) };
  const termsA = new Map(indexA.doc.definitions.terms.map((t) => [t.key, t]));
  const termsB = new Map(indexB.doc.definitions.terms.map((t) => [t.key, t]));
  const keys = [...new Set([...termsA.keys(), ...termsB.keys()])];
  return keys.map((key) => {
    const termA = termsA.get(key) ?? null;
    const termB = termsB.get(key) ?? null;
    const term = (termB ?? termA)!.term;
    let status: DefinitionChange['status'];
    let width: Width = 'unknown';
    let direction: Direction = 'neutral';
    let usage: Polarity | null = null;
    // A definition the other document prints too (a bold table label its definitions stage
    // missed) is not added or removed.
    const printed = !termA ? printedIn(termB!, 'a') : !termB ? printedIn(termA, 'b') : null;
    if (printed !== null) {
      status = 'unchanged';
    } else if (!termA) {
      status = 'added';
      direction = termB!.usedIn.length > 0 ? 'ambiguous' : 'neutral';
    } else if (!termB) {
      status = 'removed';
      direction = termA.usedIn.length > 0 ? 'ambiguous' : 'neutral';
    } else if (
      normaliseForComparison(termA.definition) === normaliseForComparison(termB.definition) ||
      cosmeticDifference(termA.definition, termB.definition, diffWords(termA.definition, termB.definition), loss) !== null
    ) {
      status = 'unchanged';
    } else {
      status = 'changed';
      width = definitionWidth(termA.definition, termB.definition);
      usage = usagePolarity(termB, indexB);
      direction = directionOfWidth(width, usage);
    }
    return {
      key,
      termA,
      termB,
      width,
      usage,
      change: {
        term,
        status,
        a_text: termA?.definition ?? (printed !== null ? printed : null),
        b_text: termB?.definition ?? (printed !== null ? printed : null),
        direction,
        impacted_change_ids: [],
      },
    };
  });
}
