import type { JobStatusBody } from '@policydiff/contracts';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { deleteJob, listJobs } from '../api/client';
import { ErrorNote } from '../components/error-note';
import { formatDateTime, formatDuration } from '../lib/format';
import { jobHref } from '../lib/route';

const PAGE = 25;
const STATUS_TEXT = { QUEUED: 'Queued', RUNNING: 'Running', COMPLETED: 'Completed', FAILED: 'Failed', CANCELLED: 'Cancelled' } as const;

/** Past comparisons, newest first, with links back to their results and delete. */
export function HistoryPage() {
  const [jobs, setJobs] = useState<JobStatusBody[] | null>(null);
  const [total, setTotal] = useState(0);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = await listJobs({ limit: PAGE, offset });
      setJobs(list.jobs);
      setTotal(list.total);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [offset]);

  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (job: JobStatusBody) => {
    if (!window.confirm(`Delete the comparison of ${job.file_name_a} and ${job.file_name_b}? Its result and uploaded files are removed.`)) return;
    setBusy(job.job_id);
    try {
      await deleteJob(job.job_id);
      await load();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="page history-page">
      <div className="page-intro">
        <h1>History</h1>
        <p className="muted">Every comparison run on this server, newest first.</p>
      </div>
      {error && <ErrorNote title="Could not load the history" message={error} onRetry={() => void load()} />}
      <div className="card">
        {jobs === null && !error && <p className="muted">Loading…</p>}
        {jobs && jobs.length === 0 && (
          <p className="muted">
            No comparisons yet. <a href="#/">Start one</a>.
          </p>
        )}
        {jobs && jobs.length > 0 && (
          <div className="table-wrap">
            <table className="data-table history-table">
              <thead>
                <tr>
                  <th scope="col">Documents</th>
                  <th scope="col">Status</th>
                  <th scope="col">Started</th>
                  <th scope="col" className="num">
                    Took
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((j) => {
                  const took = j.started_at && j.completed_at ? Date.parse(j.completed_at) - Date.parse(j.started_at) : null;
                  const finished = j.status === 'COMPLETED' || j.status === 'FAILED' || j.status === 'CANCELLED';
                  return (
                    <tr key={j.job_id} data-job-id={j.job_id}>
                      <td>
                        <a href={jobHref(j.job_id)} className="history-link">
                          <span className="doc-line">
                            <span className="side-tag">A</span> {j.file_name_a}
                          </span>
                          <span className="doc-line">
                            <span className="side-tag">B</span> {j.file_name_b}
                          </span>
                        </a>
                      </td>
                      <td>
                        <span className={`status-pill st-${j.status.toLowerCase()}`}>{STATUS_TEXT[j.status]}</span>
                        {j.status === 'FAILED' && j.error_message && <div className="muted small clamp">{j.error_message}</div>}
                      </td>
                      <td>{formatDateTime(j.created_at)}</td>
                      <td className="num">{formatDuration(took)}</td>
                      <td className="actions">
                        <a className="button small" href={jobHref(j.job_id)}>
                          Open
                        </a>
                        <button
                          type="button"
                          className="button small ghost danger"
                          disabled={!finished || busy === j.job_id}
                          title={finished ? 'Delete this comparison' : 'Cancel it first'}
                          onClick={() => void remove(j)}
                        >
                          Delete
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {total > PAGE && (
          <div className="pager">
            <button type="button" className="button small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              Newer
            </button>
            <span className="muted small">
              {offset + 1}–{Math.min(total, offset + PAGE)} of {total}
            </span>
            <button type="button" className="button small" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
              Older
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
