/**
 * The largest page the layout reads at full size. A page's width and height come from the file
 * (its MediaBox), and the layout sizes work by them (detect-column-gutter.ts keeps a count per
 * point of width): a 979-byte file with a 2e8-point MediaBox took a layout process from 200 to
 * 1,318 MB. 14,400 points (200 inches) is the largest page PDF allows (ISO 32000-1, annex C) and
 * six times A0; text beyond it is still read, only measured against the capped page.
 */
export const MAX_PAGE_EXTENT = 14_400;

/** A page dimension as the layout uses it: capped, and 0 for a value that is not a size. */
export function pageExtent(points: number): number {
  return Number.isFinite(points) && points > 0 ? Math.min(points, MAX_PAGE_EXTENT) : 0;
}
