import type { Change, ClauseRef } from '@policydiff/contracts';
import { useMemo } from 'react';
import { DirectionBadge, MaterialityBadge, StatusBadge } from '../components/badge';
import { changeTitle } from '../lib/change-title';
import { changeWhy } from '../lib/direction-reason';
import { formatPages, pluralise } from '../lib/format';
import { CLAUSE_TYPE_LABELS } from '../lib/taxonomy';
import { ChangeReason } from './change-reason';
import { DeltaList } from './delta-list';
import { DiffText } from './diff-text';
import { diffStats, splitDiff } from './split-diff';

function SideHead({ side, clause: r }: { side: "A" | "B"; clause: ClauseRef | null }) {
  return (
    <header className="side-head">
      <span className="doc-letter small">{side}</span>
      {r ? (
        <span>
          {r.section && <span className="section-no">{r.section}</span>} {r.heading && <span className="side-heading">{r.heading}</span>}
          <span className="page-ref">{formatPages(r.page_start, r.page_end)}</span>
        </span>
      ) : (
        <span className="muted">{side === 'A' ? 'Not in the expiring policy' : 'Not in the renewal'}</span>
      )}
    </header>
  );
}

/** One change: badges and why it has its direction, the typed deltas, then A and B side by side with the word diff marked. */
export function ChangeDetail({ change, position, total, sourceHref }: { change: Change; position: number; total: number; sourceHref: string }) {
  const { a, b } = useMemo(() => splitDiff(change.diff, change.a?.text ?? null, change.b?.text ?? null), [change]);
  const stats = diffStats(change.diff);
  return (
    <article className="change-detail" aria-labelledby="change-title" data-change-id={change.id}>
      <header className="detail-head">
        <p className="eyebrow">
          Change {position} of {total} · {CLAUSE_TYPE_LABELS[change.clause_type]}
          {change.cover_area && <> · {change.cover_area}</>}
        </p>
        <h2 id="change-title">{changeTitle(change)}</h2>
        <div className="detail-badges">
          <DirectionBadge direction={change.direction} />
          <MaterialityBadge materiality={change.materiality} />
          <StatusBadge status={change.status} />
          <span className="muted small">
            confidence {Math.round(change.confidence * 100)}%
            {change.a && change.b && <> · similarity {Math.round(change.similarity * 100)}%</>}
          </span>
          <a className="button small" href={sourceHref}>
            View source pages
          </a>
        </div>
        <ChangeReason change={change} />
      </header>
      <DeltaList deltas={change.deltas} decidingWhy={changeWhy(change)} />
      <div className="diff-columns">
        <section className="diff-side side-a" aria-label="Document A text">
          <SideHead side="A" clause={change.a} />
          <DiffText pieces={a} emptyLabel="This clause is not in document A: it was added in B." />
        </section>
        <section className="diff-side side-b" aria-label="Document B text">
          <SideHead side="B" clause={change.b} />
          <DiffText pieces={b} emptyLabel="This clause is not in document B: it was removed." />
        </section>
      </div>
      {change.diff.length > 0 && (
        <p className="muted small diff-legend">
          <del className="diff-del">struck through</del> removed from A ({pluralise(stats.deleted, 'word')}) · <ins className="diff-ins">underlined</ins> added in B ({pluralise(stats.inserted, 'word')})
        </p>
      )}
    </article>
  );
}
