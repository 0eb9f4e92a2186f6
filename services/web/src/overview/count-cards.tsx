import type { ChangeStatus, Direction, Summary } from '@policydiff/contracts';
import { DIRECTION_LIST, STATUS_LABELS } from '../lib/taxonomy';
import { DirectionBadge } from '../components/badge';

const STATUS_CARDS: ChangeStatus[] = ['modified', 'added', 'removed', 'moved'];
const DIRECTION_HINT: Record<Direction, string> = {
  narrower: 'less cover for the insured',
  broader: 'more cover for the insured',
  ambiguous: 'needs a careful read',
  neutral: 'wording, no effect on cover',
};

/** The counts by direction and by status; each card opens the change list filtered to it. */
export function CountCards({ summary, onDirection, onStatus }: { summary: Summary; onDirection(d: Direction): void; onStatus(s: ChangeStatus): void }) {
  return (
    <aside className="count-cards" aria-label="Counts">
      <h2 className="eyebrow">Effect on cover</h2>
      <div className="count-grid" role="group" aria-label="Changes by direction of cover">
        {DIRECTION_LIST.map((d) => (
          <button key={d} type="button" className={`count-card dir-card-${d}`} onClick={() => onDirection(d)} data-testid={`count-${d}`}>
            <span className="count">{summary.directions[d]}</span>
            <DirectionBadge direction={d} />
            <span className="muted small">{DIRECTION_HINT[d]}</span>
          </button>
        ))}
      </div>
      <h2 className="eyebrow">Clauses</h2>
      <div className="count-grid status-grid" role="group" aria-label="Changes by status">
        {STATUS_CARDS.map((s) => (
          <button key={s} type="button" className="count-card status-card" onClick={() => onStatus(s)}>
            <span className="count">{summary.counts[s]}</span>
            <span className="status-label">{STATUS_LABELS[s]}</span>
          </button>
        ))}
        <div className="count-card status-card static" aria-label={`${summary.counts.unchanged} clauses unchanged`}>
          <span className="count muted">{summary.counts.unchanged}</span>
          <span className="status-label muted">Unchanged</span>
        </div>
      </div>
    </aside>
  );
}
