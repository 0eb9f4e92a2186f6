import { describe, expect, it } from 'vitest';
import { buildLayoutDocument } from './build-layout-document.js';
import { buildPageLines } from './build-lines.js';
import { groupTableRows, isFigureCell } from './group-table-rows.js';
import type { TextItem } from './layout-types.js';
import { item, page } from './synthetic-items.js';

const PLAN_X = [240, 350, 460];

/**
 * A benefit table as travel wordings set it: a plan header, labels in a left column that wrap
 * over two lines, and one figure per plan centred between the two label lines (on a baseline of
 * its own); one row has a two-line cell ("$100" over "Max. $500").
 */
function benefitTable(): TextItem[] {
  const items: TextItem[] = [
    item('Schedule of benefits', 48, 60, { size: 14, bold: true }),
    ...['Standard Plan', 'Elite Plan', 'Premier Plan'].map((name, i) => item(name, PLAN_X[i] - 5, 100, { size: 9, bold: true })),
  ];
  const row = (top: number, label: string[], values: string[][]): void => {
    label.forEach((text, i) => items.push(item(text, i === 0 ? 48 : 96, top + i * 12.4, { size: 9, bold: i === 0 })));
    const middle = top + ((label.length - 1) * 12.4) / 2;
    values.forEach((cell, col) => cell.forEach((text, k) => items.push(item(text, PLAN_X[col], middle - ((cell.length - 1) * 12.4) / 2 + k * 12.4, { size: 9 }))));
  };
  row(130, ['Section 20 Insolvency of licensed', 'travel operator'], [['$2,000'], ['$4,000'], ['$6,000']]);
  row(160, ['Section 21 Travel cancellation'], [['$5,000'], ['$10,000'], ['$15,000']]);
  row(180, ['Section 25 Delayed departure', 'for each 6 hours'], [['$100', 'Max. $500'], ['$100', 'Max. $1,000'], ['$100', 'Max. $1,500']]);
  items.push(item('The limits above apply to each insured person and each journey you make during the period.', 48, 225, { size: 9, width: 420 }));
  return items;
}

describe('benefit tables', () => {
  it('joins wrapped labels and the figures beside them into one row per plan column', () => {
    const doc = buildLayoutDocument([page(1, benefitTable())]);
    const rows = doc.clauses.filter((c) => c.kind === 'table_row').map((c) => `${c.label} = ${c.value}`);
    expect(rows).toEqual([
      'Section 20 Insolvency of licensed travel operator (Standard Plan) = $2,000',
      'Section 20 Insolvency of licensed travel operator (Elite Plan) = $4,000',
      'Section 20 Insolvency of licensed travel operator (Premier Plan) = $6,000',
      'Section 21 Travel cancellation (Standard Plan) = $5,000',
      'Section 21 Travel cancellation (Elite Plan) = $10,000',
      'Section 21 Travel cancellation (Premier Plan) = $15,000',
      'Section 25 Delayed departure for each 6 hours (Standard Plan) = $100 Max. $500',
      'Section 25 Delayed departure for each 6 hours (Elite Plan) = $100 Max. $1,000',
      'Section 25 Delayed departure for each 6 hours (Premier Plan) = $100 Max. $1,500',
    ]);
    // No figure is left over as a clause of its own, and the note after the table stays prose.
    expect(doc.clauses.filter((c) => c.kind !== 'table_row' && /\$\d/.test(c.text) && !c.text.startsWith('The limits'))).toEqual([]);
    expect(doc.clauses.at(-1)).toMatchObject({ kind: 'paragraph', text: 'The limits above apply to each insured person and each journey you make during the period.' });
  });

  it('leaves prose and single label–value lines alone', () => {
    const lines = buildPageLines(
      [
        item('We will pay up to $5,000 for any one claim, and', 48, 100, { width: 300 }),
        item('$20,000 for any one period of insurance.', 48, 112, { width: 250 }),
        item('Personal money', 48, 140),
        item('£750', 400, 140),
      ],
      595,
    );
    expect(groupTableRows(lines)).toEqual(lines);
  });

  it('tells figures from sentences that start with one', () => {
    expect(isFigureCell('$2,000')).toBe(true);
    expect(isFigureCell('Max. $500')).toBe(true);
    expect(isFigureCell('Not covered')).toBe(true);
    expect(isFigureCell('$20,000 for any one event.')).toBe(false);
    expect(isFigureCell('Section 20')).toBe(false);
  });

  it('gives rows the label of the group above them, and a figure set across two columns a column of its own', () => {
    // Individual and family columns per plan; one row has one figure per plan, centred across both.
    const items: TextItem[] = [];
    const columns = [240, 290, 350, 400];
    const line = (label: string | null, y: number, values: [string, number][]) => {
      if (label) items.push(item(label, 48, y, { size: 9 }));
      for (const [text, x] of values) items.push(item(text, x, y, { size: 9, width: 28 }));
    };
    line('Personal accident', 100, []);
    line('Adult', 114, columns.map((x, i) => [`$${i + 1},000`, x]));
    line('Child', 128, columns.map((x, i) => [`$${i + 5}00`, x]));
    line('Baggage', 142, [
      ['$3,000', 265],
      ['$5,000', 375],
    ]);
    const rows = groupTableRows(buildPageLines(items, 595));
    expect(rows.map((r) => r.cells.map((c) => (c.column === undefined ? c.text : `${c.column}:${c.text}`)))).toEqual([
      ['Personal accident'],
      ['Personal accident › Adult', '0:$1,000', '2:$2,000', '3:$3,000', '5:$4,000'],
      ['Personal accident › Child', '0:$500', '2:$600', '3:$700', '5:$800'],
      ['Personal accident › Baggage', '1:$3,000', '4:$5,000'],
    ]);
  });
});
