import { describe, expect, it } from 'vitest';
import type { Change, JobStatusBody } from '@policydiff/contracts';
import { rankAlternatives, scoreAlternative } from './batch-ranking.js';

const job = (id: string, status: JobStatusBody['status'], name = `${id}.pdf`) =>
  ({ job_id: id, status, file_name_b: name, progress_pct: status === 'COMPLETED' ? 100 : 40, error_message: null }) as JobStatusBody;
const change = (direction: Change['direction'], materiality: Change['materiality'], status: Change['status'] = 'modified') =>
  ({ direction, materiality, status }) as Change;
const result = (...changes: Change[]) => ({ summary: { headline: 'h' } as never, changes });

describe('batch ranking', () => {
  it('counts material broader and narrower changes and weighs them by materiality', () => {
    const s = scoreAlternative(job('x', 'COMPLETED'), result(change('broader', 'high'), change('broader', 'medium'), change('narrower', 'high'), change('narrower', 'low'), change('broader', 'high', 'unchanged'), change('ambiguous', 'medium')));
    expect(s).toMatchObject({ broader: 2, narrower: 1, ambiguous: 1, net_cover_score: 0.5, headline: 'h' });
  });

  it('ranks completed alternatives by net cover, most added first, and leaves running ones unranked', () => {
    const ranked = rankAlternatives([
      scoreAlternative(job('narrow', 'COMPLETED'), result(change('narrower', 'high'))),
      scoreAlternative(job('running', 'RUNNING'), null),
      scoreAlternative(job('broad', 'COMPLETED'), result(change('broader', 'high'), change('broader', 'high'))),
      scoreAlternative(job('same', 'COMPLETED'), result()),
    ]);
    expect(ranked.map((a) => [a.job_id, a.rank])).toEqual([
      ['broad', 1],
      ['same', 2],
      ['narrow', 3],
      ['running', null],
    ]);
  });
});
