import { describe, expect, it } from 'vitest';
import { extractDefinitions } from '../definitions/extract-definitions.js';
import { buildLayout, heading, item, para, row } from '../dna/test-fixtures.js';
import { classifyClauses } from './classify-clauses.js';

function classify(specs: Parameters<typeof buildLayout>[0]) {
  const layout = buildLayout(specs);
  const result = classifyClauses(layout, extractDefinitions(layout));
  return Object.fromEntries(layout.clauses.map((c, i) => [c.text, result.clauses[i]]));
}

describe('classifyClauses', () => {
  it('gives one result per clause, in order, and types headings as heading', () => {
    const layout = buildLayout([heading('Section 1 Buildings'), para('We will pay for damage to your buildings.')]);
    const result = classifyClauses(layout, extractDefinitions(layout));
    expect(result.clauses.map((c) => c.clauseId)).toEqual(['c0001', 'c0002']);
    expect(result.clauses[0]).toMatchObject({ type: 'heading', confidence: 1 });
    expect(result.clauses[1]).toMatchObject({ type: 'coverage_grant', coverArea: 'Buildings' });
    expect(result.clauses[1].reasons).toContain("text: 'We will pay'");
  });

  it('lets strong text cues override a weaker heading', () => {
    const r = classify([
      heading('Section 2 Contents'),
      heading('What is covered', 2),
      para('We will not pay for damage caused by moths or vermin.'),
      para('We will pay up to £2,500 for any one item of jewellery.'),
      para('The excess is £250 for each claim.'),
      para('Loss or damage caused by storm or flood.'),
    ]);
    const exclusion = r['We will not pay for damage caused by moths or vermin.'];
    expect(exclusion.type).toBe('exclusion');
    expect(exclusion.reasons[0]).toBe("text: 'We will not pay'");
    expect(exclusion.reasons).toContain("overrides heading 'What is covered' (coverage_grant)");
    expect(exclusion.coverArea).toBe('Contents');
    expect(r['We will pay up to £2,500 for any one item of jewellery.'].type).toBe('sublimit');
    expect(r['The excess is £250 for each claim.'].type).toBe('excess');
    expect(r['Loss or damage caused by storm or flood.'].type).toBe('coverage_grant');
  });

  it('uses heading context for terse list items', () => {
    const r = classify([
      heading('Section 4 Personal Accident'),
      heading('What is not covered', 2),
      item('Wear and tear.'),
      heading('Conditions', 2),
      item('All doors are locked when the home is empty.'),
      heading('How to make a claim', 1),
      para('Please have your policy number ready.'),
      heading('Cancelling your policy', 1),
      para('You have 14 days from receipt to change your mind.'),
    ]);
    expect(r['Wear and tear.']).toMatchObject({ type: 'exclusion', coverArea: 'Personal Accident' });
    expect(r['Wear and tear.'].reasons).toEqual(["heading 'What is not covered'", "overrides heading 'Section 4 Personal Accident' (coverage_grant)"]);
    expect(r['All doors are locked when the home is empty.'].type).toBe('condition');
    expect(r['Please have your policy number ready.']).toMatchObject({ type: 'claims_procedure', coverArea: null });
    expect(r['You have 14 days from receipt to change your mind.'].type).toBe('cancellation');
  });

  it('classifies a definitions section as definition', () => {
    const r = classify([heading('Definitions'), para('Flood means water.'), item('(a) from a river;')]);
    expect(r['Flood means water.']).toMatchObject({ type: 'definition', coverArea: null });
    expect(r['(a) from a river;'].type).toBe('definition');
  });

  it('types schedule rows as schedule unless they are excess or limit rows', () => {
    const r = classify([
      heading('Policy schedule'),
      row('Policy number', 'ABC123'),
      row('Buildings excess', '£350'),
      row('Public Liability limit', '$20,000,000'),
      row('Public Liability', 'Covered'),
    ]);
    expect(r['Policy number ABC123'].type).toBe('schedule');
    expect(r['Buildings excess £350']).toMatchObject({ type: 'excess', coverArea: 'Buildings' });
    expect(r['Public Liability limit $20,000,000']).toMatchObject({ type: 'limit', coverArea: 'Public Liability' });
    expect(r['Public Liability Covered']).toMatchObject({ type: 'schedule', coverArea: 'Public Liability' });
  });

  it('recognises the remaining types from wording', () => {
    const r = classify([
      heading('Section 3 Travel Delay'),
      para('You must keep all receipts and boarding passes.'),
      para('There is a waiting period of 30 days for illness.'),
      para('This cover is extended to include delays caused by strikes.'),
      para('It is warranted that the property is occupied overnight.'),
      para('It is hereby declared and agreed that the flood excess is amended.'),
      heading('Complaints', 1),
      para('You may refer your complaint to the Financial Ombudsman Service.'),
    ]);
    expect(r['You must keep all receipts and boarding passes.']).toMatchObject({ type: 'condition', coverArea: 'Travel Delay' });
    expect(r['There is a waiting period of 30 days for illness.'].type).toBe('waiting_period');
    expect(r['This cover is extended to include delays caused by strikes.'].type).toBe('extension');
    expect(r['It is warranted that the property is occupied overnight.'].type).toBe('warranty');
    expect(r['It is hereby declared and agreed that the flood excess is amended.'].type).toBe('endorsement');
    expect(r['You may refer your complaint to the Financial Ombudsman Service.']).toMatchObject({ type: 'admin', coverArea: null });
  });

  it('is more confident when heading and text agree', () => {
    const r = classify([
      heading('Exclusions'),
      para('We will not pay for wear and tear.'),
      para('Gradual deterioration.'),
    ]);
    const agree = r['We will not pay for wear and tear.'];
    const headingOnly = r['Gradual deterioration.'];
    expect(agree.type).toBe('exclusion');
    expect(headingOnly.type).toBe('exclusion');
    expect(agree.confidence).toBeGreaterThan(headingOnly.confidence);
    expect(agree.confidence).toBeLessThanOrEqual(1);
    expect(headingOnly.confidence).toBeGreaterThan(0);
  });

  // Speed is for benchmarks (shared machines make timings noisy); this checks the result at scale.
  it('classifies 3,000 clauses', () => {
    const specs = [heading('Section 1 Buildings'), heading('What is covered', 2)];
    for (let i = 0; i < 3000; i++) specs.push(para(`We will pay up to £${1000 + i} for loss of item ${i} unless it was left unattended; you must tell us within 30 days.`));
    const layout = buildLayout(specs);
    const definitions = extractDefinitions(layout);
    const result = classifyClauses(layout, definitions);
    expect(result.clauses).toHaveLength(3002);
  });
});

describe('classifyClauses cover areas', () => {
  it('does not take a promoted table line with amounts as a cover area', () => {
    const r = classify([heading('Section 7 Medical Expenses'), heading('Delayed departure $100 $150', 2), para('We will pay for delays.')]);
    expect(r['We will pay for delays.'].coverArea).toBe('Medical Expenses');
  });
});
