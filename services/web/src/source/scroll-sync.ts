import type { Change, ClauseRef } from '@policydiff/contracts';

/**
 * Synchronised scrolling by aligned clauses. A position in a document is in "page units": page
 * index (0-based) plus the fraction of that page above the point. Each aligned clause pair is an
 * anchor (its top in A, its top in B); moved clauses would cross other anchors, so only the longest
 * run that increases in both documents is kept. Between anchors the mapping is linear; beyond the
 * first and last it moves page for page.
 */
export type Anchor = [a: number, b: number];
export type PageHeights = readonly number[];

/** The top of a clause in page units: its first box on its first page, else the page top. */
export function clauseTop(ref: ClauseRef, pageHeights: PageHeights): number {
  const page = ref.page_start;
  const h = pageHeights[page - 1] ?? 792;
  const box = ref.bboxes?.filter((b) => b.page === page).sort((x, y) => x.y0 - y.y0)[0];
  const frac = box ? Math.min(1, Math.max(0, box.y0 / h)) : 0;
  return page - 1 + frac;
}

/** Longest strictly increasing subsequence in b of anchors sorted by a (O(n log n)). */
export function monotoneAnchors(anchors: readonly Anchor[]): Anchor[] {
  // Ties in a sort by b descending, so two anchors with the same a can never both be kept.
  const sorted = [...anchors].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const tails: number[] = [];
  const prev: number[] = new Array(sorted.length).fill(-1);
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]!]![1] < b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: Anchor[] = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.push(sorted[i]!);
  return out.reverse();
}

export function buildAnchors(changes: readonly Change[], heightsA: PageHeights, heightsB: PageHeights): Anchor[] {
  const raw: Anchor[] = [];
  for (const c of changes) {
    if (c.a && c.b) raw.push([clauseTop(c.a, heightsA), clauseTop(c.b, heightsB)]);
  }
  return monotoneAnchors(raw);
}

/** Maps a position in the source document to the other one. `flip` maps B → A with the same anchors. */
export function mapPosition(pos: number, anchors: readonly Anchor[], flip = false): number {
  const from = (x: Anchor) => (flip ? x[1] : x[0]);
  const to = (x: Anchor) => (flip ? x[0] : x[1]);
  if (!anchors.length) return pos;
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  if (pos <= from(first)) return Math.max(0, to(first) - (from(first) - pos));
  if (pos >= from(last)) return to(last) + (pos - from(last));
  let lo = 0;
  let hi = anchors.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (from(anchors[mid]!) <= pos) lo = mid;
    else hi = mid;
  }
  const x = anchors[lo]!;
  const y = anchors[hi]!;
  const span = from(y) - from(x);
  const t = span > 0 ? (pos - from(x)) / span : 0;
  return to(x) + t * (to(y) - to(x));
}

/** Page layout of a pane: the top of each page in pixels, for page units ↔ scrollTop. */
export interface PaneLayout {
  tops: number[];
  heights: number[];
}

export function layoutPages(pageHeightsPx: readonly number[], gap: number, padding: number): PaneLayout {
  const tops: number[] = [];
  let y = padding;
  for (const h of pageHeightsPx) {
    tops.push(y);
    y += h + gap;
  }
  return { tops, heights: [...pageHeightsPx] };
}

export function pixelsToUnits(px: number, l: PaneLayout): number {
  if (!l.tops.length) return 0;
  let i = 0;
  while (i + 1 < l.tops.length && l.tops[i + 1]! <= px) i++;
  const frac = (px - l.tops[i]!) / (l.heights[i]! || 1);
  return i + Math.min(1, Math.max(0, frac));
}

export function unitsToPixels(units: number, l: PaneLayout): number {
  if (!l.tops.length) return 0;
  const i = Math.min(l.tops.length - 1, Math.max(0, Math.floor(units)));
  const frac = Math.min(1, Math.max(0, units - i));
  return l.tops[i]! + frac * l.heights[i]!;
}
