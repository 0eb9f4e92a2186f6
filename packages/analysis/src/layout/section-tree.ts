/**
 * Places every block in the document's section tree. Two structures are tracked together:
 * - the heading path: headings ranked by their style (bigger, then ALL CAPS, then bold outrank)
 *   and their numbering depth ("1" outranks "1.1");
 * - the numbering stack: "Section 2" › "3" › "3.2" › "(a)" › "(i)", from which "3.2(a)(i)" is built.
 * Numbers restart under each heading, so an unnumbered heading closes the list numbering opened
 * below the previous one.
 */
import type { Block } from './build-blocks.js';
import { resolveRomanOrLetter, type Numbering } from './parse-numbering.js';

export interface SectionPlacement {
  number: string | null;
  section: string | null;
  heading: string | null;
  headingPath: string[];
  level: number;
}

interface HeadingEntry {
  rank: number;
  text: string;
}

interface Frame {
  numbering: Numbering;
  /** Left edge of the numbered line: text further left is outside the list. */
  x0: number;
  /** Rank of the heading that opened this frame, or null for list numbering. */
  headingRank: number | null;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Depth contributed by the numbering: "Section 2" 0, "3" 1, "3.2" 2, "(a)" 4. */
function numberingDepth(n: Numbering | null): number {
  if (!n) return 0;
  if (n.style === 'section') return 0;
  if (n.style === 'decimal') return n.components.length;
  return 4;
}

/**
 * Ranks heading styles from the most to the least prominent: size first, then ALL CAPS, then bold.
 * Equal styles share a rank; numbering depth then orders headings of one style.
 */
export function rankHeadingStyles(blocks: Block[], headingText: (b: Block) => string): Map<Block, number> {
  const styleKey = (b: Block): string => `${b.lines[0].fontSize}|${isAllCaps(headingText(b)) ? 1 : 0}|${b.lines[0].bold ? 1 : 0}`;
  const keys = [...new Set(blocks.filter((b) => b.kind === 'heading').map(styleKey))];
  keys.sort((a, b) => {
    const [sa, ca, ba] = a.split('|').map(Number);
    const [sb, cb, bb] = b.split('|').map(Number);
    return sb - sa || cb - ca || bb - ba;
  });
  const rankOfKey = new Map(keys.map((k, i) => [k, i]));
  const ranks = new Map<Block, number>();
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    ranks.set(b, (rankOfKey.get(styleKey(b)) ?? 0) * 10 + numberingDepth(b.numbering));
  }
  return ranks;
}

function sectionPath(frames: Frame[]): string | null {
  let sectionWord: string | null = null;
  let decimal: string | null = null;
  let tail = '';
  for (const f of frames) {
    const n = f.numbering;
    if (n.style === 'section') {
      sectionWord = n.label;
      decimal = null;
      tail = '';
    } else if (n.style === 'decimal') {
      decimal = n.label;
      tail = '';
    } else tail += n.label;
  }
  const local = `${decimal ?? ''}${tail}`;
  if (sectionWord && local) return `${sectionWord} › ${local}`;
  return sectionWord ?? (local || null);
}

function pushNumbering(frames: Frame[], numbering: Numbering, x0: number, headingRank: number | null): void {
  if (numbering.style === 'section') {
    frames.length = 0;
  } else if (numbering.style === 'decimal') {
    const depth = numbering.components.length;
    while (frames.length > 0) {
      const top = frames[frames.length - 1].numbering;
      if (top.style === 'section' || (top.style === 'decimal' && top.components.length < depth)) break;
      frames.pop();
    }
  } else {
    const same = frames.findIndex((f) => f.numbering.style === numbering.style);
    if (same >= 0) frames.length = same;
  }
  frames.push({ numbering, x0, headingRank });
}

export function placeInSectionTree(blocks: Block[], texts: string[]): SectionPlacement[] {
  const textOf = new Map(blocks.map((b, i) => [b, texts[i]]));
  const ranks = rankHeadingStyles(blocks, (b) => textOf.get(b) ?? '');
  const headings: HeadingEntry[] = [];
  const frames: Frame[] = [];
  return blocks.map((block, i) => {
    const text = texts[i];
    const first = block.lines[0];
    let numbering = block.numbering && block.numbering.style !== 'bullet' ? block.numbering : null;
    if (numbering) {
      const lastAlpha = [...frames].reverse().find((f) => f.numbering.style === 'alpha');
      numbering = resolveRomanOrLetter(numbering, lastAlpha ? lastAlpha.numbering.token : null);
    }

    if (block.kind === 'heading') {
      const rank = ranks.get(block) ?? 0;
      while (headings.length > 0 && headings[headings.length - 1].rank >= rank) headings.pop();
      headings.push({ rank, text });
      if (numbering) pushNumbering(frames, numbering, first.x0, rank);
      else {
        // Lists and sub-numbering opened under a heading of this rank or lower are closed.
        while (frames.length > 0) {
          const top = frames[frames.length - 1];
          if (top.headingRank !== null && top.headingRank < rank) break;
          frames.pop();
        }
      }
      return {
        number: numbering ? numbering.number : null,
        section: sectionPath(frames),
        heading: text,
        headingPath: headings.map((h) => h.text),
        level: headings.length - 1,
      };
    }

    if (numbering) pushNumbering(frames, numbering, first.x0, null);
    else if (block.kind === 'paragraph') {
      // A paragraph starting left of a list's numbers is no longer inside that list.
      while (frames.length > 0) {
        const top = frames[frames.length - 1];
        if (top.headingRank !== null || top.x0 <= first.x0 + first.fontSize * 0.5) break;
        frames.pop();
      }
    }
    const listDepth = frames.filter((f) => f.headingRank === null).length;
    return {
      number: numbering ? numbering.number : null,
      section: sectionPath(frames),
      heading: headings.length > 0 ? headings[headings.length - 1].text : null,
      headingPath: headings.map((h) => h.text),
      level: headings.length + Math.max(0, listDepth - (numbering ? 1 : 0)),
    };
  });
}
