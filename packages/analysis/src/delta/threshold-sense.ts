/**
 * Which way a number bounds what a clause applies to. "Delayed for more than 6 hours", "at least
 * 47 knots", "boilers more than 15 years old" are floors: raising the number lets fewer cases in.
 * "Within 30 days", "up to age 70", "excluded until the expiry of 9 months", "in the 12 months
 * before the journey" are ceilings or windows: raising the number lets more cases in. A negated
 * window ("no alternative transport is provided within 6 hours") is a floor on the delay.
 */
import type { Direction } from '@policydiff/contracts';
import type { Polarity } from './clause-polarity.js';

export type ThresholdSense = 'floor' | 'ceiling';

const FLOOR_BEFORE =
  /\b(?:more than|over|at least|exceeding|in excess of|longer than|older than|greater than|(?:over|above|from) the age of|minimum(?: of)?|not less than|no less than|after)\s+(?:a |an |the )?(?:period of |total of )?$/i;
const CEILING_BEFORE =
  /\b(?:within|up to the age of|up to|less than|under|below|no more than|not more than|fewer than|younger than|(?:under|below) the age of|before|prior to|maximum(?: of)?|until(?: the expiry of| the end of)?|in the|during the|for the (?:first|last)|the last|the past)\s+(?:a |an |the )?(?:period of |total of |first |last )?$/i;
const FLOOR_AFTER = /^\s*(?:\w+\s+){0,2}?(?:or (?:more|longer|over|older|above)|and (?:over|above|more))\b/i;
const CEILING_AFTER = /^\s*(?:\w+\s+){0,2}?(?:or (?:less|fewer|under|younger|below))\b/i;
/** A negation earlier in the sentence turns a window into a floor on the wait. */
const NEGATED_WINDOW = /\b(?:no|not|never|fails? to|unable to)\b[^.;:]*\bwithin\s+(?:a |the )?$/i;

/** The sense of the number written as `raw` in `text` (at `position` when given), or null when the wording gives none. */
export function thresholdSense(text: string, raw: string, position?: number): ThresholdSense | null {
  const at = position ?? text.toLowerCase().indexOf(raw.toLowerCase());
  if (at < 0) return null;
  const sentenceStart = Math.max(text.lastIndexOf('. ', at) + 1, text.lastIndexOf('; ', at) + 1, 0);
  const before = text.slice(sentenceStart, at);
  const after = text.slice(at + raw.length, at + raw.length + 40);
  if (NEGATED_WINDOW.test(before)) return 'floor';
  if (FLOOR_AFTER.test(after)) return 'floor';
  if (CEILING_AFTER.test(after)) return 'ceiling';
  const tail = before.slice(-40);
  if (FLOOR_BEFORE.test(tail)) return 'floor';
  if (CEILING_BEFORE.test(tail)) return 'ceiling';
  return null;
}

/** Whether moving a bound from `from` to `to` lets more cases in (+1), fewer (-1) or the same (0). */
export function setWidening(sense: ThresholdSense, from: number, to: number): number {
  if (from === to) return 0;
  const up = to > from;
  return (sense === 'ceiling') === up ? 1 : -1;
}

/**
 * Direction for the insured when what a clause applies to grows (+1) or shrinks (-1): more cases
 * in a cover or in the time allowed for a duty helps; more cases in an exclusion hurts.
 */
export function directionOfSetChange(widening: number, polarity: Polarity): Direction {
  if (widening === 0) return 'neutral';
  if (polarity === 'grant' || polarity === 'obligation') return widening > 0 ? 'broader' : 'narrower';
  if (polarity === 'restriction') return widening > 0 ? 'narrower' : 'broader';
  return 'ambiguous';
}
