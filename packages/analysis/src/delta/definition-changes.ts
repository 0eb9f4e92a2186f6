/**
 * Term-level definition changes. Whether a changed definition helps the insured depends on where
 * the term is used: a wider "Flood" widens a flood cover but also widens a flood exclusion. The
 * direction is only given when every clause using the term pulls the same way.
 */
import type { DefinitionChange, Direction } from '@policydiff/contracts';
import { normaliseForComparison } from '../alignment/text-normalise.js';
import type { DefinedTerm } from '../types.js';
import { type Polarity, polarityOf } from './clause-polarity.js';
import type { DocumentIndex } from './clause-side.js';
import { phraseDifference } from './phrase-sets.js';

export type Width = 'wider' | 'narrower' | 'unknown';

export interface TermChange {
  change: DefinitionChange;
  key: string;
  termA: DefinedTerm | null;
  termB: DefinedTerm | null;
  width: Width;
}

const RESTRICTING = /\b(?:does not include|do not include|not including|excluding|other than|except|but not|only|provided that|unless)\b/gi;

/** Words that carry no item of a definition's list. */
const FUNCTION_WORDS = new Set(
  'the and for any all are but not its this that with from into onto your you our who which what when where such other than also only any including include includes included means mean meaning'.split(' '),
);

/** Content words of a text (three letters or more, not function words), lightly folded. */
function contentWords(text: string): Set<string> {
  const words = normaliseForComparison(text).match(/[a-z]{3,}/g) ?? [];
  return new Set(words.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w)));
}

/** A definition's list grows or shrinks by at least this many new words before it counts. */
const LIST_CHANGE_WORDS = 3;

/**
 * How the meaning moved: perils/subjects gained (wider) or lost (narrower), restricting words
 * ("excluding", "other than", "only") gained (narrower) or lost (wider), or, when those say
 * nothing, a list that gains several new words and loses next to none ("…, plant machinery, mini
 * diggers, fork lift trucks") grows, and the reverse shrinks. A swap of a word or two ("main
 * structure" → "main building") is a rewording of unknown width.
 */
export function definitionWidth(
  textA: string,
  textB: string,
  facts: { perilsA: string[]; perilsB: string[]; subjectsA: string[]; subjectsB: string[] },
): Width {
  const perils = phraseDifference(facts.perilsA, facts.perilsB);
  const subjects = phraseDifference(facts.subjectsA, facts.subjectsB);
  let score = perils.added.length + subjects.added.length - perils.removed.length - subjects.removed.length;
  const restrictA = (textA.match(RESTRICTING) ?? []).length;
  const restrictB = (textB.match(RESTRICTING) ?? []).length;
  score -= restrictB - restrictA;
  if (score > 0) return 'wider';
  if (score < 0) return 'narrower';
  const wordsA = contentWords(textA);
  const wordsB = contentWords(textB);
  const gained = [...wordsB].filter((w) => !wordsA.has(w)).length;
  const lost = [...wordsA].filter((w) => !wordsB.has(w)).length;
  if (gained >= LIST_CHANGE_WORDS && lost <= 1) return 'wider';
  if (lost >= LIST_CHANGE_WORDS && gained <= 1) return 'narrower';
  return 'unknown';
}

/** Direction for the insured of a definition moving `width` in a clause of polarity `polarity`. */
export function directionOfWidth(width: Width, polarity: Polarity): Direction {
  if (width === 'unknown' || polarity === 'other' || polarity === 'obligation') return 'ambiguous';
  const widerHelps = polarity === 'grant';
  return (width === 'wider') === widerHelps ? 'broader' : 'narrower';
}

function usagePolarity(term: DefinedTerm | null, index: DocumentIndex): Polarity | 'mixed' | 'none' {
  if (!term) return 'none';
  const polarities = new Set<Polarity>();
  for (const id of term.usedIn) {
    const type = index.classification.get(id)?.type;
    if (!type || type === 'definition' || type === 'heading') continue;
    polarities.add(polarityOf(type));
  }
  if (polarities.size === 0) return 'none';
  if (polarities.size > 1) return 'mixed';
  return [...polarities][0];
}

export function compareDefinitions(indexA: DocumentIndex, indexB: DocumentIndex): TermChange[] {
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
    if (!termA) {
      status = 'added';
      direction = termB!.usedIn.length > 0 ? 'ambiguous' : 'neutral';
    } else if (!termB) {
      status = 'removed';
      direction = termA.usedIn.length > 0 ? 'ambiguous' : 'neutral';
    } else if (normaliseForComparison(termA.definition) === normaliseForComparison(termB.definition)) {
      status = 'unchanged';
    } else {
      status = 'changed';
      const dnaA = indexA.dna.get(termA.clauseId);
      const dnaB = indexB.dna.get(termB.clauseId);
      width = definitionWidth(termA.definition, termB.definition, {
        perilsA: dnaA?.perils ?? [],
        perilsB: dnaB?.perils ?? [],
        subjectsA: dnaA?.subjects ?? [],
        subjectsB: dnaB?.subjects ?? [],
      });
      const usage = usagePolarity(termB, indexB);
      direction = usage === 'mixed' || usage === 'none' ? 'ambiguous' : directionOfWidth(width, usage);
    }
    return {
      key,
      termA,
      termB,
      width,
      change: {
        term,
        status,
        a_text: termA?.definition ?? null,
        b_text: termB?.definition ?? null,
        direction,
        impacted_change_ids: [],
      },
    };
  });
}
