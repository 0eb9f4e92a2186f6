import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from './pdf-loader';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Props {
  doc: PDFDocumentProxy;
  pageNumber: number;
  width: number;
  height: number;
  scale: number;
  root: HTMLElement | null;
  boxes: Box[];
  marked: boolean;
}

/**
 * One page: a placeholder of the exact size (so nothing jumps), drawn to a canvas when it comes
 * near the viewport, with the selected clause's boxes (PDF points, origin top-left) over it.
 */
export function PdfPage({ doc, pageNumber, width, height, scale, root, boxes, marked }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState(0);

  useEffect(() => {
    const el = holder.current;
    if (!el || !root) return;
    const io = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { root, rootMargin: '800px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [root]);

  useEffect(() => {
    if (!near || !canvas.current || scale <= 0) return;
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void (async () => {
      const page = await doc.getPage(pageNumber);
      if (cancelled || !canvas.current) return;
      const dpr = Math.min(2, window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale: scale * dpr });
      const c = canvas.current;
      c.width = Math.floor(viewport.width);
      c.height = Math.floor(viewport.height);
      task = page.render({ canvas: c, viewport });
      try {
        await task.promise;
        if (!cancelled) setDrawn(scale);
      } catch {
        /* cancelled by a newer render */
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, pageNumber, near, scale]);

  const w = width * scale;
  const h = height * scale;
  return (
    <div
      ref={holder}
      className={`pdf-page${marked ? ' is-marked' : ''}`}
      style={{ width: w, height: h }}
      data-page={pageNumber}
      data-drawn={drawn > 0 ? 'true' : 'false'}
      aria-label={`Page ${pageNumber}`}
      role="img"
    >
      <canvas ref={canvas} style={{ width: w, height: h }} />
      {drawn === 0 && <span className="page-loading">Page {pageNumber}</span>}
      {boxes.map((b, i) => (
        <span
          key={i}
          className="clause-box"
          style={{ left: b.x0 * scale - 3, top: b.y0 * scale - 2, width: (b.x1 - b.x0) * scale + 6, height: (b.y1 - b.y0) * scale + 4 }}
        />
      ))}
      <span className="page-number" aria-hidden="true">
        {pageNumber}
      </span>
    </div>
  );
}
