/**
 * What a heading says about the clauses beneath it. Heading cues are weaker than strong text cues:
 * "We will not pay" under "What is covered" is still an exclusion.
 */
import type { ClauseType } from '@policydiff/contracts';

export interface Cue {
  type: ClauseType;
  pattern: RegExp;
  weight: number;
}

/** Checked in order; the first match on a heading wins, so specific phrases come before general ones. */
export const HEADING_CUES: readonly Cue[] = [
  { type: 'definition', pattern: /\b(definitions?|meaning of (certain |some )?words|words with (special|specific) meanings?|glossary|defined (words|terms))\b/i, weight: 3 },
  { type: 'exclusion', pattern: /\b(what is not (covered|insured)|what (we|you) (are|is|will|do) not (cover|covered|insure|pay)|not covered|exclusions?|excluded|what we will not pay|we (will|do) not (pay|cover))\b/i, weight: 1.6 },
  { type: 'waiting_period', pattern: /\bwaiting periods?\b/i, weight: 1.6 },
  { type: 'excess', pattern: /\b(excess(es)?|deductibles?|co-?payments?)\b/i, weight: 1.5 },
  { type: 'claims_procedure', pattern: /\b(claims?( procedure| conditions| process)?|how to (make a )?claim|making a claim|when you (need to )?claim|if you need to claim)\b/i, weight: 1.4 },
  { type: 'cancellation', pattern: /\b(cancel(l)?ation|cancel(l)?ing (your|this|the) (policy|cover|insurance)|cooling[- ]off|your right to cancel)\b/i, weight: 1.5 },
  { type: 'warranty', pattern: /\bwarrant(y|ies)\b/i, weight: 1.5 },
  { type: 'condition', pattern: /\b(conditions?|your (responsibilities|duties|obligations)|what you (must|need to) do|important conditions|security requirements?)\b/i, weight: 1.4 },
  { type: 'endorsement', pattern: /\bendorsements?\b/i, weight: 1.5 },
  { type: 'extension', pattern: /\b(extensions?|additional (cover|benefits?)|optional (extras?|covers?|benefits?)|add-?ons?|extra covers?|automatic(ally)? (included|cover))\b/i, weight: 1.3 },
  { type: 'limit', pattern: /\b(limits?( of (liability|indemnity|cover))?|sums? (insured|assured)|how much we (will )?pay|maximum benefits?|sub-?limits?)\b/i, weight: 1.3 },
  { type: 'schedule', pattern: /\b(schedule|summary of cover|table of benefits|schedule of benefits|policy summary|benefit table|certificate of insurance)\b/i, weight: 1.2 },
  {
    type: 'admin',
    pattern:
      /\b(about (this|your) (policy|insurance|cover)|complaints?|data protection|privacy|important information|how to contact|contact us|compensation scheme|governing law|law (and|applicable)|fraud|introduction|welcome|using your policy|your policy|making changes|changes to your (policy|cover)|renewal|contents page|index|who we are|customer service)\b/i,
    weight: 1.0,
  },
  {
    type: 'coverage_grant',
    pattern: /\b(what is (covered|insured)|what we (will )?(cover|insure|pay)|cover(ed|age)?|insured events?|benefits?|section\s+[0-9a-z]+|part\s+[0-9a-z]+)\b/i,
    weight: 1.0,
  },
];

export interface HeadingCue {
  type: ClauseType;
  weight: number;
  heading: string;
}

/**
 * The nearest heading that says anything decides; outer headings only count when inner ones are
 * silent, and at a discount, because "Exclusions" inside "Section 1 Buildings" outranks the section.
 */
export function headingCues(headingPath: readonly string[]): HeadingCue[] {
  const cues: HeadingCue[] = [];
  const seen = new Set<ClauseType>();
  let discount = 1;
  for (let i = headingPath.length - 1; i >= 0; i--) {
    const heading = headingPath[i];
    const cue = HEADING_CUES.find((c) => c.pattern.test(heading));
    if (cue && !seen.has(cue.type)) {
      cues.push({ type: cue.type, weight: cue.weight * discount, heading });
      seen.add(cue.type);
      discount *= 0.5;
    }
  }
  return cues;
}
