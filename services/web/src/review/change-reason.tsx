import type { Change } from '@policydiff/contracts';
import { RuleId } from '../components/rule-id';
import { changeRules, changeWhy } from '../lib/direction-reason';

/**
 * Why the change has its direction, in one line, under its direction badge; then the rules that
 * decided it (the direction's first, then any that set or capped its materiality). A result stored
 * before changes carried a reason shows nothing here.
 */
export function ChangeReason({ change }: { change: Change }) {
  const why = changeWhy(change);
  const [directionRule, ...materialityRules] = changeRules(change);
  if (!why && !directionRule) return null;
  return (
    <div className={`change-reason reason-${change.direction}`} data-testid="change-why">
      {why && (
        <p className="why-line">
          <span className="why-label">Why {change.direction}:</span> <span className="why-text">{why}</span>
        </p>
      )}
      {directionRule && (
        <p className="why-rules muted small">
          Direction by <RuleId rule={directionRule} />
          {materialityRules.length > 0 && (
            <>
              {' '}
              · materiality by{' '}
              {materialityRules.map((r, i) => (
                <span key={r}>
                  {i > 0 && ', '}
                  <RuleId rule={r} />
                </span>
              ))}
            </>
          )}
        </p>
      )}
    </div>
  );
}
