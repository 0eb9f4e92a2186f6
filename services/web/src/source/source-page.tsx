import type { ComparisonResult } from '@policydiff/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { documentUrl } from '../api/client';
import { DirectionBadge, MaterialityBadge, StatusBadge } from '../components/badge';
import { changePages, changeTitle } from '../lib/change-title';
import { jobHref, navigate } from '../lib/route';
import { useListKeys } from '../lib/use-list-keys';
import { filterChanges, type ChangeFilters } from '../review/change-filters';
import { PdfPane, type PaneHandle } from './pdf-pane';
import { buildAnchors, clauseTop, mapPosition, type Anchor } from './scroll-sync';

/**
 * Both PDFs side by side at the selected change's pages, its clause highlighted on each side,
 * scrolling linked through the aligned clauses (or not, with the toggle).
 */
export function SourcePage({ result, changeId, filters }: { result: ComparisonResult; changeId: string | null; filters: ChangeFilters }) {
  const shown = useMemo(() => filterChanges(result.changes, filters), [result, filters]);
  const index = shown.findIndex((c) => c.id === changeId);
  const change = result.changes.find((c) => c.id === changeId) ?? shown[0] ?? null;
  const [linked, setLinked] = useState(true);
  const [heights, setHeights] = useState<{ A?: number[]; B?: number[] }>({});
  const handles = useRef<{ A?: PaneHandle | null; B?: PaneHandle | null }>({});
  const hrefFor = (id: string) => jobHref(result.job_id, 'source', id);

  useEffect(() => {
    if (!changeId && shown[0]) navigate(hrefFor(shown[0].id), true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changeId, shown]);

  const anchors: Anchor[] = useMemo(
    () => (heights.A && heights.B ? buildAnchors(result.changes, heights.A, heights.B) : []),
    [result, heights],
  );

  const onLoaded = useCallback((side: 'A' | 'B', h: number[]) => setHeights((cur) => ({ ...cur, [side]: h })), []);
  const onHandle = useCallback((side: 'A' | 'B', h: PaneHandle | null) => {
    handles.current[side] = h;
  }, []);
  const linkedRef = useRef(linked);
  linkedRef.current = linked;
  const anchorsRef = useRef(anchors);
  anchorsRef.current = anchors;
  const onUserScroll = useCallback((side: 'A' | 'B', units: number) => {
    if (!linkedRef.current) return;
    const other = side === 'A' ? 'B' : 'A';
    handles.current[other]?.scrollToUnits(mapPosition(units, anchorsRef.current, side === 'B'));
  }, []);

  // A clause on one side only (added or removed): show the other document where it would be.
  const ready = anchors.length > 0;
  useEffect(() => {
    if (!change || !ready || !heights.A || !heights.B) return;
    const t = setTimeout(() => {
      if (change.b && !change.a) handles.current.A?.scrollToUnits(mapPosition(clauseTop(change.b, heights.B!), anchorsRef.current, true));
      if (change.a && !change.b) handles.current.B?.scrollToUnits(mapPosition(clauseTop(change.a, heights.A!), anchorsRef.current));
    }, 50);
    return () => clearTimeout(t);
  }, [change, ready, heights]);

  const step = (d: number) => {
    if (!shown.length) return;
    const i = index < 0 ? 0 : Math.min(shown.length - 1, Math.max(0, index + d));
    navigate(hrefFor(shown[i]!.id), true);
  };
  const keys = useMemo(() => ({ next: () => step(1), prev: () => step(-1) }), [shown, index]); // eslint-disable-line react-hooks/exhaustive-deps
  useListKeys(keys);

  return (
    <div className="source">
      <div className="source-bar card">
        <div className="stepper">
          <button type="button" className="button small" onClick={() => step(-1)} disabled={index <= 0} aria-label="Previous change">
            ↑ Prev
          </button>
          <button type="button" className="button small" onClick={() => step(1)} disabled={index < 0 || index >= shown.length - 1} aria-label="Next change">
            ↓ Next
          </button>
          <span className="muted small">{index >= 0 ? `${index + 1} of ${shown.length}` : ''}</span>
        </div>
        {change ? (
          <div className="source-change">
            <a className="source-title" href={jobHref(result.job_id, 'changes', change.id)} title="Open in the change review">
              {changeTitle(change)}
            </a>
            <span className="source-badges">
              <DirectionBadge direction={change.direction} short />
              <MaterialityBadge materiality={change.materiality} />
              <StatusBadge status={change.status} />
              <span className="muted small" data-testid="source-pages">
                {changePages(change)}
              </span>
            </span>
          </div>
        ) : (
          <span className="muted">No change selected.</span>
        )}
        <label className="switch">
          <input type="checkbox" role="switch" checked={linked} onChange={(e) => setLinked(e.currentTarget.checked)} aria-describedby="link-hint" />
          <span className="switch-track" aria-hidden="true" />
          Linked scrolling
          <span id="link-hint" className="visually-hidden">
            When on, scrolling one document scrolls the other to the matching clauses.
          </span>
        </label>
      </div>
      <div className="panes">
        <PdfPane
          side="A"
          url={documentUrl(result.job_id, 'a')}
          fileName={result.documents.a.file_name}
          clause={change?.a ?? null}
          focusKey={change?.id ?? ''}
          onLoaded={onLoaded}
          onUserScroll={onUserScroll}
          handle={onHandle}
        />
        <PdfPane
          side="B"
          url={documentUrl(result.job_id, 'b')}
          fileName={result.documents.b.file_name}
          clause={change?.b ?? null}
          focusKey={change?.id ?? ''}
          onLoaded={onLoaded}
          onUserScroll={onUserScroll}
          handle={onHandle}
        />
      </div>
    </div>
  );
}
