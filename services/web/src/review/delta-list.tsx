import type { Delta } from '@policydiff/contracts';
import { DirectionBadge } from '../components/badge';
import { RuleId } from '../components/rule-id';
import { deltaPolarity, deltaRole, deltaRule, deltaWhy } from '../lib/direction-reason';
import { DELTA_TYPE_LABELS } from '../lib/taxonomy';

/** From → to is for values (amounts, periods, terms); a whole added or removed clause is in the texts below. */
function showFromTo(d: Delta): boolean {
  if (d.type === 'clause_added' || d.type === 'clause_removed') return false;
  if (d.from === null && d.to === null) return false;
  return (d.from ?? '').length <= 120 && (d.to ?? '').length <= 120;
}

/** The rule that set a delta's direction and what it read; nothing for a delta stored without them. */
function DeltaRule({ delta: d }: { delta: Delta }) {
  const rule = deltaRule(d);
  const role = deltaRole(d);
  const polarity = deltaPolarity(d);
  if (!rule && !role && !polarity) return null;
  return (
    <p className="delta-rule muted small">
      {rule && <RuleId rule={rule} />}
      {role && <span className="delta-read"> · role {role}</span>}
      {polarity && <span className="delta-read"> · polarity {polarity}</span>}
    </p>
  );
}

/**
 * The typed deltas of one change: what kind, which way and why, from → to, and the quotes that
 * show it. The delta whose reason is the change's own (`decidingWhy`) is marked as the one that
 * decided the change's direction, so a reader sees which of several deltas won.
 */
export function DeltaList({ deltas, decidingWhy = null }: { deltas: Delta[]; decidingWhy?: string | null }) {
  if (!deltas.length) return null;
  // With one delta there is nothing to tell apart.
  const deciding = decidingWhy === null || deltas.length < 2 ? -1 : deltas.findIndex((d) => deltaWhy(d) === decidingWhy);
  return (
    <ul className="delta-list">
      {deltas.map((d, i) => (
        <li key={i} className={`delta${i === deciding ? ' is-deciding' : ''}`}>
          <div className="delta-head">
            <strong>{DELTA_TYPE_LABELS[d.type]}</strong>
            <DirectionBadge direction={d.direction} short />
            {i === deciding && <span className="deciding-tag small">decides the direction</span>}
          </div>
          <p>{d.description}</p>
          {deltaWhy(d) && (
            <p className="delta-why">
              <span className="why-label">Why:</span> {deltaWhy(d)}
            </p>
          )}
          <DeltaRule delta={d} />
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
