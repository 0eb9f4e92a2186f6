import { useState } from 'react';
import { ErrorNote } from '../components/error-note';
import { ExportMenu } from '../export/export-menu';
import { formatDuration } from '../lib/format';
import { jobHref, type JobTab } from '../lib/route';
import { OverviewPage } from '../overview/overview-page';
import { ProgressPanel } from '../progress/progress-panel';
import { useJobProgress } from '../progress/use-job-progress';
import { DEFAULT_FILTERS, type ChangeFilters } from '../review/change-filters';
import { ReviewPage } from '../review/review-page';
import { SourcePage } from '../source/source-page';
import { ResultSkeleton } from './result-skeleton';
import { useResult } from './use-result';

const TABS: { tab: JobTab; label: string }[] = [
  { tab: 'overview', label: 'Overview' },
  { tab: 'changes', label: 'Changes' },
  { tab: 'source', label: 'Source pages' },
];

/** One comparison: live progress until it completes, then its overview, change review and source view. */
export function JobPage({ jobId, tab, changeId }: { jobId: string; tab: JobTab; changeId: string | null }) {
  const progress = useJobProgress(jobId);
  const completed = progress.status === 'COMPLETED';
  const result = useResult(jobId, completed);
  const [filters, setFilters] = useState<ChangeFilters>(DEFAULT_FILTERS);

  if (progress.notFound) {
    return (
      <div className="page">
        <ErrorNote title="Comparison not found" message={`There is no comparison with id ${jobId}. It may have been deleted. See History for past comparisons.`} />
      </div>
    );
  }

  const ready = result.state === 'ready' ? result.result : null;
  const totalMs = progress.startedAt && progress.completedAt ? Date.parse(progress.completedAt) - Date.parse(progress.startedAt) : null;
  return (
    <div className={`page job-page tab-${ready ? tab : 'progress'}`}>
      <header className="job-head">
        <div className="job-docs">
          <span className="doc-pill">
            <span className="doc-letter small">A</span>
            <span className="doc-name" title={progress.fileNameA ?? ''}>
              {progress.fileNameA ?? '…'}
            </span>
          </span>
          <span className="arrow" aria-label="compared with">
            →
          </span>
          <span className="doc-pill">
            <span className="doc-letter small">B</span>
            <span className="doc-name" title={progress.fileNameB ?? ''}>
              {progress.fileNameB ?? '…'}
            </span>
          </span>
        </div>
        {ready && (
          <div className="job-actions">
            <nav className="tabs" aria-label="Comparison views">
              {TABS.map((t) => (
                <a key={t.tab} href={jobHref(jobId, t.tab, t.tab === 'overview' ? null : changeId)} aria-current={tab === t.tab ? 'page' : undefined}>
                  {t.label}
                  {t.tab === 'changes' && <span className="tab-count">{ready.changes.filter((c) => c.status !== 'unchanged').length}</span>}
                </a>
              ))}
            </nav>
            <ExportMenu result={ready} />
          </div>
        )}
      </header>

      {!completed && <ProgressPanel p={progress} />}
      {completed && result.state === 'error' && <ErrorNote title="The result could not be loaded" message={result.message} onRetry={result.retry} />}
      {completed && (result.state === 'loading' || result.state === 'idle') && <ResultSkeleton />}
      {ready && tab === 'overview' && (
        <>
          <OverviewPage result={ready} onFilters={setFilters} />
          <details className="card timings">
            <summary>
              Analysis: 11 segments {totalMs !== null && <>in {formatDuration(totalMs)}</>}
              {progress.segments.some((s) => s.state === 'cached') && <span className="muted"> · some reused from cache</span>}
            </summary>
            <ProgressPanel p={progress} compact />
          </details>
        </>
      )}
      {ready && tab === 'changes' && <ReviewPage result={ready} changeId={changeId} filters={filters} onFilters={setFilters} />}
      {ready && tab === 'source' && <SourcePage result={ready} changeId={changeId} filters={filters} />}
    </div>
  );
}
