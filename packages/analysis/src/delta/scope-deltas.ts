/**
 * scope_change: perils and subjects that appear or disappear. Polarity decides the direction: a
 * peril added to a cover grant widens cover; added to an exclusion it narrows cover. When the
 * extracted perils and subjects do not move, the word diff is read instead (scope-breadth.ts).
 */
import type { Delta } from '@policydiff/contracts';
import type { ClauseDna } from '../types.js';
import { type Polarity, directionOfWidening, opposite } from './clause-polarity.js';
import { phraseDifference } from './phrase-sets.js';
import { readBreadth } from './scope-breadth.js';
import { sentenceContaining } from './sentences.js';
import { because } from './rules/because.js';

/** What follows a section name used as a cross-reference: "… cover 12", "… causes 1–11". */
const CROSS_REFERENCE_AFTER = /^\s+(?:worldwide\s+)?(?:covers?|causes?|sections?|parts?)\s+\d/;

/** "the Contents, Personal possessions and Buildings sections", "the Identity theft section". */
const SECTION_NAMES = /\bthe\s+([A-Z][^.;:()]{0,80}?)\s+sections?\b/g;

/** The names a text gives to sections of the booklet, lower-cased ("contents worldwide", "identity theft"). */
function sectionNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(SECTION_NAMES)) {
    for (const name of m[1].split(/\s*,\s*|\s+(?:and|or|&)\s+/)) if (name.trim()) names.push(name.trim().toLowerCase());
  }
  return names;
}

/** Whether the character range [start, end) of `lower` lies inside an occurrence of one of `names`. */
function insideName(lower: string, start: number, end: number, names: string[]): boolean {
  return names.some((name) => {
    for (let at = lower.indexOf(name); at !== -1 && at <= start; at = lower.indexOf(name, at + 1)) {
      if (at + name.length >= end) return true;
    }
    return false;
  });
}

function inWhat(polarity: Polarity): string {
  if (polarity === 'grant') return 'cover';
  if (polarity === 'restriction') return 'the exclusion';
  return 'the clause';
}

export function scopeDeltas(
  texts: { a: string; b: string },
  dnaA: ClauseDna,
  dnaB: ClauseDna,
  polarity: Polarity,
  exceptions: string[] = [],
): Delta[] {
  const widening = directionOfWidening(polarity);
  const deltas: Delta[] = [];
  // A peril named inside an exception ("unless the damage is caused by fire") belongs to the
  // exception, reported as a carve-out change, not to the clause's own scope.
  const folded = exceptions.map((e) => e.toLowerCase());
  const inException = (item: string): boolean => folded.some((e) => e.includes(item.toLowerCase()));
  // "Buildings cover 12", "contents causes 1–11" name another part of the booklet, not the
  // property this clause is about; so do the section names of "These conditions apply to the
  // Contents, Personal possessions and Buildings sections", wherever else the text repeats them
  // ("For Identity theft additional conditions apply … within the Identity theft section").
  const namesIn = { a: sectionNames(texts.a), b: sectionNames(texts.b) };
  const onlyInReferences = (item: string, side: 'a' | 'b'): boolean => {
    const lower = texts[side].toLowerCase();
    const needle = item.toLowerCase();
    const names = namesIn[side];
    let found = false;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
      const reference = CROSS_REFERENCE_AFTER.test(lower.slice(at + needle.length, at + needle.length + 40)) || insideName(lower, at, at + needle.length, names);
      if (!reference) return false;
      found = true;
    }
    return found;
  };
  for (const [kind, a, b] of [
    ['peril', dnaA.perils, dnaB.perils],
    ['subject', dnaA.subjects, dnaB.subjects],
  ] as const) {
    const difference = phraseDifference(a, b);
    for (const item of difference.added) {
      if (inException(item) || onlyInReferences(item, 'b')) continue;
      deltas.push({
        type: 'scope_change',
        direction: widening,
        description: `${kind === 'peril' ? 'Peril' : 'Subject'} "${item}" is added to ${inWhat(polarity)}.`,
        from: null,
        to: item,
        evidence: { a_quote: null, b_quote: sentenceContaining(texts.b, item) },
        rule: 'scope.peril-or-subject',
        role: null,
        polarity,
        why: because(`${kind} "${item}" added to a ${polarity} clause`, widening),
      });
    }
    for (const item of difference.removed) {
      if (inException(item) || onlyInReferences(item, 'a')) continue;
      deltas.push({
        type: 'scope_change',
        direction: opposite(widening),
        description: `${kind === 'peril' ? 'Peril' : 'Subject'} "${item}" is no longer in ${inWhat(polarity)}.`,
        from: item,
        to: null,
        evidence: { a_quote: sentenceContaining(texts.a, item), b_quote: null },
        rule: 'scope.peril-or-subject',
        role: null,
        polarity,
        why: because(`${kind} "${item}" dropped from a ${polarity} clause`, opposite(widening)),
      });
    }
  }
  return deltas;
}

function editPhrase(from: string | null, to: string | null): string {
  if (from && to) return `"${from}" → "${to}"`;
  return from ? `drops "${from}"` : `adds "${to}"`;
}

/** scope_change from the word diff, for edits the extracted perils and subjects do not capture. */
export function breadthDelta(texts: { a: string; b: string }, polarity: Polarity): Delta | null {
  if (polarity !== 'grant' && polarity !== 'restriction') return null;
  const reading = readBreadth(texts.a, texts.b, { skipExceptions: true, readNumbers: false });
  if (reading.breadth === 'unknown') return null;
  const widening = directionOfWidening(polarity);
  const wider = reading.breadth === 'wider';
  const what = polarity === 'grant' ? 'The cover' : 'The exclusion';
  const direction = wider ? widening : opposite(widening);
  return {
    type: 'scope_change',
    direction,
    description: `${what} now reaches ${wider ? 'more' : 'fewer'} cases (${editPhrase(reading.fromText, reading.toText)}).`,
    from: reading.fromText,
    to: reading.toText,
    evidence: {
      a_quote: reading.fromText ? sentenceContaining(texts.a, reading.fromText.split(' … ')[0]) : null,
      b_quote: reading.toText ? sentenceContaining(texts.b, reading.toText.split(' … ')[0]) : null,
    },
    rule: 'scope.word-breadth',
    role: null,
    polarity,
    why: because(`the wording of a ${polarity} clause reaches ${wider ? 'more' : 'fewer'} cases (${editPhrase(reading.fromText, reading.toText)})`, direction),
  };
}
