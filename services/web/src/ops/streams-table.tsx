import { formatIdle, streamHealth } from './ops-figures';
import type { StreamsBody } from './ops-types';

const HEALTH_TEXT = { idle: 'idle', busy: 'working', stale: 'stale', missing: 'no group' } as const;

/** Per stage and priority: the figures of `XINFO GROUPS`, `XPENDING` and `XINFO CONSUMERS`, as `policydiff streams` prints them. */
export function StreamsTable({ body }: { body: StreamsBody }) {
  return (
    <div className="table-wrap">
      <table className="data-table ops-streams" data-testid="ops-streams">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Priority</th>
            <th scope="col" className="num">Length</th>
            <th scope="col" className="num">Lag</th>
            <th scope="col" className="num">Pending</th>
            <th scope="col" className="num">Oldest pending</th>
            <th scope="col" className="num">Retries waiting</th>
            <th scope="col">Consumers (idle)</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {body.streams.map((s) => {
            const health = streamHealth(s);
            return (
              <tr key={s.stream} data-stream={s.stream} className={`health-${health}`}>
                <th scope="row">{s.stage}</th>
                <td>{s.priority}</td>
                <td className="num" data-field="length">{s.length}</td>
                <td className="num" data-field="lag">{s.lag ?? '—'}</td>
                <td className="num" data-field="pending">{s.pending}</td>
                <td className="num">{formatIdle(s.oldest_pending_age_ms)}</td>
                <td className="num">{s.retries_waiting}</td>
                <td className="consumers">
                  {s.consumers.length === 0 && <span className="muted">none</span>}
                  {s.consumers.map((c) => (
                    <span key={c.name} className="consumer-chip" title={`${c.pending} pending; idle ${formatIdle(c.idle_ms)}`}>
                      {c.name} <span className="muted">· {formatIdle(c.idle_ms)}{c.pending ? ` · ${c.pending} pending` : ''}</span>
                    </span>
                  ))}
                </td>
                <td>
                  <span className={`ops-health ops-health-${health}`}>{HEALTH_TEXT[health]}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
