import { ErrorNote } from '../components/error-note';
import { formatDateTime } from '../lib/format';
import { usePoll } from '../ops/use-poll';
import { getBatch } from './batch-api';
import { batchProgress } from './batch-ranking';
import { BATCH_UPLOAD_HREF } from './batch-route';
import { BatchTable } from './batch-table';
import './batch.css';

/** How often a running batch is re-read; a finished one is not. */
const BATCH_REFRESH_MS = 2000;

/** One batch: the alternatives ranked against the base, updating live until all are done. */
export function BatchPage({ batchId }: { batchId: string }) {
  const batch = usePoll((signal) => getBatch(batchId, signal), BATCH_REFRESH_MS, [batchId], (b) => b.status === 'COMPLETED');
  const data = batch.data;
  return (
    <div className="page batch-page">
      <div className="page-intro">
        <h1>Market comparison</h1>
        {data && (
          <p className="muted">
            Base policy <strong>{data.base_file_name}</strong> · started {formatDateTime(data.created_at)} ·{' '}
            <span data-testid="batch-state">{data.status === 'COMPLETED' ? 'complete' : 'running'}</span> · {batchProgress(data.alternatives)}
          </p>
        )}
      </div>
      {batch.error && <ErrorNote title="Could not load the batch" message={batch.error} onRetry={batch.refresh} />}
      <div className="card">
        {!data && !batch.error && <p className="muted">Loading…</p>}
        {data && <BatchTable alternatives={data.alternatives} />}
        {data && (
          <p className="muted batch-note">
            Ranked by net cover: material broadening minus material narrowing against the base, weighted by materiality. <a href={BATCH_UPLOAD_HREF}>Start another batch</a>.
          </p>
        )}
      </div>
    </div>
  );
}
