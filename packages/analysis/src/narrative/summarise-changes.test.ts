import { summarySchema } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../alignment/align-clauses.js';
import { type ClauseSpec, type DocumentSpec, buildDocument } from '../alignment/test-fixtures.js';
import { interpretDeltas } from '../delta/interpret-deltas.js';
import type { MoneyAmount } from '../types.js';
import { RECOMMENDATION_PATTERN } from './safe-wording.js';
import { summariseChanges } from './summarise-changes.js';

const DOCS = { a: { fileName: 'home-2024.pdf' }, b: { fileName: 'home-2025.pdf' } };

function summarise(specA: DocumentSpec | ClauseSpec[], specB: DocumentSpec | ClauseSpec[]) {
  const a = buildDocument(specA);
  const b = buildDocument(specB);
  const delta = interpretDeltas(a, b, alignClauses(a, b));
  const summary = summariseChanges(delta, a, b, DOCS);
  summarySchema.parse(summary);
  return { summary, delta, a, b };
}

function money(value: number, role: MoneyAmount['role'], subject: string | null): MoneyAmount {
  return { value, currency: 'GBP', raw: `£${value.toLocaleString('en-GB')}`, role, basis: null, subject };
}

const FIRE = 'We will pay for loss or damage to the buildings caused by fire, lightning, explosion or earthquake.';
const VALUABLES = (v: number) => `The most we will pay for any one claim for valuables and jewellery is £${v.toLocaleString('en-GB')}.`;
const EXCESS = (v: number) => `You must pay the first £${v} of every claim for escape of water from any installation.`;
const ADVICE_EXCLUSION =
  'We will not pay for damage caused by frozen pipes in an unheated home. You should keep the heating on at all times during winter.';
const GARDEN = 'We will pay up to £500 for plants, shrubs and trees in the garden damaged by theft or vandalism.';

function realisticPair() {
  const a: ClauseSpec[] = [
    { text: 'Section 1: Buildings', type: 'heading', page: 3 },
    { text: FIRE, section: '1.1', type: 'coverage_grant', coverArea: 'Buildings', page: 3 },
    { text: EXCESS(250), section: '1.2', type: 'excess', coverArea: 'Buildings', page: 4, dna: { amounts: [money(250, 'excess', 'escape of water')] } },
    { text: 'Section 2: Contents', type: 'heading', page: 8 },
    { text: VALUABLES(10000), section: '2.4', type: 'limit', coverArea: 'Contents', page: 12, dna: { amounts: [money(10000, 'limit', 'valuables')] } },
  ];
  const b: ClauseSpec[] = [
    { text: 'Part A – Your buildings', type: 'heading', page: 2 },
    { text: FIRE, section: 'A1', type: 'coverage_grant', coverArea: 'Buildings', page: 2 },
    { text: EXCESS(500), section: 'A2', type: 'excess', coverArea: 'Buildings', page: 2, dna: { amounts: [money(500, 'excess', 'escape of water')] } },
    { text: ADVICE_EXCLUSION, section: 'A3', type: 'exclusion', coverArea: 'Buildings', page: 3 },
    { text: 'Part B – Your contents', type: 'heading', page: 9 },
    { text: VALUABLES(5000), section: 'B4', type: 'limit', coverArea: 'Contents', page: 14, dna: { amounts: [money(5000, 'limit', 'valuables')] } },
    { text: GARDEN, section: 'B5', type: 'extension', coverArea: 'Contents', page: 14, dna: { amounts: [money(500, 'sublimit', 'garden')] } },
  ];
  return summarise(a, b);
}

describe('summariseChanges', () => {
  it('leads with a headline counting material reductions and improvements', () => {
    const { summary } = realisticPair();
    expect(summary.headline).toBe('Cover is narrower overall: 3 material reductions, 1 improvement; 1 high change goes the other way');
    expect(summary.counts).toEqual({ added: 2, removed: 0, modified: 2, moved: 0, unchanged: 1 });
    expect(summary.directions).toEqual({ broader: 1, narrower: 3, neutral: 0, ambiguous: 0 });
  });

  it('cites clause and page on each side for every statement', () => {
    const { summary } = realisticPair();
    expect(summary.narrative).toContain('§2.4, p. 12 → §B4, p. 14');
    expect(summary.narrative).toContain('§1.2, p. 4 → §A2, p. 2');
    expect(summary.narrative).toContain('not in A → §A3, p. 3');
    for (const bullet of summary.bullets) expect(bullet.text).toMatch(/(§[^,]+, p\. \d+|not in A) → (§[^,]+, p\. \d+|not in B)\)$/);
    const listed = summary.narrative.split('\n').filter((l) => l.startsWith('- '));
    expect(listed.length).toBeGreaterThanOrEqual(4);
    for (const line of listed) expect(line).toMatch(/p\. \d+/);
  });

  it('orders the most material changes first and groups them by cover area', () => {
    const { summary } = realisticPair();
    const rank = { high: 0, medium: 1, low: 2 } as const;
    const ranks = summary.bullets.map((b) => rank[b.severity]);
    for (let k = 1; k < ranks.length; k += 1) expect(ranks[k]).toBeGreaterThanOrEqual(ranks[k - 1]);
    expect(ranks[0]).toBe(0);
    const buildings = summary.narrative.indexOf('## Buildings');
    const contents = summary.narrative.indexOf('## Contents');
    expect(buildings).toBeGreaterThan(0);
    expect(contents).toBeGreaterThan(0);
    const valuables = summary.bullets.find((b) => b.text.includes('valuables'))!;
    // An inner limit halved: medium (DOMAIN.md §6).
    expect(valuables).toMatchObject({ severity: 'medium', direction: 'narrower' });
    expect(valuables.text).toContain('£10,000 to £5,000');
    expect(summary.bullets.find((b) => b.text.includes('New exclusion'))).toMatchObject({ direction: 'narrower' });
    expect(summary.bullets.find((b) => b.text.includes('New extension'))).toMatchObject({ direction: 'broader' });
  });

  it('uses no recommendation language, even when the policy text quoted contains some', () => {
    const { summary } = realisticPair();
    expect(summary.narrative).not.toMatch(RECOMMENDATION_PATTERN);
    for (const bullet of summary.bullets) expect(bullet.text).not.toMatch(RECOMMENDATION_PATTERN);
    expect(summary.narrative).not.toMatch(/\bshould\b|\brecommend/i);
  });

  it('states only amounts that appear in the documents', () => {
    const { summary, a, b } = realisticPair();
    const source = [...a.layout.clauses, ...b.layout.clauses].map((c) => c.text).join(' ');
    const amounts = summary.narrative.match(/£[\d,]+/g) ?? [];
    expect(amounts.length).toBeGreaterThanOrEqual(4);
    for (const amount of amounts) expect(source).toContain(amount);
  });

  it('says plainly when nothing material changed', () => {
    const { summary } = summarise(
      [{ text: FIRE, coverArea: 'Buildings' }, { text: 'We will pay for loss of or damage to your contents caused by smoke while they are in the home.' }],
      [{ text: FIRE, coverArea: 'Buildings' }, { text: 'We will pay for loss of or damage to your contents which is caused by smoke whilst they are in your home.' }],
    );
    expect(summary.headline).toBe('No material change in cover: 1 minor difference in wording or layout only.');
    expect(summary.narrative).toContain('No material change in cover was found');
    expect(summary.bullets).toEqual([]);
    expect(summary.narrative).toContain('1 clause is reworded with no identified change in cover');
  });

  it('reports identical wordings as matching', () => {
    const { summary } = summarise([{ text: FIRE }], [{ text: FIRE }]);
    expect(summary.headline).toBe('No material change in cover: the wordings match.');
    expect(summary.counts.unchanged).toBe(1);
  });

  it('opens with the two file names and the headline in bold', () => {
    const lines = realisticPair().summary.narrative.split('\n');
    expect(lines[0]).toBe('# home-2024.pdf → home-2025.pdf');
    expect(lines[2]).toBe('**Cover is narrower overall: 3 material reductions, 1 improvement; 1 high change goes the other way**');
  });

  it('is deterministic', () => {
    expect(realisticPair().summary).toEqual(realisticPair().summary);
  });
});
