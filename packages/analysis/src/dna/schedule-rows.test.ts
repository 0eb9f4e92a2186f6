import { describe, expect, it } from 'vitest';
import { classifyClauses } from '../classification/classify-clauses.js';
import { extractDefinitions } from '../definitions/extract-definitions.js';
import type { LayoutDocument } from '../types.js';
import { extractDna } from './extract-dna.js';
import { scheduleRowLabels } from './schedule-rows.js';
import { buildLayout, heading, para, row } from './test-fixtures.js';

function analyse(layout: LayoutDocument) {
  const definitions = extractDefinitions(layout);
  const classification = classifyClauses(layout, definitions);
  return extractDna(layout, definitions, classification);
}

function figures(layout: LayoutDocument) {
  return analyse(layout).profile.keyFigures.map((f) => [f.label, f.category, f.value]);
}

describe('schedule lines as key figures', () => {
  it('names a "label amount" paragraph of a schedule by its label', () => {
    const layout = buildLayout([
      heading('Your schedule'),
      para('Certificate number MSA/T/88123050'),
      para('Overseas medical expenses S$500,000'),
      para('Travel delay (per 6 hours) S$100'),
      para('Medical expenses excess S$100'),
      para('Premium S$96.30'),
      para('GST at 9% S$8.67'),
    ]);
    expect(figures(layout)).toEqual([
      ['Overseas medical expenses', 'limit', 500000],
      ['Travel delay (per 6 hours)', 'limit', 100],
      ['Medical expenses excess', 'excess', 100],
      ['Premium', 'premium', 96.3],
      ['GST at 9%', 'tax', 8.67],
      ['GST at 9%', 'percentage', 9],
    ]);
  });

  it('does not take a sentence that states a figure for a schedule line', () => {
    const layout = buildLayout([heading('Section 1 Contents'), para('We will pay up to £500'), para('Theft excess £250 unless the home is alarmed.')]);
    expect(scheduleRowLabels(layout.clauses, ['heading', 'limit', 'excess']).labels).toEqual([null, null, null]);
  });

  it('joins a row label that wrapped onto its own line above the row', () => {
    const layout = buildLayout([
      heading('Your schedule'),
      para('Business interruption indemnity'),
      row('period', '12 months'),
      para('Public liability excess (property damage'),
      row('claims)', '$500'),
      row('Base premium', '$6,840'),
    ]);
    const { labels, labelLines } = scheduleRowLabels(layout.clauses, ['heading', 'schedule', 'schedule', 'schedule', 'schedule', 'schedule']);
    expect(labels).toEqual([null, null, 'Business interruption indemnity period', null, 'Public liability excess (property damage claims)', 'Base premium']);
    expect([...labelLines]).toEqual(['c0002', 'c0004']);
    // The joined label also gives the figure its role: the $500 is an excess.
    expect(figures(layout)).toEqual([
      ['Business interruption indemnity period', 'period', 360],
      ['Public liability excess (property damage claims)', 'excess', 500],
      ['Base premium', 'premium', 6840],
    ]);
  });
});

describe('policy territory', () => {
  it('prefers the place under a territory heading to places merely mentioned elsewhere', () => {
    const layout = buildLayout([
      heading('About us'),
      para('As a member of the worldwide group we use local expertise.'),
      heading('Personal possessions'),
      para('We cover your belongings anywhere in the world.'),
      heading('Geographical limitation'),
      para('Loss, damage or liability which occurs while your vehicle was not in Australia.'),
    ]);
    expect(analyse(layout).profile.territory).toBe('Australia');
  });

  it('falls back to a weaker hint when nothing names the territory', () => {
    const layout = buildLayout([heading('Cover'), para('We cover your belongings anywhere in the world.')]);
    expect(analyse(layout).profile.territory).toBe('Worldwide');
  });
});

describe('key figure labels outside schedules', () => {
  it('names what a figure applies to only when that has a short name', () => {
    const layout = buildLayout([
      heading('Section 2 Contents'),
      para('We will pay up to £2,000,000 for any award of damages made in your favour which remains unpaid after three months.'),
      para('We will pay up to £1,500 for money.'),
    ]);
    expect(figures(layout)).toEqual([
      ['Contents – sublimit', 'sublimit', 2000000],
      ['Contents – money – sublimit', 'sublimit', 1500],
    ]);
  });
});
