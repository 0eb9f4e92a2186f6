import type { ClauseRef } from '@policydiff/contracts';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { loadPdf, type LoadedPdf } from './pdf-loader';
import { PdfPage } from './pdf-page';
import { clauseTop, layoutPages, pixelsToUnits, unitsToPixels, type PaneLayout } from './scroll-sync';

export interface PaneHandle {
  /** Scrolls so that `units` sits at the pane's reading line, without reporting it back. */
  scrollToUnits(units: number): void;
}

interface Props {
  side: 'A' | 'B';
  url: string;
  fileName: string;
  clause: ClauseRef | null;
  focusKey: string;
  onLoaded(side: 'A' | 'B', pageHeights: number[]): void;
  onUserScroll(side: 'A' | 'B', units: number): void;
  handle(side: 'A' | 'B', h: PaneHandle | null): void;
}

const GAP = 14;
const PAD = 16;
/** The reading line: positions are compared a fifth of the way down each pane. */
const LINE = 0.2;

/** One document's pages, fitted to the pane width, scrolled to the selected clause and highlighting it. */
export function PdfPane({ side, url, fileName, clause, focusKey, onLoaded, onUserScroll, handle }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<LoadedPdf | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [width, setWidth] = useState(0);
  const [page, setPage] = useState(1);
  const suppressUntil = useRef(0);

  useEffect(() => {
    let live = true;
    setPdf(null);
    setError(null);
    loadPdf(url).then(
      (p) => {
        if (!live) return;
        setPdf(p);
        onLoaded(side, p.sizes.map((s) => s.height));
      },
      (err) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);

  const maxWidthPts = pdf ? Math.max(...pdf.sizes.map((s) => s.width)) : 612;
  // Fit the widest page, in steps of 1% so a small resize does not redraw every page.
  const scale = width > 0 ? Math.max(0.3, Math.floor(((width - 2 * PAD) / maxWidthPts) * 100) / 100) : 0;
  const layout: PaneLayout = useMemo(() => layoutPages(pdf ? pdf.sizes.map((s) => s.height * scale) : [], GAP, PAD), [pdf, scale]);

  const scrollTo = (units: number) => {
    const el = scroller.current;
    if (!el || !layout.tops.length) return;
    suppressUntil.current = performance.now() + 120;
    el.scrollTop = Math.max(0, unitsToPixels(units, layout) - el.clientHeight * LINE);
  };

  useEffect(() => {
    handle(side, { scrollToUnits: scrollTo });
    return () => handle(side, null);
  });

  // Bring the selected clause to the reading line when it (or the scale) changes.
  useEffect(() => {
    if (!pdf || !clause || scale <= 0) return;
    const units = clauseTop(clause, pdf.sizes.map((s) => s.height));
    const el = scroller.current;
    if (!el) return;
    suppressUntil.current = performance.now() + 200;
    el.scrollTop = Math.max(0, unitsToPixels(units, layout) - el.clientHeight * LINE);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pdf, focusKey, scale]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el || !layout.tops.length) return;
    const units = pixelsToUnits(el.scrollTop + el.clientHeight * LINE, layout);
    setPage(Math.min(layout.tops.length, Math.floor(units) + 1));
    if (performance.now() < suppressUntil.current) return;
    onUserScroll(side, units);
  };

  const boxesOn = (n: number) => (clause?.bboxes ?? []).filter((b) => b.page === n);
  const marked = (n: number) => !!clause && n >= clause.page_start && n <= clause.page_end;

  return (
    <section className="pdf-pane" aria-label={`Document ${side}: ${fileName}`} data-side={side}>
      <header className="pane-head">
        <span className="doc-letter small">{side}</span>
        <span className="pane-file" title={fileName}>
          {fileName}
        </span>
        <span className="pane-page muted" data-testid={`pane-page-${side.toLowerCase()}`}>
          {pdf ? `Page ${page} of ${pdf.sizes.length}` : error ? '' : 'Loading…'}
        </span>
      </header>
      {error && <p className="pane-error">Could not open this PDF: {error}</p>}
      {!clause && pdf && <p className="pane-note">This change has no clause in document {side}.</p>}
      <div className="pane-scroll" ref={scroller} onScroll={onScroll} tabIndex={0} aria-label={`Pages of document ${side}`}>
        <div className="pages" style={{ padding: PAD, gap: GAP }}>
          {pdf &&
            scale > 0 &&
            pdf.sizes.map((s, i) => (
              <PdfPage
                key={i}
                doc={pdf.doc}
                pageNumber={i + 1}
                width={s.width}
                height={s.height}
                scale={scale}
                root={scroller.current}
                boxes={boxesOn(i + 1)}
                marked={marked(i + 1)}
              />
            ))}
        </div>
      </div>
    </section>
  );
}
