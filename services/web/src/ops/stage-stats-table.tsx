import { formatDuration } from '../lib/format';
import type { StageStatsBody } from './ops-types';

/** Throughput and duration percentiles per stage over the last completed jobs. */
export function StageStatsTable({ body }: { body: StageStatsBody }) {
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="ops-stage-stats">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col" className="num">Segments run</th>
            <th scope="col" className="num">From cache</th>
            <th scope="col" className="num">Per minute</th>
            <th scope="col" className="num">p50</th>
            <th scope="col" className="num">p95</th>
            <th scope="col" className="num">Most attempts</th>
          </tr>
        </thead>
        <tbody>
          {body.stages.map((s) => (
            <tr key={s.stage} data-stage={s.stage}>
              <th scope="row">{s.stage}</th>
              <td className="num">{s.segments}</td>
              <td className="num">{s.cached}</td>
              <td className="num">{s.throughput_per_min ?? '—'}</td>
              <td className="num">{formatDuration(s.p50_ms)}</td>
              <td className="num" data-field="p95">{formatDuration(s.p95_ms)}</td>
              <td className="num">{s.max_attempts || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
