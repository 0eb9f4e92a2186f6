import { describe, expect, it } from 'vitest';
import { buildLayoutDocument } from './build-layout-document.js';
import { buildPageLines } from './build-lines.js';
import { columnNames, isColumnHeaderLine } from './column-headers.js';
import { item, page } from './synthetic-items.js';

const PLAN_X = [300, 400, 500];
/** The section line right above the rows names their group; the rows carry it (group-table-rows.ts). */
const GROUP = 'Section 6 – Overseas medical expenses › ';

/** A schedule: a bold plan header row, a bold section line, then label rows with one figure per plan. */
function planSchedule(header: string[] | null): ReturnType<typeof item>[] {
  const items = [item('Schedule of benefits', 48, 60, { size: 14, bold: true })];
  if (header) header.forEach((name, i) => items.push(item(name, PLAN_X[i] - 10, 100, { bold: true })));
  items.push(item('Section 6 – Overseas medical expenses', 48, 120, { bold: true }));
  const rows: [string, string[]][] = [
    ['Adult below 70 years', ['$75,000', '$150,000', '$250,000']],
    ['Child', ['$37,500', '$75,000', '$125,000']],
  ];
  rows.forEach(([label, values], r) => {
    items.push(item(label, 48, 140 + r * 15));
    values.forEach((v, i) => items.push(item(v, PLAN_X[i], 140 + r * 15)));
  });
  items.push(item('Personal money', 48, 180), item('$500', PLAN_X[2], 180));
  return items;
}

describe('multi-plan schedule rows', () => {
  it('gives one row per plan column, labelled with the plan it sits under', () => {
    const doc = buildLayoutDocument([page(1, planSchedule(['Standard Plan', 'Elite Plan', 'Premier Plan']))]);
    const rows = doc.clauses.filter((c) => c.kind === 'table_row').map((c) => [c.label, c.value]);
    expect(rows).toEqual([
      [`${GROUP}Adult below 70 years (Standard Plan)`, '$75,000'],
      [`${GROUP}Adult below 70 years (Elite Plan)`, '$150,000'],
      [`${GROUP}Adult below 70 years (Premier Plan)`, '$250,000'],
      [`${GROUP}Child (Standard Plan)`, '$37,500'],
      [`${GROUP}Child (Elite Plan)`, '$75,000'],
      [`${GROUP}Child (Premier Plan)`, '$125,000'],
      [`${GROUP}Personal money`, '$500'],
    ]);
    const elite = doc.clauses.find((c) => c.label === `${GROUP}Child (Elite Plan)`)!;
    expect(elite.text).toBe(`${GROUP}Child (Elite Plan): $75,000`);
    expect(elite.pageStart).toBe(1);
  });

  it('keeps the header row out of the headings and the heading path', () => {
    const doc = buildLayoutDocument([page(1, planSchedule(['Standard Plan', 'Elite Plan', 'Premier Plan']))]);
    const header = doc.clauses.find((c) => c.text === 'Standard Plan Elite Plan Premier Plan')!;
    expect(header.kind).toBe('paragraph');
    expect(doc.clauses.every((c) => !c.headingPath.includes('Standard Plan Elite Plan Premier Plan'))).toBe(true);
    const row = doc.clauses.find((c) => c.label === `${GROUP}Child (Premier Plan)`)!;
    expect(row.heading).toBe('Section 6 – Overseas medical expenses');
  });

  it('numbers the columns when the table has no header row', () => {
    const doc = buildLayoutDocument([page(1, planSchedule(null))]);
    const labels = doc.clauses.filter((c) => c.kind === 'table_row').map((c) => c.label);
    expect(labels.slice(0, 3)).toEqual([`${GROUP}Adult below 70 years (column 1)`, `${GROUP}Adult below 70 years (column 2)`, `${GROUP}Adult below 70 years (column 3)`]);
  });

  it('tells header rows from rows of figures and from prose', () => {
    const lineOf = (...cells: [string, number][]) => buildPageLines(cells.map(([s, x]) => item(s, x, 100)), 595)[0];
    expect(isColumnHeaderLine(lineOf(['Standard Plan', 320], ['Elite Plan', 405], ['Premier Plan', 490]))).toBe(true);
    expect(isColumnHeaderLine(lineOf(['Max. $700', 320], ['Max. $1,400', 405]))).toBe(false);
    expect(isColumnHeaderLine(lineOf(['$75,000', 320], ['$150,000', 405]))).toBe(false);
    expect(isColumnHeaderLine(lineOf(['We will pay the reasonable costs of your treatment.', 48]))).toBe(false);
  });

  it('labels a column only when every value sits under its own header cell', () => {
    const header = buildPageLines([item('Plan A', 320, 100), item('Plan B', 405, 100)], 595)[0];
    const under = (x: number) => ({ text: '$1', x0: x, x1: x + 20 });
    expect(columnNames([header], [under(322), under(408)])).toEqual(['Plan A', 'Plan B']);
    expect(columnNames([header], [under(322), under(100)])).toBeNull();
    expect(columnNames([header], [under(322), under(325)])).toBeNull();
  });

  it('does not take the first line of a definition set beside its term for a header row', () => {
    // "Accident | A sudden, unforeseen and" has two short cells like a header, but prose follows it.
    const items = [
      item('Definitions', 56, 80, { size: 13, bold: true }),
      item('Accident', 56, 110, { bold: true }),
      ...['A sudden, unforeseen and', 'involuntary event caused by', 'external and visible means.'].map((text, i) => item(text, 174, 110 + i * 12.6)),
      item('Journey', 56, 160, { bold: true }),
      ...['Travel that starts when you', 'leave your home.'].map((text, i) => item(text, 174, 160 + i * 12.6)),
    ];
    const doc = buildLayoutDocument([page(1, items)]);
    expect(doc.clauses.map((c) => c.text)).toEqual([
      'Definitions',
      'Accident A sudden, unforeseen and involuntary event caused by external and visible means.',
      'Journey Travel that starts when you leave your home.',
    ]);
  });

  it('names the columns across short captions between the header row and the rows, bold or not', () => {
    const items = [
      ...['Standard Plan', 'Elite Plan', 'Premier Plan'].map((name, i) => item(name, PLAN_X[i] - 10, 100)),
      item('Benefits', 48, 112),
      item('Limit of Benefits', 380, 124),
      item('Travel inconvenience cover', 48, 136),
      item('Travel cancellation', 48, 150),
      ...['$5,000', '$10,000', '$15,000'].map((v, i) => item(v, PLAN_X[i], 150)),
    ];
    const doc = buildLayoutDocument([page(1, items)]);
    expect(doc.clauses.filter((c) => c.kind === 'table_row').map((c) => c.label)).toEqual([
      'Travel cancellation (Standard Plan)',
      'Travel cancellation (Elite Plan)',
      'Travel cancellation (Premier Plan)',
    ]);
  });
});
