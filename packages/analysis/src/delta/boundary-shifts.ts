/**
 * Text that crosses a clause boundary. Two documents often cut the same wording into clauses at
 * slightly different places: "2 the use of the home for any business" ends one list clause in A
 * and starts the next one in B; a line the layout stage attached to the following definition
 * ("long-term health." before "Serious medical condition means…") belongs to the previous one.
 * Read pair by pair, the same words look deleted from one pair and added to the next, two
 * opposite changes where the document changed nothing.
 *
 * For two aligned pairs that follow each other in both documents, when the first pair's diff ends
 * with words only one side has and the second pair's diff starts with the same words on the
 * other side, those words moved across the boundary. They are set aside (trimmed) before the
 * pairs are interpreted; the word diff shown to the reader still holds them.
 */
import type { DiffOp } from '@policydiff/contracts';
import { contentTokens } from './cosmetic-difference.js';
import { diffWords } from './word-diff.js';

/** Fewer moved words than this are too likely to match by chance ("the", "or any"). */
export const MIN_SHIFTED_WORDS = 2;

/** Characters set aside at each end of each side's text. */
export interface BoundaryTrim {
  aHead: number;
  aTail: number;
  bHead: number;
  bTail: number;
}

export interface PairTexts {
  a: string;
  b: string;
}

interface Edge {
  /** The edge's text on side A and on side B (both empty when the diff has no edit there). */
  a: string;
  b: string;
}

const isWordless = (op: DiffOp): boolean => contentTokens(op.text).length === 0;

/** The edit run after the last equal word of a diff (or before the first one). */
function edgeOf(diff: DiffOp[], end: 'head' | 'tail'): Edge | null {
  const ops = end === 'tail' ? [...diff].reverse() : diff;
  const edge: Edge = { a: '', b: '' };
  let sawEqual = false;
  for (const op of ops) {
    if (op.op === 'equal' && !isWordless(op)) {
      sawEqual = true;
      break;
    }
    const add = (side: 'a' | 'b'): void => {
      edge[side] = end === 'tail' ? op.text + edge[side] : edge[side] + op.text;
    };
    if (op.op !== 'insert') add('a');
    if (op.op !== 'delete') add('b');
  }
  // A pair whose whole text is the edge is not a pair the boundary can be read from.
  return sawEqual ? edge : null;
}

function startsWith(words: string[], prefix: string[]): boolean {
  return prefix.length <= words.length && prefix.every((w, k) => words[k] === w);
}

function endsWith(words: string[], suffix: string[]): boolean {
  const offset = words.length - suffix.length;
  return offset >= 0 && suffix.every((w, k) => words[offset + k] === w);
}

export function emptyTrim(): BoundaryTrim {
  return { aHead: 0, aTail: 0, bHead: 0, bTail: 0 };
}

/**
 * The trims for `second` and `first`, two consecutive pairs, when words moved across the boundary
 * between them. `from` is the side whose first pair ends with the words, `to` the side whose second
 * pair starts with them. Only an edge made entirely of the moved words is trimmed: when one side
 * also deleted or added words there, that side keeps its edge and the edit stays visible.
 */
function readShift(tail: Edge, head: Edge, from: 'a' | 'b', first: BoundaryTrim, second: BoundaryTrim): boolean {
  const to = from === 'a' ? 'b' : 'a';
  // The first pair's tail only exists on `from`, the second pair's head only on `to`.
  if (contentTokens(tail[to]).length > 0 || contentTokens(head[from]).length > 0) return false;
  const ending = contentTokens(tail[from]);
  const starting = contentTokens(head[to]);
  if (ending.length < MIN_SHIFTED_WORDS || starting.length < MIN_SHIFTED_WORDS) return false;
  let moved = false;
  // All of the second pair's head is the end of the first pair's tail: the head is the moved text.
  if (endsWith(ending, starting)) {
    if (to === 'a') second.aHead = head.a.length;
    else second.bHead = head.b.length;
    moved = true;
  }
  // All of the first pair's tail starts the second pair's head: the tail is the moved text.
  if (startsWith(starting, ending)) {
    if (from === 'a') first.aTail = tail.a.length;
    else first.bTail = tail.b.length;
    moved = true;
  }
  return moved;
}

/**
 * Trims for a sequence of pairs in reading order. `adjacent(k)` says whether pair k+1 directly
 * follows pair k in both documents; pairs that do not are never read across.
 */
export function findBoundaryShifts(pairs: PairTexts[], adjacent: (k: number) => boolean): BoundaryTrim[] {
  const trims = pairs.map(emptyTrim);
  const diffs = pairs.map((p) => diffWords(p.a, p.b));
  for (let k = 0; k + 1 < pairs.length; k += 1) {
    if (!adjacent(k)) continue;
    const tail = edgeOf(diffs[k], 'tail');
    const head = edgeOf(diffs[k + 1], 'head');
    if (!tail || !head) continue;
    if (!readShift(tail, head, 'a', trims[k], trims[k + 1])) readShift(tail, head, 'b', trims[k], trims[k + 1]);
  }
  return trims;
}

/** A side's text without the trimmed ends. */
export function trimmedText(text: string, head: number, tail: number): string {
  return text.slice(head, Math.max(head, text.length - tail));
}
