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
import { commonSubsequence, editedStretches, figuresOf } from './near-wording.js';

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
        { rule: 'post-pass.repeated-wording', maxScore: REPEAT_MAX_SCORE },
      );
    }
  }
  return out;
}

/** An edit of a modified change: a stretch of words only one side has. */
interface Edit {
  side: 'a' | 'b';
  tokens: string[];
  /** Its figures, joined: an edit with other figures is an edit of its own. */
  figures: string;
}

function edit(side: 'a' | 'b', tokens: string[]): Edit {
  return { side, tokens, figures: figuresOf(tokens).join(' ') };
}

/** The edits of a change: its whole text when added or removed, its edited stretches when modified. */
function editsOf(change: Change): { edits: Edit[]; loose: number } {
  if (change.status === 'added' || change.status === 'removed') {
    const ref = change.status === 'added' ? change.b : change.a;
    return { edits: ref ? [edit(change.status === 'added' ? 'b' : 'a', contentTokens(ref.text))] : [], loose: 0 };
  }
  if (change.status !== 'modified') return { edits: [], loose: 0 };
  const stretches = editedStretches(change.diff);
  const inStretch = new Set(stretches.flatMap((s) => s.ops));
  // Edited words outside any stretch: a change of its own beside the repeated edit.
  const loose = change.diff.reduce((n, op, k) => (op.op !== 'equal' && !inStretch.has(k) ? n + contentTokens(op.text).length : n), 0);
  return { edits: stretches.map((s) => edit(s.side, s.tokens)), loose };
}

/** Stretches shorter than this must repeat word for word: one word may be all an edit is. */
const MIN_NEAR_REPEAT_WORDS = 10;

/** Nearly the same edit: the same side and figures, at most two words of either missing from the other, in order. */
function nearlySame(x: Edit, y: Edit): boolean {
  if (x.side !== y.side || x.tokens.length < MIN_DISPLACED_WORDS || y.tokens.length < MIN_DISPLACED_WORDS) return false;
  if (Math.abs(x.tokens.length - y.tokens.length) > 2 || x.figures !== y.figures) return false;
  if (x.tokens.length < MIN_NEAR_REPEAT_WORDS || y.tokens.length < MIN_NEAR_REPEAT_WORDS) return x.tokens.join(' ') === y.tokens.join(' ');
  const common = commonSubsequence(x.tokens, y.tokens);
  return x.tokens.length - common <= 2 && y.tokens.length - common <= 2;
}

/** Words edited beside a repeated edit that still leave the change a repeat. */
const MAX_LOOSE_WORDS = 4;

/**
 * A change that makes again an edit an earlier material change makes: every stretch it adds or
 * removes is the wording (at most two words apart, the same figures) an earlier change adds or
 * removes on the same side, one of the two being a modified clause (a rule
 * reworded where each section prints it, "We will only pay under Contents or Buildings if both
 * sections are insured" → "If you have chosen both … we will only pay under one section"). The
 * first is reported as it is; later ones low, pointing to it. Changes already noted as repeated
 * wording are left as they are.
 */
export function noteRepeatedEdits(changes: Change[]): Change[] {
  const out = [...changes];
  const earlier: Array<{ change: Change; edits: Edit[] }> = [];
  for (const [k, change] of changes.entries()) {
    if (change.materiality === 'low' || change.deltas.some((d) => d.description.includes('The same wording is'))) continue;
    const { edits, loose } = editsOf(change);
    if (edits.length === 0) continue;
    const source =
      loose <= MAX_LOOSE_WORDS
        ? earlier.find(
            (e) =>
              // Two added (or removed) clauses are repeats only word for word (noteRepeatedWording).
              (e.change.status === 'modified' || change.status === 'modified') &&
              edits.every((mine) => e.edits.some((theirs) => nearlySame(theirs, mine))),
          )
        : undefined;
    if (source) {
      const ref = source.change.a ?? source.change.b!;
      out[k] = withNote(change, ` The same edit is made at ${where(ref)} and reported there (${source.change.id}); this copy is listed at low materiality.`, { rule: 'post-pass.repeated-edit', maxScore: REPEAT_MAX_SCORE });
      continue;
    }
    earlier.push({ change, edits });
  }
  return out;
}
