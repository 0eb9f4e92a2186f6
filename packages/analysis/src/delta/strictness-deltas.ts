/**
 * strictness_change: the same duty with a tighter or looser standard. Read from the wording
 * itself: deadlines ("immediately" is stricter than "as soon as possible"), the insured's modal
 * ("should" → "must"), reasonableness qualifiers, and the insurer's discretion.
 */
import type { Delta, Direction } from '@policydiff/contracts';
import type { ClauseDna } from '../types.js';
import type { Polarity } from './clause-polarity.js';
import { phraseDifference } from './phrase-sets.js';
import { sentenceContaining } from './sentences.js';
import { because } from './rules/because.js';

/** Deadline phrases from loosest (1) to strictest (4). */
const DEADLINES: Array<{ pattern: RegExp; rank: number }> = [
  { pattern: /\bimmediately\b|\bat once\b|\bforthwith\b/i, rank: 4 },
  { pattern: /\bwithout (?:undue )?delay\b|\bpromptly\b/i, rank: 3 },
  { pattern: /\bas soon as possible\b/i, rank: 2 },
  { pattern: /\bas soon as (?:is )?reasonably (?:possible|practicable|practical)\b|\bas soon as practicable\b|\bwithin a reasonable time\b/i, rank: 1 },
];

const DEADLINE_ANY = new RegExp(DEADLINES.map((d) => d.pattern.source).join('|'), 'gi');

const INSURED_MANDATORY = /\b(?:you|the insured|insured persons?|the policyholder)\s+(?:must|shall|are required to|is required to|will need to|have to|has to)\b/gi;
const INSURED_PERMISSIVE = /\b(?:you|the insured|insured persons?|the policyholder)\s+(?:should|may|can|are asked to|is asked to)\b/gi;
const REASONABLE = /\breasonabl[ey]\b/gi;
const DISCRETION =
  /\b(?:at our (?:sole |absolute |reasonable )?(?:discretion|option)|in our (?:sole |absolute )?opinion|to our satisfaction|as we (?:see fit|deem|think fit|consider appropriate)|we may (?:choose|decide|decline|refuse|reduce|pay|cancel|require))\b/gi;

interface Strictness {
  deadline: { rank: number; phrase: string | null };
  mandatory: string[];
  permissive: string[];
  reasonable: string[];
  discretion: string[];
}

function matches(text: string, pattern: RegExp): string[] {
  return (text.match(pattern) ?? []).map((m) => m.toLowerCase().replace(/\s+/g, ' '));
}

function readStrictness(text: string, dna: ClauseDna): Strictness {
  let rank = 0;
  let phrase: string | null = null;
  for (const d of DEADLINES) {
    const m = text.match(d.pattern);
    if (m && d.rank > rank) {
      rank = d.rank;
      phrase = m[0];
    }
  }
  const withoutDeadlines = text.replace(DEADLINE_ANY, ' ');
  return {
    deadline: { rank, phrase },
    mandatory: matches(text, INSURED_MANDATORY),
    permissive: matches(text, INSURED_PERMISSIVE),
    reasonable: matches(withoutDeadlines, REASONABLE),
    discretion: [...matches(text, DISCRETION), ...dna.discretion],
  };
}

function delta(
  rule: string,
  direction: Direction,
  description: string,
  from: string | null,
  to: string | null,
  texts: { a: string; b: string },
  polarity: Polarity,
): Delta {
  return {
    type: 'strictness_change',
    direction,
    description,
    from,
    to,
    evidence: {
      a_quote: from === null ? null : sentenceContaining(texts.a, from),
      b_quote: to === null ? null : sentenceContaining(texts.b, to),
    },
    rule,
    role: null,
    polarity,
    why: because(`${description.replace(/\.$/, '')} (${polarity} clause)`, direction),
  };
}

export function strictnessDeltas(
  texts: { a: string; b: string },
  dnaA: ClauseDna,
  dnaB: ClauseDna,
  polarity: Polarity = 'obligation',
): Delta[] {
  const a = readStrictness(texts.a, dnaA);
  const b = readStrictness(texts.b, dnaB);
  const deltas: Delta[] = [];
  if (a.deadline.rank !== b.deadline.rank) {
    const stricter = b.deadline.rank > a.deadline.rank;
    const from = a.deadline.phrase;
    const to = b.deadline.phrase;
    const description =
      from && to
        ? `The deadline tightens from "${from}" to "${to}".`.replace('tightens', stricter ? 'tightens' : 'relaxes')
        : to
          ? `A deadline is added: "${to}".`
          : `The deadline "${from}" is removed.`;
    deltas.push(delta('strictness.deadline', stricter ? 'narrower' : 'broader', description, from, to, texts, polarity));
  }
  const mandatoryUp = b.mandatory.length > a.mandatory.length && b.permissive.length < a.permissive.length;
  const mandatoryDown = b.mandatory.length < a.mandatory.length && b.permissive.length > a.permissive.length;
  if (mandatoryUp || mandatoryDown) {
    const from = mandatoryUp ? a.permissive[0] : a.mandatory[0];
    const to = mandatoryUp ? b.mandatory[0] : b.permissive[0];
    deltas.push(
      delta(
        'strictness.modal',
        mandatoryUp ? 'narrower' : 'broader',
        mandatoryUp ? `A recommendation becomes a requirement ("${from}" → "${to}").` : `A requirement is softened ("${from}" → "${to}").`,
        from,
        to,
        texts,
        polarity,
      ),
    );
  }
  // "Reasonable" loosens a duty ("take reasonable steps") but confines a payment ("the
  // reasonable cost"); in an exclusion it can cut either way, so it is not read there.
  if (a.reasonable.length !== b.reasonable.length && polarity !== 'restriction') {
    const added = b.reasonable.length > a.reasonable.length;
    const looser = polarity === 'grant' ? !added : added;
    deltas.push(
      delta(
        'strictness.reasonableness',
        looser ? 'broader' : 'narrower',
        added ? 'A reasonableness qualifier is added.' : 'A reasonableness qualifier is removed.',
        added ? null : a.reasonable[0],
        added ? b.reasonable[0] : null,
        texts,
        polarity,
      ),
    );
  }
  const discretion = phraseDifference(a.discretion, b.discretion, 0.8);
  for (const phrase of discretion.added) {
    deltas.push(delta('strictness.insurer-discretion', 'narrower', `The insurer gains discretion: "${phrase}".`, null, phrase, texts, polarity));
  }
  for (const phrase of discretion.removed) {
    deltas.push(delta('strictness.insurer-discretion', 'broader', `The insurer's discretion "${phrase}" is removed.`, phrase, null, texts, polarity));
  }
  return deltas;
}
