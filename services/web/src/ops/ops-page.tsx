import type { JobList, JobStatusBody } from '@policydiff/contracts';
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { request } from '../api/client';
import { ErrorNote } from '../components/error-note';
import { formatDateTime } from '../lib/format';
import { jobHref } from '../lib/route';
import { onApiKeyChange, readApiKey, saveApiKey } from '../api/api-key';
import { DeadLetters } from './dead-letters';
import { JobTimeline } from './job-timeline';
import { getDeadLetters, getStageStats, getStreams, replayDeadLetter } from './ops-api';
import { StageStatsTable } from './stage-stats-table';
import { StreamsTable } from './streams-table';
import { usePoll } from './use-poll';
import './ops.css';

/** How often the live figures refresh. */
export const OPS_REFRESH_MS = 2000;

/**
 * The operator's dashboard: stream figures per stage (live), throughput and p95 per stage, recent
 * failures, dead letters (replay needs an admin key) and any recent job's segment timeline.
 */
export function OpsPage() {
  const [key, setKey] = useState<string | null>(() => readApiKey());
  useEffect(() => onApiKeyChange(setKey), []);
  const [draft, setDraft] = useState('');
  const [replaying, setReplaying] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  // The key is the tab's (asked for on a 401 anywhere); `key` only re-reads everything when it changes here.
  const streams = usePoll((s) => getStreams(s), OPS_REFRESH_MS, [key]);
  const stats = usePoll((s) => getStageStats(100, s), OPS_REFRESH_MS * 5, [key]);
  const dlq = usePoll((s) => getDeadLetters(50, s), OPS_REFRESH_MS * 2, [key]);
  const jobs = usePoll(async (s) => (await request<JobList>('/jobs?limit=15', { signal: s })).body, OPS_REFRESH_MS * 2, [key]);
  const jobId = selected ?? jobs.data?.jobs[0]?.job_id ?? null;
  const job = usePoll(
    async (s) => (jobId ? (await request<JobStatusBody>(`/jobs/${encodeURIComponent(jobId)}`, { signal: s })).body : null),
    OPS_REFRESH_MS,
    [key, jobId],
  );

  const applyKey = (k: string | null) => {
    saveApiKey(k);
    setKey(readApiKey());
    setDraft('');
  };
  const replay = async (id: string) => {
    setReplaying(id);
    try {
      await replayDeadLetter(id);
      setNote(`Dead letter ${id} replayed.`);
      dlq.refresh();
    } catch (err) {
      setNote(errorMessage(err));
    } finally {
      setReplaying(null);
    }
  };

  return (
    <div className="page ops-page">
      <div className="page-intro ops-intro">
        <div>
          <h1>Operations</h1>
          <p className="muted">
            Stage streams, refreshed every {OPS_REFRESH_MS / 1000} s{streams.data ? ` (last read ${new Date(streams.data.at).toLocaleTimeString()})` : ''}. Read-only unless a key is entered (an admin key when the server has API keys on).
          </p>
        </div>
        <form
          className="admin-key"
          onSubmit={(e) => {
            e.preventDefault();
            applyKey(draft);
          }}
        >
          {key ? (
            <>
              <span className="muted">API key set for this tab.</span>
              <button type="button" className="button ghost" onClick={() => applyKey(null)}>
                Forget key
              </button>
            </>
          ) : (
            <>
              <label htmlFor="admin-key-input" className="muted">
                API key
              </label>
              <input id="admin-key-input" type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.currentTarget.value)} placeholder="Bearer key" />
              <button type="submit" className="button" disabled={!draft.trim()}>
                Use key
              </button>
            </>
          )}
        </form>
      </div>

      <section className="card" aria-labelledby="ops-streams-title">
        <h2 id="ops-streams-title">Stage streams</h2>
        {streams.error && <ErrorNote title="Could not read the streams" message={streams.error} onRetry={streams.refresh} />}
        {streams.data ? (
          <>
            <StreamsTable body={streams.data} />
            <p className="muted" data-testid="ops-dead-count">
              Dead letters: {streams.data.dead_letters}
            </p>
          </>
        ) : (
          !streams.error && <p className="muted">Loading…</p>
        )}
      </section>

      <section className="card" aria-labelledby="ops-stats-title">
        <h2 id="ops-stats-title">Throughput and duration</h2>
        {stats.error && <ErrorNote title="Could not read the stage figures" message={stats.error} onRetry={stats.refresh} />}
        {stats.data && (
          <>
            <p className="muted">Over the last {stats.data.sampled_jobs} completed jobs; segments served from the cache are not timed.</p>
            <StageStatsTable body={stats.data} />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="ops-failures-title">
        <h2 id="ops-failures-title">Recent failures</h2>
        {stats.data && stats.data.recent_failures.length === 0 && <p className="muted">No failed jobs.</p>}
        {stats.data && stats.data.recent_failures.length > 0 && (
          <ul className="ops-failures" data-testid="ops-failures">
            {stats.data.recent_failures.map((f) => (
              <li key={f.job_id}>
                <a href={jobHref(f.job_id)}>{f.job_id.slice(0, 8)}</a> <span className="muted">{formatDateTime(f.failed_at)}</span>
                {f.segment !== null && (
                  <span className="muted">
                    {' '}
                    · segment {f.segment} ({f.stage}) · {f.attempts} {f.attempts === 1 ? 'attempt' : 'attempts'} · {f.consumer ?? 'no consumer'}
                  </span>
                )}
                <div className="ops-error">{f.error_message ?? 'no message'}</div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="ops-dlq-title">
        <h2 id="ops-dlq-title">Dead letters</h2>
        {note && <p role="status">{note}</p>}
        {dlq.error && <ErrorNote title="Could not read the dead letters" message={dlq.error} onRetry={dlq.refresh} />}
        {dlq.data && <DeadLetters entries={dlq.data.entries} total={dlq.data.total} canReplay={!!key} busyId={replaying} onReplay={(id) => void replay(id)} />}
      </section>

      <section className="card" aria-labelledby="ops-timeline-title">
        <h2 id="ops-timeline-title">Job timeline</h2>
        {jobs.data && jobs.data.jobs.length === 0 && <p className="muted">No jobs yet.</p>}
        {jobs.data && jobs.data.jobs.length > 0 && (
          <label className="timeline-pick">
            <span className="muted">Job </span>
            <select value={jobId ?? ''} onChange={(e) => setSelected(e.currentTarget.value)}>
              {jobs.data.jobs.map((j) => (
                <option key={j.job_id} value={j.job_id}>
                  {j.job_id.slice(0, 8)} · {j.status} · {j.file_name_a} → {j.file_name_b}
                </option>
              ))}
            </select>
          </label>
        )}
        {job.data && <JobTimeline job={job.data} now={Date.now()} />}
      </section>
    </div>
  );
}
