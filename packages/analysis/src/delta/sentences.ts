/**
 * Sentence-level evidence: the sentence of a clause that holds a difference is what a reader
 * needs to see, not the whole clause.
 */

const MAX_QUOTE = 320;

export function splitSentences(text: string): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;!?])\s+(?=[("“‘'A-Z0-9•\-–])|\s+(?=\([a-z0-9]{1,4}\)\s)|\s*•\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return parts.length > 0 ? parts : [text.trim()];
}

export function clip(text: string, max = MAX_QUOTE): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}

/** The (clipped) sentence containing `needle`, case-insensitively; the first sentence if none. */
export function sentenceContaining(text: string, needle: string | null | undefined): string {
  const sentences = splitSentences(text);
  if (needle) {
    const wanted = needle.toLowerCase().replace(/\s+/g, ' ').trim();
    const hit = sentences.find((s) => s.toLowerCase().includes(wanted));
    if (hit) return clip(hit);
    // Fall back to the sentence sharing most words with the needle.
    const words = new Set(wanted.match(/[a-z0-9]{3,}/g) ?? []);
    let best: string | null = null;
    let bestScore = 0;
    for (const s of sentences) {
      const score = (s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []).filter((w) => words.has(w)).length;
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best) return clip(best);
  }
  return clip(sentences[0]);
}

/** Word-set overlap of two short texts (Jaccard on words of three letters or more). */
export function wordOverlap(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);
  const wb = new Set(b.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);
  if (wa.size === 0 && wb.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / (wa.size + wb.size - shared);
}
