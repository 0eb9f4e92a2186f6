import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ApiError } from '../api/api-error';
import { apiFetch } from '../api/client';

export type { PDFDocumentProxy };

export interface LoadedPdf {
  doc: PDFDocumentProxy;
  /** Every page's size in PDF points (scale 1), so the panes can lay out pages before drawing them. */
  sizes: { width: number; height: number }[];
}

let lib: Promise<typeof import('pdfjs-dist')> | null = null;

/** pdf.js, loaded on first use (it is large) with its worker bundled by Vite. */
function pdfjs() {
  lib ??= import('pdfjs-dist').then((m) => {
    m.GlobalWorkerOptions.workerSrc = workerUrl;
    return m;
  });
  return lib;
}

const cache = new Map<string, Promise<LoadedPdf>>();

/** Loads (once per URL) a PDF and the sizes of all its pages. */
export function loadPdf(url: string): Promise<LoadedPdf> {
  let p = cache.get(url);
  if (!p) {
    p = (async () => {
      const m = await pdfjs();
      // Fetched here, with the tab's API key (and its prompt on a 401), rather than by pdf.js.
      const res = await apiFetch(url);
      if (!res.ok) throw await ApiError.from(res);
      const doc = await m.getDocument({ data: new Uint8Array(await res.arrayBuffer()), isEvalSupported: false }).promise;
      const sizes = await Promise.all(
        Array.from({ length: doc.numPages }, async (_, i) => {
          const vp = (await doc.getPage(i + 1)).getViewport({ scale: 1 });
          return { width: vp.width, height: vp.height };
        }),
      );
      return { doc, sizes };
    })();
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}
