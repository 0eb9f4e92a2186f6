import type { ComparisonResult } from '@policydiff/contracts';
import { useEffect, useMemo } from 'react';
import { jobHref, navigate } from '../lib/route';
import { useListKeys } from '../lib/use-list-keys';
import { filterChanges, type ChangeFilters } from './change-filters';
import { ChangeDetail } from './change-detail';
import { ChangeList } from './change-list';
import { FilterBar } from './filter-bar';

interface Props {
  result: ComparisonResult;
  changeId: string | null;
  filters: ChangeFilters;
  onFilters(f: ChangeFilters): void;
}

/** The change review: filters, the list by materiality, and the selected change in detail. */
export function ReviewPage({ result, changeId, filters, onFilters }: Props) {
  const shown = useMemo(() => filterChanges(result.changes, filters), [result, filters]);
  const index = shown.findIndex((c) => c.id === changeId);
  const selected = index >= 0 ? shown[index]! : (result.changes.find((c) => c.id === changeId) ?? null);
  const hrefFor = (id: string) => jobHref(result.job_id, 'changes', id);

  // With nothing (or a filtered-out change) selected, select the first change shown.
  useEffect(() => {
    if (shown.length && (changeId === null || (index < 0 && !selected))) navigate(hrefFor(shown[0]!.id), true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown, changeId]);

  const keys = useMemo(
    () => ({
      next: () => shown.length && navigate(hrefFor(shown[Math.min(shown.length - 1, index + 1)]!.id), true),
      prev: () => shown.length && navigate(hrefFor(shown[Math.max(0, index - 1)]!.id), true),
      search: () => document.getElementById('change-search')?.focus(),
      source: () => selected && navigate(jobHref(result.job_id, 'source', selected.id)),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown, index, selected],
  );
  useListKeys(keys);

  return (
    <div className="review">
      <FilterBar changes={result.changes} filters={filters} shown={shown.length} onChange={onFilters} />
      <div className="review-body">
        <aside className="review-list" aria-label="Change list">
          <ChangeList changes={shown} selectedId={selected?.id ?? null} hrefFor={hrefFor} />
          <p className="kbd-hint muted small">
            <kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> to step · <kbd>/</kbd> search · <kbd>s</kbd> source pages
          </p>
        </aside>
        <div className="review-detail">
          {selected ? (
            <ChangeDetail
              key={selected.id}
              change={selected}
              position={index >= 0 ? index + 1 : 0}
              total={shown.length}
              sourceHref={jobHref(result.job_id, 'source', selected.id)}
            />
          ) : (
            <p className="muted empty-detail">Select a change to see both texts side by side.</p>
          )}
        </div>
      </div>
    </div>
  );
}
