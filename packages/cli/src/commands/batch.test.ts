import type { BatchBody } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io.js';
import { runCli } from '../run-cli.js';
import { batchLine, renderBatchTable } from './batch.js';

const body: BatchBody = {
  batch_id: 'b1',
  base_file_name: 'expiring.pdf',
  created_at: '2025-01-01T00:00:00Z',
  status: 'RUNNING',
  alternatives: [
    { rank: 1, job_id: 'j1', file_name: 'insurer-a.pdf', status: 'COMPLETED', progress_pct: 100, headline: 'Adds flood cover', broader: 3, narrower: 1, ambiguous: 0, net_cover_score: 2.5, error_message: null },
    { rank: 2, job_id: 'j2', file_name: 'insurer-b.pdf', status: 'COMPLETED', progress_pct: 100, headline: 'Cuts the theft limit', broader: 0, narrower: 2, ambiguous: 1, net_cover_score: -2, error_message: null },
    { rank: null, job_id: 'j3', file_name: 'insurer-c.pdf', status: 'RUNNING', progress_pct: 36.4, headline: null, broader: 0, narrower: 0, ambiguous: 0, net_cover_score: 0, error_message: null },
    { rank: null, job_id: 'j4', file_name: 'scan.pdf', status: 'FAILED', progress_pct: 9.1, headline: null, broader: 0, narrower: 0, ambiguous: 0, net_cover_score: 0, error_message: 'segment 5 failed: no text layer' },
  ],
};

describe('policydiff batch output', () => {
  it('prints the ranked table with signed net cover, progress and errors', () => {
    const lines = renderBatchTable(body, 140).split('\n');
    expect(lines[0]).toBe('batch b1  RUNNING');
    expect(lines[1]).toBe('base expiring.pdf');
    const row = (name: string) => lines.find((l) => l.includes(name))!.trim().split(/\s{2,}/);
    expect(row('insurer-a.pdf')).toEqual(['1', 'insurer-a.pdf', 'done', '3', '1', '+2.5', 'Adds flood cover']);
    expect(row('insurer-b.pdf')).toEqual(['2', 'insurer-b.pdf', 'done', '0', '2', '−2', 'Cuts the theft limit']);
    expect(row('insurer-c.pdf')).toEqual(['—', 'insurer-c.pdf', '36%']);
    expect(row('scan.pdf')).toEqual(['—', 'scan.pdf', 'failed', 'segment 5 failed: no text layer']);
    expect(batchLine(body)).toBe('2 of 4 done, 1 failed');
  });

  it('refuses a batch without alternatives or with too many, before any upload', async () => {
    const errs: string[] = [];
    const io: CliIo = { out: () => undefined, err: (t) => void errs.push(t), errIsTty: false, columns: 100, env: { POLICYDIFF_SERVER: 'http://127.0.0.1:9' } };
    expect(await runCli(['batch', 'base.pdf'], io)).toBe(2);
    expect(errs.join('')).toContain('batch needs a base PDF and at least one alternative');
    const many = Array.from({ length: 21 }, (_, i) => `q${i}.pdf`);
    expect(await runCli(['batch', 'base.pdf', ...many], io)).toBe(2);
    expect(errs.join('')).toContain('a batch holds at most 20 alternatives (got 21)');
  });
});
