/**
 * One-sided clauses that are probably extraction losses, not edits. When one document's PDF drops
 * text runs that start with certain glyphs (cosmetic-difference.ts, glyphLossProfile), a clause of
 * the other document that holds such a glyph may have lost everything from it on: "the insured
 * person’s employment, trade, business or profession;" extracts as "the insured person". If, at
 * the same place between the same aligned neighbours, the lossy document holds exactly the words
 * before the glyph, or a bare list number where the item should be, the clause is most likely
 * printed on both sides. It is reported, but neutral and low, with the reason.
 */
import type { DocumentIndex } from './clause-side.js';
import { type GlyphLoss, contentTokens } from './cosmetic-difference.js';
import type { PairGroup } from './pair-groups.js';

export interface ExtractionLoss {
  /** The clause of the lossy document that is all that extracted of it. */
  otherId: string;
  /** The glyphs the lossy document's text never holds that this clause holds. */
  glyphs: string[];
  /** What the lossy document shows instead, for the reader. */
  evidence: string;
}

/** A list number left alone ("2.", "(3)") after the item's words failed to extract. */
function isBareNumber(text: string): boolean {
  const tokens = contentTokens(text);
  return text.trim().length <= 6 && tokens.length === 1 && /^\d{1,2}$/.test(tokens[0]);
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, k) => w === b[k]);
}

/**
 * Clause ids of `side` (the document whose extraction is intact) that are one-sided in `groups`
 * (comparison reading order) and whose remnant the other document holds.
 */
function lossesOn(
  side: 'a' | 'b',
  groups: PairGroup[],
  own: DocumentIndex,
  other: DocumentIndex,
  lost: Set<string>,
  found: Map<string, ExtractionLoss>,
): void {
  if (lost.size === 0) return;
  const ownIds = (g: PairGroup): string[] => (side === 'a' ? g.aIds : g.bIds);
  const otherIds = (g: PairGroup): string[] => (side === 'a' ? g.bIds : g.aIds);
  const twoSided = (g: PairGroup): boolean => g.aIds.length > 0 && g.bIds.length > 0;
  const otherOrder = (id: string): number => other.order.get(id) ?? -1;
  const clauses = other.doc.layout.clauses;
  groups.forEach((group, k) => {
    if (twoSided(group) || ownIds(group).length !== 1) return;
    const clause = own.clauses.get(ownIds(group)[0]);
    if (!clause) return;
    const glyphs = [...lost].filter((g) => clause.text.includes(g));
    if (glyphs.length === 0) return;
    const cut = Math.min(...glyphs.map((g) => clause.text.indexOf(g)));
    const before = contentTokens(clause.text.slice(0, cut));
    // The other document's clauses between the aligned neighbours, both included: the remnant
    // may have been absorbed into a neighbour's group.
    let lo = 0;
    for (let j = k - 1; j >= 0; j -= 1) {
      if (twoSided(groups[j])) {
        lo = Math.max(...otherIds(groups[j]).map(otherOrder));
        break;
      }
    }
    let hi = clauses.length - 1;
    for (let j = k + 1; j < groups.length; j += 1) {
      if (twoSided(groups[j])) {
        hi = Math.min(...otherIds(groups[j]).map(otherOrder));
        break;
      }
    }
    for (let o = Math.max(0, lo); o <= hi && o < clauses.length; o += 1) {
      const candidate = clauses[o];
      const words = contentTokens(candidate.text);
      const remnant = before.length > 0 && sameWords(words, before);
      const bare = o > lo && o < hi && isBareNumber(candidate.text);
      if (!remnant && !bare) continue;
      found.set(clause.id, {
        otherId: candidate.id,
        glyphs,
        evidence: remnant
          ? `it holds only "${candidate.text.trim()}", the words before the first of them, at this point`
          : `it holds only the list number "${candidate.text.trim()}" at this point`,
      });
      return;
    }
  });
}

/** Probable extraction losses among each side's one-sided clauses, keyed by that side's clause ids. */
export function findExtractionLosses(
  groups: PairGroup[],
  indexA: DocumentIndex,
  indexB: DocumentIndex,
  loss: GlyphLoss,
): { a: Map<string, ExtractionLoss>; b: Map<string, ExtractionLoss> } {
  const a = new Map<string, ExtractionLoss>();
  const b = new Map<string, ExtractionLoss>();
  lossesOn('a', groups, indexA, indexB, loss.b, a);
  lossesOn('b', groups, indexB, indexA, loss.a, b);
  return { a, b };
}
