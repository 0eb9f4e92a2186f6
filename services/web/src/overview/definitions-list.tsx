import type { Change, DefinitionChange } from '@policydiff/contracts';
import { DirectionBadge } from '../components/badge';
import { changeTitle } from '../lib/change-title';

const STATUS = { added: 'New definition', removed: 'Definition removed', changed: 'Definition changed', unchanged: 'Unchanged' } as const;

/** The definitions that changed, each with the clauses whose meaning it changes. */
export function DefinitionsList({ definitions, changes, changeHref }: { definitions: DefinitionChange[]; changes: Map<string, Change>; changeHref(id: string): string }) {
  const changed = definitions.filter((d) => d.status !== 'unchanged');
  if (!changed.length) return <p className="muted">No defined terms changed.</p>;
  return (
    <ul className="definitions">
      {changed.map((d) => (
        <li key={d.term} className="definition">
          <div className="definition-head">
            <strong>“{d.term}”</strong>
            <span className="muted small">{STATUS[d.status]}</span>
            <DirectionBadge direction={d.direction} short />
          </div>
          {(d.a_text || d.b_text) && (
            <div className="definition-texts">
              {d.a_text && (
                <p>
                  <span className="side-tag">A</span> {d.a_text}
                </p>
              )}
              {d.b_text && (
                <p>
                  <span className="side-tag">B</span> {d.b_text}
                </p>
              )}
            </div>
          )}
          {d.impacted_change_ids.length > 0 && (
            <p className="affects">
              <span className="muted">Affects: </span>
              {d.impacted_change_ids.map((id, i) => {
                const c = changes.get(id);
                return (
                  <span key={id}>
                    {i > 0 && ', '}
                    {c ? <a href={changeHref(id)}>{changeTitle(c)}</a> : <span className="muted">{id}</span>}
                  </span>
                );
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
