import { describe, expect, it } from 'vitest';
import { buildPageLines } from './build-lines.js';
import type { TextItem } from './layout-types.js';
import { item } from './synthetic-items.js';

const LEADING = 12.6;
const TOP = 90;

/** Lines of running text: `count` lines from `x`, each `width` wide, on the leading grid from `first`. */
function column(prefix: string, x: number, width: number, count: number, first = 0): TextItem[] {
  return Array.from({ length: count }, (_, i) => item(`${prefix}${i + 1} words of running text that fill the line`, x, TOP + (first + i) * LEADING, { width }));
}

const textOf = (lines: ReturnType<typeof buildPageLines>, start: string) => lines.find((l) => l.text.startsWith(start));

describe('two-column pages', () => {
  it('cuts the gutter before the hanging numbers of the right column, not through them', () => {
    // A5-like A4 column layout: left column 56–286, right column 308–538 with numbers at 308 and
    // clause text indented to 338. Two numbered clauses are few enough to be "crossing" rows.
    const left = column('L', 56, 230, 30);
    const right: TextItem[] = [];
    for (const [k, start] of [
      [1, 0],
      [2, 12],
    ]) {
      right.push(item(`12.${k}`, 308, TOP + start * LEADING, { width: 18, bold: true }));
      right.push(...column(`R${k}.`, 338, 200, 10, start));
    }
    const lines = buildPageLines([...left, ...right], 595);
    expect(lines.every((l) => l.column !== 'full')).toBe(true);
    expect(textOf(lines, '12.1')?.text).toBe('12.1 R1.1 words of running text that fill the line');
    expect(textOf(lines, '12.1')?.column).toBe('right');
    expect(textOf(lines, 'L1 ')?.text).toBe('L1 words of running text that fill the line');
    // The whole left column is read before the right one.
    const firstRight = lines.findIndex((l) => l.column === 'right');
    expect(lines.slice(0, firstRight).every((l) => l.column === 'left')).toBe(true);
  });

  it('keeps a term and its definition beside it inside their column', () => {
    // Definitions in both columns: the term at the column edge, the text 118 points in.
    const items: TextItem[] = [];
    const terms = ['Accident', 'Close relative', 'Journey', 'Medical practitioner', 'Public transport', 'Valuables'];
    terms.forEach((term, k) => {
      for (const [x, side] of [
        [56, 'L'],
        [308, 'R'],
      ] as const) {
        items.push(item(`${side}${term}`, x, TOP + k * 5 * LEADING, { width: 70, bold: true }));
        for (let i = 0; i < 4; i++) items.push(item(`${side}${k}.${i} text of the definition`, x + 118, TOP + (k * 5 + i) * LEADING, { width: 108 }));
      }
    });
    const lines = buildPageLines(items, 595);
    expect(lines.every((l) => l.column !== 'full')).toBe(true);
    expect(lines[0].text).toBe('LAccident L0.0 text of the definition');
    expect(lines.find((l) => l.text.startsWith('RAccident'))?.column).toBe('right');
    expect(lines.filter((l) => l.column === 'left').every((l) => l.text.startsWith('L'))).toBe(true);
  });

  it('cuts a narrow gutter even where a left and a right line almost touch', () => {
    // A5 page, 9-point text: the 8-point gutter is narrower than the gap that joins words.
    const left = column('L', 35, 171, 20).map((it) => ({ ...it, fontSize: 9 }));
    const right = column('R', 214, 166, 20).map((it) => ({ ...it, fontSize: 9 }));
    const lines = buildPageLines([...left, ...right], 420);
    expect(lines).toHaveLength(40);
    expect(lines.slice(0, 20).every((l) => l.column === 'left' && l.text.startsWith('L'))).toBe(true);
    expect(lines.slice(20).every((l) => l.column === 'right' && l.text.startsWith('R'))).toBe(true);
  });

  it('still reads a full-width heading and a table laid across the gutter as whole rows', () => {
    const items: TextItem[] = [
      item('SECTION 3 – WHAT WE PAY UNDER EACH PLAN FOR YOUR JOURNEY', 56, TOP, { width: 460, bold: true }),
      ...column('L', 56, 230, 8, 2),
      ...column('R', 308, 230, 8, 2),
    ];
    // A plan table across the page below the columns: a label, then one figure per plan.
    ['Medical expenses', 'Baggage', 'Personal money'].forEach((label, r) => {
      const y = TOP + (11 + r) * LEADING;
      items.push(item(label, 56, y), item(`$${r + 1},000`, 240, y, { width: 30 }), item(`$${r + 2},000`, 360, y, { width: 30 }), item(`$${r + 3},000`, 480, y, { width: 30 }));
    });
    const lines = buildPageLines(items, 595);
    expect(lines[0].column).toBe('full');
    const row = textOf(lines, 'Baggage');
    expect(row?.column).toBe('full');
    expect(row?.cells.map((c) => c.text)).toEqual(['Baggage', '$2,000', '$3,000', '$4,000']);
    expect(lines.filter((l) => l.column === 'left')).toHaveLength(8);
    expect(lines.filter((l) => l.column === 'right')).toHaveLength(8);
  });

  it('does not take a schedule with figures beside its labels for two columns of text', () => {
    // Labels in a left column, a single figure or a short note per row on the right.
    const labels = ['Section 25 Delayed departure', 'Every 6 hours', 'Section 26 Flight diversion', 'Every 6 hours', 'Section 27 Overbooked flight', 'Section 28 Missed connection', 'Section 29 Shortening the trip', 'Section 30 Travel disruption'];
    const values = ['$100', 'Max. $500', '$100', 'Max. $500', '$150', '$200', '$5,000', '$1,000'];
    const items = labels.flatMap((label, i) => [item(label, 48, TOP + i * 14, { size: 9 }), item(values[i], 231, TOP + i * 14, { size: 9 })]);
    const lines = buildPageLines(items, 595);
    expect(lines.every((l) => l.column === 'full')).toBe(true);
    expect(lines[0].cells.map((c) => c.text)).toEqual(['Section 25 Delayed departure', '$100']);
  });
});

describe('page width', () => {
  it('does not size its work by the page width: a 1e12-point page is searched as the widest page PDF allows', () => {
    const items = [...column('L', 56, 230, 30), ...column('R', 308, 230, 30)];
    // On an A4 page the two columns are found.
    expect(buildPageLines(items, 595).some((l) => l.column === 'right')).toBe(true);
    // A counter per point of 1e12 points cannot even be allocated; capped, the middle of the page
    // holds no text and no gutter is found, exactly as on a 14,400-point page.
    const giant = buildPageLines(items, 1e12);
    expect(giant).toEqual(buildPageLines(items, 14_400));
    expect(giant.map((l) => l.text)).toContain('L1 words of running text that fill the line R1 words of running text that fill the line');
  });
});
