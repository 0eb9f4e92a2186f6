import { describe, expect, it } from 'vitest';
import { comparisonResultSchema, type Change, type ComparisonResult } from '@policydiff/contracts';
import { materialChanges } from './material-changes.js';
import { renderResultHtml } from './result-html.js';
import { renderResultMarkdown } from './result-markdown.js';
import { renderResultText } from './result-text.js';

const clause = (id: string, section: string, heading: string, page: number) => ({
  clause_id: id, section, heading, page_start: page, page_end: page, text: `${heading} text`,
});

const change = (over: Partial<Change>): Change => ({
  id: 'c1', status: 'modified', clause_type: 'exclusion', a: clause('a1', '4.2', 'Flood', 7), b: clause('b1', '4.2', 'Flood', 8),
  similarity: 0.8, direction: 'narrower', materiality: 'high', materiality_score: 0.9, confidence: 0.8,
  deltas: [{ type: 'scope_change', direction: 'narrower', description: 'Flood cover now excludes <groundwater> | seepage', from: null, to: null, evidence: { a_quote: null, b_quote: null }, rule: 'scope.word-breadth', role: null, polarity: 'restriction', why: 'the wording of a restriction clause reaches more cases → narrower' }],
  diff: [],
  rules: ['change.own-deltas'],
  why: 'the wording of a restriction clause reaches more cases → narrower',
  ...over,
});

const result = (changes: Change[]): ComparisonResult =>
  comparisonResultSchema.parse({
    job_id: 'job-1', analysis_version: 'v1',
    documents: { a: { file_name: 'expiring.pdf', sha256: 'a'.repeat(64), page_count: 12 }, b: { file_name: 'renewal.pdf', sha256: 'b'.repeat(64), page_count: 13 } },
    summary: {
      headline: 'Cover is narrower: flood now excludes groundwater',
      verdict: 'narrower',
      balance: { broader: 2, narrower: 6, high_broader: 0, high_narrower: 2 },
      narrative: 'The renewal narrows flood cover.',
      counts: { added: 1, removed: 0, modified: 1, moved: 0, unchanged: 20 },
      directions: { broader: 0, narrower: 1, neutral: 1, ambiguous: 0 },
      bullets: [{ text: 'Flood narrower', severity: 'high', direction: 'narrower', change_ids: ['c1'] }],
    },
    changes,
    definitions: [],
    key_figures: [
      { label: 'Buildings sum insured', category: 'sum_insured', a: { value: 500000, currency: 'GBP', text: '£500,000', page: 2 }, b: { value: 550000, currency: 'GBP', text: '£550,000', page: 2 }, change_abs: 50000, change_pct: 10, direction: 'broader' },
      { label: 'Excess', category: 'excess', a: { value: 250, currency: 'GBP', text: '£250', page: 3 }, b: { value: 250, currency: 'GBP', text: '£250', page: 3 }, change_abs: 0, change_pct: 0, direction: 'neutral' },
    ],
    dna: { a: {}, b: {} }, warnings: ['Document B: page 9 has no text'], timings_ms: {},
  });

describe('material changes', () => {
  it('keeps high and medium changes, most material first, and drops unchanged ones', () => {
    const r = result([
      change({ id: 'low', materiality: 'low', materiality_score: 0.1 }),
      change({ id: 'med', materiality: 'medium', materiality_score: 0.5 }),
      change({ id: 'same', status: 'unchanged', materiality: 'high', materiality_score: 1 }),
      change({ id: 'high', materiality: 'high', materiality_score: 0.9 }),
    ]);
    expect(materialChanges(r).map((c) => c.id)).toEqual(['high', 'med']);
  });
  it('falls back to the largest low changes when nothing is material', () => {
    const r = result([change({ id: 'l1', materiality: 'low', materiality_score: 0.1 }), change({ id: 'l2', materiality: 'low', materiality_score: 0.3 })]);
    expect(materialChanges(r).map((c) => c.id)).toEqual(['l2', 'l1']);
  });
});

describe('rendering a result', () => {
  const r = result([
    change({}),
    change({ id: 'c2', status: 'added', a: null, b: clause('b9', '9', 'Cyber extension', 11), direction: 'broader', materiality: 'medium', materiality_score: 0.5, deltas: [] }),
  ]);

  it('as terminal text: headline, changed key figures, a table citing clause and page', () => {
    const text = renderResultText(r, 100);
    expect(text).toContain('Cover is narrower: flood now excludes groundwater');
    expect(text).toContain('expiring.pdf (12 pages) → renewal.pdf (13 pages)');
    expect(text).toMatch(/Buildings sum insured\s+£500,000\s+£550,000\s+\+10%\s+broader/);
    expect(text).not.toContain('Excess  '); // unchanged figures are left out when some changed
    expect(text).toContain('Material changes (2)');
    expect(text).toContain('4.2 Flood (p. 8) ← 4.2 Flood (p. 7) [modified]');
    expect(text).toContain('9 Cyber extension (p. 11) [added]');
    expect(text).toContain('exclusion added'); // a change without deltas is still described
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('as Markdown with table cells escaped', () => {
    const md = renderResultMarkdown(r);
    expect(md).toContain('# expiring.pdf → renewal.pdf');
    expect(md).toContain('| 1 | high | narrower | 4.2 Flood (p. 8) ← 4.2 Flood (p. 7) | modified | Flood cover now excludes <groundwater> \\| seepage |');
    expect(md).toContain('- Document B: page 9 has no text');
  });

  it('as a self-contained HTML page with text escaped', () => {
    const html = renderResultHtml(r);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Flood cover now excludes &lt;groundwater&gt; | seepage');
    expect(html).not.toContain('<groundwater>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!policydiff)/);
  });
});

/** The result as a store wrote it before verdicts and reasons existed: no verdict, balance, why, rules, rule, role or polarity. */
function stored(r: ComparisonResult): ComparisonResult {
  const { verdict: _v, balance: _b, ...summary } = r.summary;
  const changes = r.changes.map(({ why: _w, rules: _r, ...c }) => ({
    ...c,
    deltas: c.deltas.map(({ rule: _rule, role: _role, polarity: _polarity, why: _why, ...d }) => d),
  }));
  return { ...r, summary, changes } as unknown as ComparisonResult;
}

describe('the verdict and why each change has its direction', () => {
  const r = result([
    change({}),
    change({ id: 'c2', status: 'added', a: null, b: clause('b9', '9', 'Cyber extension', 11), direction: 'broader', materiality: 'medium', materiality_score: 0.5, deltas: [], why: 'a extension clause added → broader', rules: ['one-sided.clause-type'] }),
    change({ id: 'c3', materiality: 'medium', materiality_score: 0.4, why: '' }),
  ]);
  const verdict = 'Verdict: narrower — material changes weigh 6 narrower against 2 broader (high: 2 narrower, 0 broader)';

  it('in terminal text: the verdict under the headline, and a why line under each change, within the width', () => {
    const text = renderResultText(r, 80);
    const lines = text.split('\n');
    expect(lines[2]).toBe('Cover is narrower: flood now excludes groundwater');
    expect(lines.slice(3, 5).join(' ')).toBe(verdict);
    expect(text.replace(/\s+/g, ' ')).toContain('why: the wording of a restriction clause reaches more cases → narrower');
    expect(text.replace(/\s+/g, ' ')).toContain('why: a extension clause added → broader');
    // A blank reason prints no why line.
    expect(text.match(/why:/g)).toHaveLength(2);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('in Markdown: the verdict, and a Why column escaped like the others', () => {
    const md = renderResultMarkdown(result([change({ why: 'limit | cap <b>cut</b>\nnow → narrower' })]));
    expect(md).toContain(verdict);
    expect(md).toContain('| # | Materiality | Direction | Clause | Status | What changed | Why |');
    expect(md).toContain('| Flood cover now excludes <groundwater> \\| seepage | limit \\| cap <b>cut</b><br>now → narrower |');
  });

  it('in HTML: the verdict, and a Why column, escaped', () => {
    const html = renderResultHtml(result([change({ why: '<img src=x onerror=alert(1)> → narrower' })]));
    expect(html).toContain(`<p class="verdict">${verdict}</p>`);
    expect(html).toContain('<th>Why</th>');
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt; → narrower</td>');
    expect(html).not.toContain('<img');
  });

  it('prints no verdict and no why for a result stored before they existed', () => {
    const old = stored(r);
    const text = renderResultText(old, 100);
    expect(text).not.toMatch(/Verdict|why:/);
    expect(text).toContain('Material changes (3)');
    expect(text.replace(/\s+/g, ' ')).toContain('Flood cover now excludes <groundwater> | seepage');
    const md = renderResultMarkdown(old);
    expect(md).not.toContain('Verdict');
    expect(md).toMatch(/\| Flood cover now excludes <groundwater> \\\| seepage \|  \|/);
    const html = renderResultHtml(old);
    expect(html).not.toContain('class="verdict"');
    expect(html).toContain('<td></td></tr>');
  });
});

