import { describe, expect, it } from 'vitest';
import { buildPageLines } from './build-lines.js';
import { item, paragraphItems } from './synthetic-items.js';

describe('buildPageLines', () => {
  it('joins items on one baseline into a line, inserting spaces only at gaps', () => {
    const lines = buildPageLines(
      [item('We', 72, 100), item('will', 84, 100), item('pa', 106, 100, { width: 10 }), item('y', 116, 100, { width: 5 })],
      595,
    );
    expect(lines.map((l) => l.text)).toEqual(['We will pay']);
  });

  it('never doubles spaces an item already carries', () => {
    const lines = buildPageLines([item('Limit: ', 72, 100), item(' $5,000,000', 110, 100)], 595);
    expect(lines[0].text).toBe('Limit: $5,000,000');
  });

  it('uses space items pdfjs reports as word breaks even when the gap is tiny', () => {
    const lines = buildPageLines([item('on', 72, 100, { width: 10 }), item(' ', 82, 100, { width: 0.2 }), item('your', 83, 100)], 595);
    expect(lines[0].text).toBe('on your');
  });

  it('groups a superscript with its line and orders lines top to bottom', () => {
    const lines = buildPageLines([item('second line', 72, 112), item('first line', 72, 100), item('1', 124, 97, { size: 6 })], 595);
    expect(lines.map((l) => l.text)).toEqual(['first line 1', 'second line']);
    expect(lines[0].fontSize).toBe(10);
  });

  it('splits a line into cells at wide gaps', () => {
    const lines = buildPageLines([item('Public Liability', 72, 100), item('$20,000,000', 450, 100)], 595);
    expect(lines[0].cells.map((c) => c.text)).toEqual(['Public Liability', '$20,000,000']);
  });

  it('records bold runs inside a line and marks fully bold lines', () => {
    const lines = buildPageLines([item('Flood', 72, 100, { bold: true }), item('means water', 101, 100), item('Heading', 72, 130, { bold: true })], 595);
    expect(lines[0].bold).toBe(false);
    expect(lines[0].boldSpans).toEqual(['Flood']);
    expect(lines[1].bold).toBe(true);
  });

  it('reads a two-column page left column first, with a full-width heading before both', () => {
    const left = paragraphItems(['L1 we will pay for loss or damage to', 'L2 the buildings caused by fire', 'L3 lightning explosion or earthquake', 'L4 and by storm or flood damage to'], 50, 120, { width: 230 });
    const right = paragraphItems(['R1 we will not pay for any loss', 'R2 caused by wear and tear or by', 'R3 gradual deterioration of the', 'R4 buildings or by settlement of'], 315, 120, { width: 230 });
    const heading = item('SECTION 1 BUILDINGS AND WHAT WE COVER FOR YOU', 50, 100, { width: 480, bold: true });
    const lines = buildPageLines([...right, heading, ...left], 595);
    expect(lines.map((l) => l.text.slice(0, 2))).toEqual(['SE', 'L1', 'L2', 'L3', 'L4', 'R1', 'R2', 'R3', 'R4']);
    expect(lines.map((l) => l.column)).toEqual(['full', 'left', 'left', 'left', 'left', 'right', 'right', 'right', 'right']);
    const flows = lines.map((l) => l.flow);
    expect(flows[1]).toBeGreaterThan(flows[0]);
    expect(flows[5]).toBeGreaterThan(flows[4]);
  });

  it('does not take a label and value table for two columns', () => {
    const rows = ['Buildings', 'Contents', 'Valuables', 'Garden', 'Keys', 'Money', 'Freezer', 'Bicycles'].flatMap((label, i) => [
      item(label, 50, 100 + i * 14),
      item(`£${(i + 1) * 1000}`, 480, 100 + i * 14),
    ]);
    const lines = buildPageLines(rows, 595);
    expect(lines).toHaveLength(8);
    expect(lines[0].text).toBe('Buildings £1000');
    expect(lines.every((l) => l.column === 'full')).toBe(true);
  });

  it('does not take a table with several value columns for two columns of text', () => {
    // Labels in a left column; three plan columns of figures on the right, far from the labels.
    const labels = ['Section 30 – Travel disruption', 'Adult/child', 'Total for adult and children cover', 'Total for family cover', 'Section 31 – Automatic extension of cover', 'Overseas quarantine daily benefit', 'Adult', 'Child'];
    const items = labels.flatMap((label, i) => {
      const y = 150 + i * 15;
      const values = i === 0 || i === 4 ? [] : [`$${i},000`, `$${i * 2},000`, `$${i * 3},000`];
      return [item(label, 48, y, { size: 9 }), ...values.map((v, k) => item(v, 326 + k * 85, y, { size: 9 }))];
    });
    const lines = buildPageLines(items, 595);
    expect(lines.every((l) => l.column === 'full')).toBe(true);
    expect(lines.map((l) => l.text)).toContain('Adult/child $1,000 $2,000 $3,000');
    expect(lines.find((l) => l.text.startsWith('Adult/child'))?.cells.map((c) => c.text)).toEqual(['Adult/child', '$1,000', '$2,000', '$3,000']);
  });

  // Speed is measured by the layout benchmark, not asserted here (shared machines make timings noisy).
  it('handles a page of 100,000 tiny items', () => {
    const items = [];
    for (let i = 0; i < 100_000; i++) items.push(item('x', 20 + (i % 500) * 1.1, 20 + Math.floor(i / 500) * 4, { size: 1, width: 1 }));
    const lines = buildPageLines(items, 595);
    expect(lines).toHaveLength(200);
    expect(lines[0].text).toBe('x'.repeat(500));
  });
});
