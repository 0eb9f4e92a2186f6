import type { Change } from '@policydiff/contracts';
import { useEffect, useRef } from 'react';
import { DirectionBadge, MaterialityBadge, StatusBadge } from '../components/badge';
import { changePages, changeTitle } from '../lib/change-title';
import { CLAUSE_TYPE_LABELS } from '../lib/taxonomy';

interface Props {
  changes: Change[];
  selectedId: string | null;
  hrefFor(id: string): string;
}

/** The filtered changes, most material first; the selected one is kept in view. */
export function ChangeList({ changes, selectedId, hrefFor }: Props) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = list.current?.querySelector<HTMLElement>('[aria-current="true"]');
    el?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  if (!changes.length) return <p className="empty-list muted">No change matches these filters.</p>;
  return (
    <ol className="change-list" ref={list} aria-label="Changes, most material first">
      {changes.map((c, i) => (
        <li key={c.id}>
          <a href={hrefFor(c.id)} className={`change-item dir-edge-${c.direction}`} aria-current={c.id === selectedId ? 'true' : undefined} data-change-id={c.id}>
            <span className="ci-rank">{i + 1}</span>
            <span className="ci-main">
              <span className="ci-title">{changeTitle(c)}</span>
              <span className="ci-meta">
                <DirectionBadge direction={c.direction} short />
                <MaterialityBadge materiality={c.materiality} />
                <StatusBadge status={c.status} />
              </span>
              <span className="ci-sub muted">
                {CLAUSE_TYPE_LABELS[c.clause_type]} · {changePages(c)}
              </span>
            </span>
          </a>
        </li>
      ))}
    </ol>
  );
}
