import type { Delta } from '@policydiff/contracts';
import { DirectionBadge } from '../components/badge';
import { DELTA_TYPE_LABELS } from '../lib/taxonomy';

/** From → to is for values (amounts, periods, terms); a whole added or removed clause is in the texts below. */
function showFromTo(d: Delta): boolean {
  if (d.type === 'clause_added' || d.type === 'clause_removed') return false;
  if (d.from === null && d.to === null) return false;
  return (d.from ?? '').length <= 120 && (d.to ?? '').length <= 120;
}

/** The typed deltas of one change: what kind, which way, from → to, and the quotes that show it. */
export function DeltaList({ deltas }: { deltas: Delta[] }) {
  if (!deltas.length) return null;
  return (
    <ul className="delta-list">
      {deltas.map((d, i) => (
        <li key={i} className="delta">
          <div className="delta-head">
            <strong>{DELTA_TYPE_LABELS[d.type]}</strong>
            <DirectionBadge direction={d.direction} short />
          </div>
          <p>{d.description}</p>
          {showFromTo(d) && (
            <p className="from-to" aria-label={`from ${d.from ?? 'nothing'} to ${d.to ?? 'nothing'}`}>
              <span className="from">{d.from ?? '—'}</span>
              <span className="arrow" aria-hidden="true">
                →
              </span>
              <span className="to">{d.to ?? '—'}</span>
            </p>
          )}
          {(d.evidence.a_quote || d.evidence.b_quote) && (
            <div className="evidence">
              {d.evidence.a_quote && (
                <blockquote>
                  <span className="side-tag">A</span> “{d.evidence.a_quote}”
                </blockquote>
              )}
              {d.evidence.b_quote && (
                <blockquote>
                  <span className="side-tag">B</span> “{d.evidence.b_quote}”
                </blockquote>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
