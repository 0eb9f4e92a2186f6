/**
 * Differences a reader would not call a change of wording: punctuation, spacing, bullet glyphs
 * that extract as letters, and text one PDF failed to extract. Such pairs must come out neutral
 * and low, whatever facts the lost text held, because the printed wording is the same.
 */
import type { DiffOp } from '@policydiff/contracts';
import { normaliseForComparison } from '../alignment/text-normalise.js';

/**
 * Glyphs at which a document's text extraction drops runs. Some PDFs (e.g. printed through a
 * driver that re-encodes fonts) lose every text run that starts with a curly quote or a dash: the
 * run prints but does not extract. The signature is document-wide: the other document uses the
 * glyph often and this one never does.
 */
export interface GlyphLoss {
  /** Glyphs missing from A's extracted text although B uses them. */
  a: Set<string>;
  /** Glyphs missing from B's extracted text although A uses them. */
  b: Set<string>;
}

const FRAGILE_GLYPHS = ['\u2019', '\u2018', '\u201C', '\u201D', '\u2013', '\u2014'];

/** A glyph used this many times on one side and never on the other marks an extraction loss. */
const MIN_USES = 8;

function glyphCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>(FRAGILE_GLYPHS.map((g) => [g, 0]));
  for (const text of texts) {
    for (const ch of text) if (counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return counts;
}

/**
 * Once frequent glyphs show that a document's extraction drops runs, a rarer glyph of the same
 * family that it never produces either ("“" used four times by the other document) is lost too.
 */
export function glyphLossProfile(textsA: Iterable<string>, textsB: Iterable<string>): GlyphLoss {
  const a = glyphCounts(textsA);
  const b = glyphCounts(textsB);
  const lost = (mine: Map<string, number>, theirs: Map<string, number>): Set<string> => {
    const never = FRAGILE_GLYPHS.filter((g) => mine.get(g) === 0 && theirs.get(g)! > 0);
    return never.some((g) => theirs.get(g)! >= MIN_USES) ? new Set(never) : new Set();
  };
  return { a: lost(a, b), b: lost(b, a) };
}

/** A bullet glyph from a symbol font often extracts as a lone "n" (Wingdings) between items. */
const BULLET_LETTERS = new Set(['n', 'l', 'q', 'u', 'v', 'ü', 'o']);

/** A list marker on its own: "ii)", "(b)", "c)". Numbering is typography, not wording. */
const LIST_MARKER = /(?:^|\s)\(?(?:[ivx]{1,4}|[a-z])\)(?=\s|$)/gi;

/**
 * The words of a text with typography folded away, concatenated: "1 – 4" and "1–4", "30cms" and
 * "30 cms", "n Flood n Storm" and "Flood, Storm", "ii) cancel" and "cancel" have the same key.
 */
export function contentKey(text: string): string {
  return contentTokens(text).join('');
}

/** The words contentKey concatenates, in order. */
export function contentTokens(text: string): string[] {
  const tokens = normaliseForComparison(text.replace(LIST_MARKER, ' ')).match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens.filter((t) => !(t.length === 1 && BULLET_LETTERS.has(t)));
}

export type CosmeticKind = 'typography' | 'extraction_gap';

interface Hunk {
  deleted: string;
  inserted: string;
  /** Characters of A just around the hunk, where a lost run's first glyph may sit. */
  before: string;
  after: string;
}

function hunksOf(diff: DiffOp[]): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | null = null;
  let lastEqual = '';
  for (const op of diff) {
    // A lost run often starts inside a word ("person’s employment or" → "person"): the word diff
    // splits it at the space, but it is one gap, so whitespace alone does not end a hunk.
    if (op.op === 'equal' && current && op.text.trim().length === 0) {
      current.deleted += op.text;
      current.inserted += op.text;
      continue;
    }
    if (op.op === 'equal') {
      if (current) {
        current.after = op.text.slice(0, 2);
        hunks.push(current);
        current = null;
      }
      lastEqual = op.text;
      continue;
    }
    current ??= { deleted: '', inserted: '', before: lastEqual.slice(-2), after: '' };
    if (op.op === 'delete') current.deleted += op.text;
    else current.inserted += op.text;
  }
  if (current) hunks.push(current);
  return hunks;
}

function holdsAny(text: string, glyphs: Set<string>): boolean {
  for (const g of glyphs) if (text.includes(g)) return true;
  return false;
}

/**
 * One side lost text it printed: the hunk only removes words on the lossy side (what remains of
 * a replaced word is a prefix of it, "person’s cash" → "person"), and the lost text holds, or
 * touches, a glyph that side's extraction never produces.
 */
function isExtractionGap(hunk: Hunk, loss: GlyphLoss): boolean {
  const fromA = contentKey(hunk.deleted);
  const fromB = contentKey(hunk.inserted);
  const bLost = loss.b.size > 0 && fromA.startsWith(fromB) && holdsAny(hunk.before + hunk.deleted + hunk.after, loss.b);
  const aLost = loss.a.size > 0 && fromB.startsWith(fromA) && holdsAny(hunk.before + hunk.inserted + hunk.after, loss.a);
  return bLost || aLost;
}

/**
 * 'typography' when only punctuation, spacing, bullets or case differ; 'extraction_gap' when,
 * besides that, one side only lacks text its PDF failed to extract; null for a real difference.
 */
export function cosmeticDifference(a: string, b: string, diff: DiffOp[], loss: GlyphLoss): CosmeticKind | null {
  if (contentKey(a) === contentKey(b)) return 'typography';
  if (loss.a.size === 0 && loss.b.size === 0) return null;
  let gaps = 0;
  for (const hunk of hunksOf(diff)) {
    if (contentKey(hunk.deleted) === contentKey(hunk.inserted)) continue;
    if (!isExtractionGap(hunk, loss)) return null;
    gaps += 1;
  }
  return gaps > 0 ? 'extraction_gap' : 'typography';
}
