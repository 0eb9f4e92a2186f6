import type { JobStatusBody } from '@policydiff/contracts';
import { formatDuration } from '../lib/format';
import { timelineBars } from './ops-figures';

/** One job's 11 segments on a time axis, each with its attempts and the consumer that ran it. */
export function JobTimeline({ job, now }: { job: JobStatusBody; now: number }) {
  const { spanMs, bars } = timelineBars(job, now);
  return (
    <div className="ops-timeline" data-testid="ops-timeline">
      <p className="muted">
        {job.file_name_a} → {job.file_name_b} · {job.status} · span {formatDuration(spanMs)}
      </p>
      <ol className="timeline-rows">
        {bars.map((b) => (
          <li key={b.segment} className={`timeline-row seg-${b.status}`}>
            <span className="timeline-name">
              {b.segment}. {b.name}
            </span>
            <span className="timeline-track" aria-hidden="true">
              {b.width > 0 || b.status !== 'pending' ? (
                <span className={`timeline-bar${b.cached ? ' cached' : ''}`} style={{ left: `${b.start * 100}%`, width: `max(2px, ${b.width * 100}%)` }} />
              ) : null}
            </span>
            <span className="timeline-meta">
              {b.status}
              {b.cached ? ' (cache)' : ''} · {formatDuration(b.durationMs)} · {b.attempts} {b.attempts === 1 ? 'attempt' : 'attempts'} ·{' '}
              <span className="mono">{b.consumer ?? '—'}</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
