import type { BatchAlternative, ComparisonResult, JobStatusBody } from '@policydiff/contracts';

const WEIGHT = { high: 1, medium: 0.5, low: 0 } as const;

/**
 * How one alternative compares with the base: material (high or medium) changes that widen or
 * narrow cover, and a materiality-weighted net score (broader minus narrower).
 */
export function scoreAlternative(job: JobStatusBody, result: Pick<ComparisonResult, 'summary' | 'changes'> | null): Omit<BatchAlternative, 'rank'> {
  let broader = 0;
  let narrower = 0;
  let ambiguous = 0;
  let net = 0;
  for (const c of result?.changes ?? []) {
    if (c.status === 'unchanged' || c.materiality === 'low') continue;
    const w = WEIGHT[c.materiality];
    if (c.direction === 'broader') {
      broader++;
      net += w;
    } else if (c.direction === 'narrower') {
      narrower++;
      net -= w;
    } else if (c.direction === 'ambiguous') ambiguous++;
  }
  return {
    job_id: job.job_id,
    file_name: job.file_name_b,
    status: job.status,
    progress_pct: job.progress_pct,
    headline: result?.summary.headline ?? null,
    broader,
    narrower,
    ambiguous,
    net_cover_score: Math.round(net * 10) / 10,
    error_message: job.error_message,
  };
}

/** Completed alternatives ranked by net cover (most added first), then the unfinished ones. */
export function rankAlternatives(alts: Omit<BatchAlternative, 'rank'>[]): BatchAlternative[] {
  const done = alts.filter((a) => a.status === 'COMPLETED');
  const rest = alts.filter((a) => a.status !== 'COMPLETED');
  done.sort((x, y) => y.net_cover_score - x.net_cover_score || x.narrower - y.narrower || x.file_name.localeCompare(y.file_name));
  return [...done.map((a, i) => ({ ...a, rank: i + 1 })), ...rest.map((a) => ({ ...a, rank: null }))];
}
