import { formatDateTime } from '../lib/format';
import { jobHref } from '../lib/route';
import type { DeadLetter } from './ops-types';

interface Props {
  entries: DeadLetter[];
  total: number;
  /** Replay is offered only when an admin key has been entered. */
  canReplay: boolean;
  busyId: string | null;
  onReplay(id: string): void;
}

/** Dead letters, newest first: what failed for good, why, and (with an admin key) a way to run it again. */
export function DeadLetters({ entries, total, canReplay, busyId, onReplay }: Props) {
  if (!entries.length) return <p className="muted">No dead letters.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="ops-dlq">
        <thead>
          <tr>
            <th scope="col">Dead since</th>
            <th scope="col">Job</th>
            <th scope="col">Stream</th>
            <th scope="col" className="num">Segment</th>
            <th scope="col" className="num">Deliveries</th>
            <th scope="col">Reason</th>
            {canReplay && <th scope="col"><span className="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((d) => (
            <tr key={d.id} data-dlq={d.id}>
              <td>{formatDateTime(d.dead_at)}</td>
              <td>{d.job_id ? <a href={jobHref(d.job_id)}>{d.job_id.slice(0, 8)}</a> : <span className="muted">unknown</span>}</td>
              <td className="mono">{d.stream.replace('{policydiff}:stage:', '')}</td>
              <td className="num">{d.segment ?? '—'}</td>
              <td className="num">{d.deliveries ?? '—'}</td>
              <td className="ops-error">
                <strong>{d.reason}</strong> {d.error}
              </td>
              {canReplay && (
                <td>
                  <button type="button" className="button" disabled={busyId === d.id || !d.job_id} onClick={() => onReplay(d.id)}>
                    {busyId === d.id ? 'Replaying…' : 'Replay'}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {total > entries.length && <p className="muted">Showing {entries.length} of {total}.</p>}
    </div>
  );
}
