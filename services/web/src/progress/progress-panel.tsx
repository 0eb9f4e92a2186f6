import { useState } from 'react';
import { errorMessage } from '../api/api-error';
import { cancelJob } from '../api/client';
import { ErrorNote } from '../components/error-note';
import { formatClock } from '../lib/format';
import { useNow } from '../lib/use-now';
import { SEGMENT_GROUPS } from './segment-catalog';
import { isFinished, segmentStats, type Connection, type ProgressState } from './progress-reducer';
import { SegmentRow } from './segment-row';

const CONNECTION_LABELS: Record<Connection, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  polling: 'Live updates interrupted: checking every few seconds',
  closed: '',
};

const STATUS_TEXT = { QUEUED: 'Queued', RUNNING: 'Analysing', COMPLETED: 'Completed', FAILED: 'Failed', CANCELLED: 'Cancelled' } as const;

/** The 11 segments in their three groups, the overall bar, elapsed time, cancel and the error. */
export function ProgressPanel({ p, compact = false }: { p: ProgressState; compact?: boolean }) {
  const finished = isFinished(p.status);
  const now = useNow(!finished);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const stats = segmentStats(p.segments);
  const since = p.startedAt ?? p.createdAt;
  const end = p.completedAt ? Date.parse(p.completedAt) : now;
  const elapsed = since ? end - Date.parse(since) : 0;
  const pct = Math.round(Math.min(100, Math.max(0, p.progressPct)));

  const cancel = async () => {
    setCancelling(true);
    setCancelError(null);
    try {
      await cancelJob(p.jobId);
    } catch (err) {
      setCancelError(errorMessage(err));
    } finally {
      setCancelling(false);
    }
  };

  return (
    <section className={`card progress-panel${compact ? ' compact' : ''}`} aria-labelledby="progress-title" data-status={p.status}>
      <header className="progress-head">
        <div>
          <h2 id="progress-title">
            {STATUS_TEXT[p.status]}
            <span className="muted progress-count">
              {' '}
              · {stats.finished} of {stats.total} segments
            </span>
          </h2>
          <p className="muted">
            Elapsed <span className="mono" data-testid="elapsed">{formatClock(elapsed)}</span>
            {CONNECTION_LABELS[p.connection] && (
              <span className={`conn conn-${p.connection}`} role="status">
                {CONNECTION_LABELS[p.connection]}
              </span>
            )}
          </p>
        </div>
        {!finished && (
          <button type="button" className="button danger-outline" disabled={cancelling || !p.known} onClick={() => void cancel()}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
      </header>
      <div
        className={`overall-bar bar-${p.status.toLowerCase()}`}
        role="progressbar"
        aria-label="Overall progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      <div className="segment-groups">
        {SEGMENT_GROUPS.map((g) => (
          <div key={g.key} className={`segment-group group-${g.key}`}>
            <h3>
              {g.title}
              {g.key !== 'comparison' && (
                <span className="muted group-file" title={(g.key === 'A' ? p.fileNameA : p.fileNameB) ?? undefined}>
                  {g.key === 'A' ? p.fileNameA : p.fileNameB}
                </span>
              )}
            </h3>
            <ol>
              {g.segments.map((n) => (
                <SegmentRow key={n} s={p.segments[n - 1]!} maxDuration={stats.maxDuration} now={now} />
              ))}
            </ol>
          </div>
        ))}
      </div>
      {p.status === 'FAILED' && (
        <ErrorNote
          title="The comparison failed"
          message={p.errorMessage ?? 'A segment failed without a message. Try the comparison again; if it fails again, check the service logs.'}
        />
      )}
      {p.status === 'CANCELLED' && <p className="notice">This comparison was cancelled. Start a new one from “New comparison”.</p>}
      {cancelError && <ErrorNote title="Could not cancel" message={cancelError} />}
    </section>
  );
}
