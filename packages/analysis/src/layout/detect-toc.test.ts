import { describe, expect, it } from 'vitest';
import { buildPageLines } from './build-lines.js';
import { isTocPage, trailingPageNumber } from './detect-toc.js';
import { item } from './synthetic-items.js';

describe('detect-toc', () => {
  it('reads the page number after dot leaders or in its own cell', () => {
    const [dots, cell] = buildPageLines([item('Definitions ........ 4', 72, 100), item('Buildings', 72, 120), item('12', 500, 120)], 595);
    expect(trailingPageNumber(dots)).toBe(4);
    expect(trailingPageNumber(cell)).toBe(12);
  });

  it('detects a contents page', () => {
    const entries = ['Contents', 'Welcome ........ 2', 'Definitions ........ 4', 'Section 1 Buildings ........ 7', 'Section 2 Contents ........ 12', 'General conditions ........ 20', 'Claims ........ 24'];
    const lines = buildPageLines(entries.map((t, i) => item(t, 72, 100 + i * 16)), 595);
    expect(isTocPage(lines, 30)).toBe(true);
  });

  it('does not take a schedule of amounts for contents', () => {
    const rows = ['Buildings £500,000', 'Contents £75,000', 'Valuables £10,000', 'Excess £250', 'Public liability £2,000,000'];
    const lines = buildPageLines(rows.map((t, i) => item(t, 72, 100 + i * 16)), 595);
    expect(isTocPage(lines, 30)).toBe(false);
  });

  it('does not take a summary of cover with limits and page references for contents', () => {
    const rows = ['Emergency repairs Up to $500 17', 'Hire car Up to $100 a day 18', 'Keys and locks Up to $1,000 19', 'Towing Up to $2,000 20', 'Personal items Up to $750 21'];
    const lines = buildPageLines(rows.map((t, i) => item(t, 72, 100 + i * 16)), 595);
    expect(isTocPage(lines, 60)).toBe(false);
  });

  it('does not take descending numbers or prose for contents', () => {
    const lines = buildPageLines(['Cover A 20', 'Cover B 15', 'Cover C 9', 'Cover D 3', 'Cover E 1'].map((t, i) => item(t, 72, 100 + i * 16)), 595);
    expect(isTocPage(lines, 30)).toBe(false);
    const prose = buildPageLines(['We will pay for loss.', 'We will not pay for wear.', 'You must tell us.', 'The excess applies.'].map((t, i) => item(t, 72, 100 + i * 16)), 595);
    expect(isTocPage(prose, 30)).toBe(false);
  });
});
