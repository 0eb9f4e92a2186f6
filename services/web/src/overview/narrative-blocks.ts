import type { Bullet } from '@policydiff/contracts';
import { inlineText, type Block } from '../lib/markdown';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The narrative as the overview shows it: without its own title ("# a.pdf → b.pdf") and without
 * a paragraph that only repeats the headline, which the overview already shows above it.
 */
export function trimNarrative(blocks: Block[], headline: string): Block[] {
  const out = [...blocks];
  if (out[0]?.kind === 'heading' && out[0].level === 1) out.shift();
  const h = norm(headline);
  return out.filter((b) => !(b.kind === 'paragraph' && norm(inlineText(b.children)) === h));
}

/** The change ids of the bullet a narrative list item states, matched by its text. */
export function bulletIndex(bullets: readonly Bullet[]): Map<string, string[]> {
  return new Map(bullets.map((b) => [norm(b.text), b.change_ids]));
}

export function bulletFor(index: Map<string, string[]>, itemText: string): string[] | null {
  return index.get(norm(itemText)) ?? null;
}
