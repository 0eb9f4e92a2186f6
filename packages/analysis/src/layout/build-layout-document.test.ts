import { describe, expect, it } from 'vitest';
import { buildLayoutDocument } from './build-layout-document.js';
import { item, page, paragraphItems } from './synthetic-items.js';

const W = 595;
const FULL = 450; // width of a full body line, in points

describe('buildLayoutDocument', () => {
  it('builds the section tree: numbers, full section paths, heading paths and levels', () => {
    const items = [
      item('SECTION 2 – CONTENTS', 72, 80, { size: 16, bold: true }),
      item('1. What is covered', 72, 110, { size: 12, bold: true }),
      item('1.1 We will pay for loss or damage to your contents caused by:', 72, 135, { width: FULL }),
      item('(a) fire, smoke or explosion;', 90, 150),
      item('(b) theft or attempted theft;', 90, 165),
      item('(i) from a locked room;', 108, 180),
      item('(ii) from a car.', 108, 195),
      item('1.2 We will also pay for food spoiled in a freezer.', 72, 215, { width: FULL }),
      item('2. What is not covered', 72, 245, { size: 12, bold: true }),
      item('2.1 Wear and tear.', 72, 270),
    ];
    const doc = buildLayoutDocument([page(1, items)]);
    const byText = (start: string) => doc.clauses.find((c) => c.text.startsWith(start))!;
    expect(doc.clauses.map((c) => c.kind)).toEqual(['heading', 'heading', 'list_item', 'list_item', 'list_item', 'list_item', 'list_item', 'list_item', 'heading', 'list_item']);
    expect(byText('SECTION 2')).toMatchObject({ number: 'SECTION 2', section: 'Section 2', level: 0, headingPath: ['SECTION 2 – CONTENTS'] });
    expect(byText('What is covered')).toMatchObject({ number: '1', section: 'Section 2 › 1', level: 1, headingPath: ['SECTION 2 – CONTENTS', 'What is covered'] });
    expect(byText('We will pay')).toMatchObject({ number: '1.1', section: 'Section 2 › 1.1', heading: 'What is covered' });
    expect(byText('fire')).toMatchObject({ number: '(a)', section: 'Section 2 › 1.1(a)' });
    expect(byText('from a locked')).toMatchObject({ number: '(i)', section: 'Section 2 › 1.1(b)(i)' });
    expect(byText('from a car')).toMatchObject({ number: '(ii)', section: 'Section 2 › 1.1(b)(ii)' });
    expect(byText('We will also')).toMatchObject({ section: 'Section 2 › 1.2' });
    expect(byText('What is not covered')).toMatchObject({ number: '2', section: 'Section 2 › 2', headingPath: ['SECTION 2 – CONTENTS', 'What is not covered'] });
    expect(byText('Wear and tear')).toMatchObject({ section: 'Section 2 › 2.1', heading: 'What is not covered' });
    expect(byText('from a locked').level).toBeGreaterThan(byText('theft').level);
    expect(byText('theft').level).toBeGreaterThan(byText('We will pay').level);
  });

  it('joins a paragraph running over a page break into one clause with boxes on both pages', () => {
    const p1 = [
      item('Conditions', 72, 80, { size: 14, bold: true }),
      ...paragraphItems(['You must take all reasonable steps to prevent loss or damage and keep the', 'buildings in a good state of repair, and you must tell us as soon as'], 72, 700, { width: FULL }),
    ];
    const p2 = [...paragraphItems(['possible about any change that may affect your cover.', 'A new paragraph starts here.'], 72, 80, { width: FULL }).map((it, i) => (i === 1 ? { ...it, baseline: it.baseline + 20, y: it.y + 20 } : it))];
    p2[0].width = 260;
    const doc = buildLayoutDocument([page(1, p1), page(2, p2)]);
    const carried = doc.clauses.find((c) => c.text.startsWith('You must take'))!;
    expect(carried.text).toBe('You must take all reasonable steps to prevent loss or damage and keep the buildings in a good state of repair, and you must tell us as soon as possible about any change that may affect your cover.');
    expect(carried.pageStart).toBe(1);
    expect(carried.pageEnd).toBe(2);
    expect(carried.bboxes.map((b) => b.page)).toEqual([1, 2]);
    expect(doc.clauses.at(-1)!.text).toBe('A new paragraph starts here.');
    expect(doc.clauses.at(-1)!.pageStart).toBe(2);
  });

  it('does not join a finished paragraph to the next page', () => {
    const doc = buildLayoutDocument([
      page(1, paragraphItems(['We will pay for the damage.'], 72, 700)),
      page(2, paragraphItems(['the next page starts in lower case but the sentence had ended.'], 72, 80)),
    ]);
    expect(doc.clauses).toHaveLength(2);
  });

  it('repairs a hyphenated word across lines and keeps bboxes top-left based', () => {
    const doc = buildLayoutDocument([page(1, paragraphItems(['This policy gives you cover-', 'age for accidental damage.'], 72, 100, { width: FULL }))]);
    expect(doc.clauses).toHaveLength(1);
    expect(doc.clauses[0].text).toBe('This policy gives you coverage for accidental damage.');
    const box = doc.clauses[0].bboxes[0];
    expect(box.y0).toBeCloseTo(92, 5);
    expect(box.y1).toBeCloseTo(114, 5);
    expect(box.x0).toBe(72);
  });

  it('keeps short lines as clauses and schedule rows as label–value pairs', () => {
    const items = [
      item('Limit: $5,000,000', 72, 100),
      item('Excess: $500', 72, 115),
      item('Public Liability ........ $20,000,000', 72, 140),
      item('Contents in the garden', 72, 160),
      item('£5,000', 480, 160),
    ];
    const doc = buildLayoutDocument([page(1, items)]);
    expect(doc.clauses.map((c) => c.text)).toEqual(['Limit: $5,000,000', 'Excess: $500', 'Public Liability: $20,000,000', 'Contents in the garden: £5,000']);
    expect(doc.clauses[2]).toMatchObject({ kind: 'table_row', label: 'Public Liability', value: '$20,000,000' });
    expect(doc.clauses[3]).toMatchObject({ kind: 'table_row', label: 'Contents in the garden', value: '£5,000' });
  });

  it('splits paragraphs at a wider gap and after a short finished line', () => {
    const items = [
      ...paragraphItems(['We will pay for loss or damage caused by fire, lightning, explosion or', 'earthquake.'], 72, 100, { width: FULL }).map((it, i) => (i === 1 ? { ...it, width: 50 } : it)),
      ...paragraphItems(['We will not pay for wear and tear.'], 72, 124, { width: 200 }),
      ...paragraphItems(['Gap paragraph.'], 72, 160),
    ];
    const doc = buildLayoutDocument([page(1, items)]);
    expect(doc.clauses.map((c) => c.text)).toEqual([
      'We will pay for loss or damage caused by fire, lightning, explosion or earthquake.',
      'We will not pay for wear and tear.',
      'Gap paragraph.',
    ]);
  });

  it('detects headings by size, boldness and ALL CAPS, and the title from the largest text', () => {
    const items = [
      item('Home Insurance', 72, 60, { size: 24, bold: true }),
      item('Policy Wording', 72, 90, { size: 24, bold: true }),
      item('GENERAL EXCLUSIONS', 72, 140),
      ...paragraphItems(['These exclusions apply to the whole of your policy and every section of it.'], 72, 160, { width: FULL }),
      item('Wear and tear', 72, 190, { bold: true }),
      ...paragraphItems(['We will not pay for wear and tear or gradual deterioration.'], 72, 205, { width: FULL }),
    ];
    const doc = buildLayoutDocument([page(1, items)]);
    expect(doc.title).toBe('Home Insurance Policy Wording');
    expect(doc.clauses.map((c) => [c.kind, c.text])).toEqual([
      ['heading', 'Home Insurance Policy Wording'],
      ['heading', 'GENERAL EXCLUSIONS'],
      ['paragraph', 'These exclusions apply to the whole of your policy and every section of it.'],
      ['heading', 'Wear and tear'],
      ['paragraph', 'We will not pay for wear and tear or gradual deterioration.'],
    ]);
    expect(doc.clauses[4].headingPath).toEqual(['Home Insurance Policy Wording', 'GENERAL EXCLUSIONS', 'Wear and tear']);
  });

  it('leaves out contents pages and furniture, numbers clauses in reading order and counts', () => {
    const toc = ['Contents', 'Definitions ........ 2', 'Cover ........ 2', 'Exclusions ........ 3', 'Conditions ........ 3', 'Claims ........ 3'];
    const pages = [
      page(1, [item('Acme Insurance', 72, 30), ...toc.map((t, i) => item(t, 72, 100 + i * 16)), item('1', 290, 820)]),
      page(2, [item('Acme Insurance', 72, 30), item('Definitions', 72, 100, { bold: true }), item('Flood means water.', 72, 120), item('2', 290, 820)]),
      page(3, [item('Acme Insurance', 72, 30), item('Exclusions', 72, 100, { bold: true }), item('We will not pay for war.', 72, 120), item('3', 290, 820)]),
    ];
    const doc = buildLayoutDocument(pages);
    expect(doc.tocPages).toEqual([1]);
    expect(doc.removedFurniture).toContain('Acme Insurance');
    expect(doc.clauses.map((c) => [c.id, c.text])).toEqual([
      ['c0001', 'Definitions'],
      ['c0002', 'Flood means water.'],
      ['c0003', 'Exclusions'],
      ['c0004', 'We will not pay for war.'],
    ]);
    expect(doc.pageCount).toBe(3);
    expect(doc.stats.textItems).toBe(pages.reduce((n, p) => n + p.items.length, 0));
    expect(doc.stats.lines).toBe(4);
  });

  it('warns about pages without text', () => {
    const doc = buildLayoutDocument([page(1, [item('Some text.', 72, 100)]), page(2, []), page(3, [])]);
    expect(doc.warnings).toEqual(['2 page(s) have no text layer (pp. 2–3); their content is not compared.']);
  });

  it('records bold spans of a definition', () => {
    const doc = buildLayoutDocument([page(1, [item('Flood:', 72, 100, { bold: true }), item('means water escaping.', 110, 100)])], []);
    expect(doc.clauses[0].boldSpans).toEqual(['Flood:']);
    expect(doc.clauses[0].bold).toBe(false);
  });

  it('reads a page with only a few lines in one column by the gutter of the other pages', () => {
    // The pages are set in two columns (56–286 and 308–538); the right column of the last page
    // holds only the last two lines of a clause, too few to find the gutter on that page alone.
    const sentence = (tag: string, lines: number) =>
      Array.from({ length: lines }, (_, i) => (i === lines - 1 ? `${tag} ends here.` : `${tag} line ${i + 1} of the wording continues`));
    const full = (n: number) => [...paragraphItems(sentence(`Left ${n}`, 10), 56, 100, { width: 230 }), ...paragraphItems(sentence(`Right ${n}`, 10), 308, 100, { width: 230 })];
    const last = [
      ...paragraphItems(['the end of the right column', 'text carried over.'], 308, 100, { width: 230 }),
      ...paragraphItems(sentence('Left two', 10), 56, 100, { width: 230 }),
    ];
    const doc = buildLayoutDocument([page(1, full(1)), page(2, full(2)), page(3, last)]);
    const onLastPage = doc.clauses.filter((c) => c.pageStart === 3).map((c) => c.text);
    expect(onLastPage).toEqual([
      'Left two line 1 of the wording continues Left two line 2 of the wording continues Left two line 3 of the wording continues Left two line 4 of the wording continues Left two line 5 of the wording continues Left two line 6 of the wording continues Left two line 7 of the wording continues Left two line 8 of the wording continues Left two line 9 of the wording continues Left two ends here.',
      'the end of the right column text carried over.',
    ]);
  });

  it('reads a term wrapped beside its definition down the term first, and starts the next term on a new clause', () => {
    // Term column at 56, definition text at 174; the body lines run almost to the column edge (286).
    const term = (text: string, y: number) => item(text, 56, y, { bold: true });
    const body = (text: string, y: number, width = 110) => item(text, 174, y, { width });
    const doc = buildLayoutDocument([
      page(1, [
        item('Definitions', 56, 80, { size: 13, bold: true }),
        term('Medical', 100),
        body('A person registered and', 100),
        body('licensed to practise in the', 112.6),
        body('country of treatment.', 125.2, 58),
        term('Reasonable and', 142),
        body('Charges for medical', 142),
        term('customary charges', 154.6),
        body('treatment which do not', 154.6),
        body('exceed the usual level.', 167.2),
        // A long term leaves too narrow a gap to its text for two cells.
        item('Pre-existing condition', 56, 184, { bold: true, width: 100 }),
        body('Any illness or injury', 184),
        body('known before the journey.', 196.6),
      ]),
    ]);
    expect(doc.clauses.map((c) => c.text)).toEqual([
      'Definitions',
      'Medical A person registered and licensed to practise in the country of treatment.',
      'Reasonable and customary charges Charges for medical treatment which do not exceed the usual level.',
      'Pre-existing condition Any illness or injury known before the journey.',
    ]);
    expect(doc.clauses[2].boldSpans).toEqual(['Reasonable and customary charges']);
  });
});
