import type { BatchAlternative } from '@policydiff/contracts';
import { jobHref } from '../lib/route';
import { VERDICT_TEXT, coverVerdict, displayOrder, formatNetScore } from './batch-ranking';

/** The alternatives ranked against the base: most cover added first. */
export function BatchTable({ alternatives }: { alternatives: BatchAlternative[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table batch-table" data-testid="batch-table">
        <thead>
          <tr>
            <th scope="col" className="num">Rank</th>
            <th scope="col">Alternative</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">Broader</th>
            <th scope="col" className="num">Narrower</th>
            <th scope="col" className="num">Net cover</th>
            <th scope="col">Headline</th>
          </tr>
        </thead>
        <tbody>
          {displayOrder(alternatives).map((a) => {
            const verdict = coverVerdict(a);
            return (
              <tr key={a.job_id} data-job={a.job_id} data-status={a.status}>
                <td className="num" data-field="rank">{a.rank ?? '—'}</td>
                <th scope="row">
                  <a href={jobHref(a.job_id)}>{a.file_name}</a>
                </th>
                <td>
                  {a.status === 'RUNNING' || a.status === 'QUEUED' ? (
                    <span className="batch-progress">
                      <progress max={100} value={a.progress_pct} aria-label={`${a.file_name} progress`} /> {Math.round(a.progress_pct)}%
                    </span>
                  ) : (
                    <span className={`batch-status status-${a.status.toLowerCase()}`}>{a.status.toLowerCase()}</span>
                  )}
                  {a.error_message && <div className="ops-error">{a.error_message}</div>}
                </td>
                <td className="num">{a.status === 'COMPLETED' ? <span className="dir-text-broader">▲ {a.broader}</span> : '—'}</td>
                <td className="num">{a.status === 'COMPLETED' ? <span className="dir-text-narrower">▼ {a.narrower}</span> : '—'}</td>
                <td className="num">
                  {a.status === 'COMPLETED' ? (
                    <span className={`verdict verdict-${verdict}`} title={VERDICT_TEXT[verdict]}>
                      {formatNetScore(a.net_cover_score)} <span className="muted">{VERDICT_TEXT[verdict]}</span>
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="batch-headline">{a.headline ?? <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
