/**
 * The same added (or removed) wording printed several times in one document. A booklet repeats a
 * sentence under every cover it applies to ("Loss or damage to valuables or money." under several
 * causes); each copy is a clause of its own and becomes a change of its own. The first copy, in
 * the comparison's reading order, is reported as it is, naming where the other copies are; each
 * later copy stays listed (it is there, under its own cover) but at low materiality, saying that
 * the same wording is already reported. Only identical wording (case, punctuation and list
 * markers folded away) counts as a repeat, and only of at least MIN_DISPLACED_WORDS words: short
 * phrases recur by chance.
 */
import type { Change, ClauseRef } from '@policydiff/contracts';
import { contentTokens } from './cosmetic-difference.js';
import { MIN_DISPLACED_WORDS } from './displaced-text.js';
import { withNote } from './materiality.js';

/** Highest materiality a later copy of repeated wording is reported at (low). */
export const REPEAT_MAX_SCORE = 0.3;

function where(ref: ClauseRef): string {
  return ref.page_end > ref.page_start ? `pp. ${ref.page_start}–${ref.page_end}` : `p. ${ref.page_start}`;
}

/** A single added or removed clause, by its folded wording; null for anything else. */
function wordingKey(change: Change): string | null {
  if (change.status !== 'added' && change.status !== 'removed') return null;
  if (change.deltas.length !== 1) return null; // a passage: its own text, with its own members
  const ref = change.status === 'added' ? change.b : change.a;
  if (!ref) return null;
  const words = contentTokens(ref.text);
  return words.length >= MIN_DISPLACED_WORDS ? `${change.status}:${words.join(' ')}` : null;
}

/** The changes with repeats of the same added or removed wording noted, later copies low. */
export function noteRepeatedWording(changes: Change[]): Change[] {
  const copies = new Map<string, number[]>();
  changes.forEach((change, k) => {
    const key = wordingKey(change);
    if (key === null) return;
    const list = copies.get(key);
    if (list) list.push(k);
    else copies.set(key, [k]);
  });
  const out = [...changes];
  for (const indexes of copies.values()) {
    if (indexes.length < 2) continue;
    const first = changes[indexes[0]];
    const verb = first.status === 'added' ? 'added' : 'removed';
    const refOf = (c: Change): ClauseRef => (c.status === 'added' ? c.b : c.a)!;
    const others = indexes.slice(1).map((k) => `${where(refOf(changes[k]))} (${changes[k].id})`);
    out[indexes[0]] = withNote(first, ` The same wording is also ${verb} at ${others.join(', ')}.`, null);
    for (const k of indexes.slice(1)) {
      out[k] = withNote(
        changes[k],
        ` The same wording is ${verb} at ${where(refOf(first))} too and reported there (${first.id}); this copy is listed at low materiality.`,
        REPEAT_MAX_SCORE,
      );
    }
  }
  return out;
}
