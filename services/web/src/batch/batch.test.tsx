import type { BatchAlternative } from '@policydiff/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MAX_ALTERNATIVES, addAlternatives, removeAlternative } from './alternative-list';
import { batchProgress, coverVerdict, displayOrder, formatNetScore } from './batch-ranking';
import { batchHref, parseBatchRoute } from './batch-route';
import { BatchTable } from './batch-table';

const f = (name: string, size = 10) => ({ name, size, lastModified: 1 });
const alt = (over: Partial<BatchAlternative>): BatchAlternative => ({
  rank: null,
  job_id: 'j',
  file_name: 'x.pdf',
  status: 'COMPLETED',
  progress_pct: 100,
  headline: null,
  broader: 0,
  narrower: 0,
  ambiguous: 0,
  net_cover_score: 0,
  error_message: null,
  ...over,
});

describe('alternative list', () => {
  it('keeps a file once and refuses files past the limit with a reason', () => {
    const first = addAlternatives([], [f('a.pdf'), f('b.pdf'), f('a.pdf')]);
    expect(first.files.map((x) => x.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(first.refused).toBe('1 file is already in the list.');
    const many = Array.from({ length: MAX_ALTERNATIVES + 2 }, (_, i) => f(`q${i}.pdf`));
    const capped = addAlternatives(first.files, many);
    expect(capped.files).toHaveLength(MAX_ALTERNATIVES);
    expect(capped.refused).toBe(`4 files were not added: a batch holds at most ${MAX_ALTERNATIVES} alternatives.`);
    expect(removeAlternative(first.files, 0).map((x) => x.name)).toEqual(['b.pdf']);
  });
});

describe('batch ranking display', () => {
  it('orders ranked rows by rank, then the unranked by name', () => {
    const order = displayOrder([alt({ job_id: 'r', rank: null, file_name: 'z.pdf', status: 'RUNNING' }), alt({ job_id: 'b', rank: 2 }), alt({ job_id: 'a', rank: 1 }), alt({ job_id: 'f', rank: null, file_name: 'c.pdf', status: 'FAILED' })]);
    expect(order.map((a) => a.job_id)).toEqual(['a', 'b', 'f', 'r']);
  });

  it('reads the net score as a verdict, only once the job is done', () => {
    expect(coverVerdict(alt({ net_cover_score: 2.5 }))).toBe('adds');
    expect(coverVerdict(alt({ net_cover_score: -1 }))).toBe('removes');
    expect(coverVerdict(alt({ net_cover_score: 0 }))).toBe('level');
    expect(coverVerdict(alt({ status: 'RUNNING', net_cover_score: 5 }))).toBe('pending');
    expect([formatNetScore(3), formatNetScore(-1.5), formatNetScore(0)]).toEqual(['+3', '−1.5', '±0']);
  });

  it('sums the batch state', () => {
    expect(batchProgress([alt({}), alt({ status: 'RUNNING' }), alt({ status: 'FAILED' })])).toBe('1 of 3 done, 1 running, 1 failed');
  });

  it('routes #/batch and #/batches/<id>', () => {
    expect(parseBatchRoute('#/batch')).toEqual({ name: 'batch-upload' });
    expect(parseBatchRoute(batchHref('b 1'))).toEqual({ name: 'batch', batchId: 'b 1' });
    expect(parseBatchRoute('#/jobs/x')).toBeNull();
  });

  it('renders the ranked table with links to each result and progress for running jobs', () => {
    const html = renderToStaticMarkup(
      <BatchTable
        alternatives={[
          alt({ job_id: 'run', file_name: 'late.pdf', status: 'RUNNING', progress_pct: 45.5 }),
          alt({ job_id: 'top', rank: 1, file_name: 'best.pdf', broader: 3, narrower: 1, net_cover_score: 4, headline: 'Adds flood cover' }),
        ]}
      />,
    );
    expect(html.indexOf('best.pdf')).toBeLessThan(html.indexOf('late.pdf'));
    expect(html).toContain('href="#/jobs/top"');
    expect(html).toContain('+4');
    expect(html).toContain('Adds cover');
    expect(html).toContain('Adds flood cover');
    expect(html).toContain('value="45.5"');
    expect(html).toContain('46%');
  });
});
