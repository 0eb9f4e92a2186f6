/**
 * PDFs written object by object for the content-budget tests, and pdfjs itself as the judge of
 * what a content stream runs: its operator list has one save per `q` it ran (and one restore per
 * `Q`), so the deepest nesting pdfjs reached can be read from it.
 */
import { deflateSync } from 'node:zlib';
import { loadPdfjs } from './load-pdfjs.js';

/** Objects 1…n with an xref and a trailer whose root is object 1. */
export function rawPdf(...bodies: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  bodies.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(at);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A Flate stream object's body (dictionary and data); `content` is latin1 text or bytes. */
export function flateStream(content: string | Buffer, dict = ''): Buffer {
  const data = deflateSync(Buffer.isBuffer(content) ? content : Buffer.from(content, 'latin1'));
  return Buffer.concat([Buffer.from(`<< ${dict} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

export const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
export const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
export const TEXT = 'BT /F1 11 Tf 56 760 Td (We will pay for loss.) Tj ET\n';

/**
 * A document of pages whose /Contents are given as written (`4 0 R`, `[4 0 R 5 0 R]`), with
 * resources of font /F1 (object 3) and `xobjects` (`/Fm1 6 0 R`); `objects` follow from object 4.
 */
export function pagesPdf(contents: string[], objects: (string | Buffer)[], xobjects = ''): Buffer {
  const first = 4 + objects.length;
  const kids = contents.map((_, i) => `${first + i} 0 R`).join(' ');
  const pages = contents.map((c) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << ${xobjects} >> >> /Contents ${c} >>`);
  return rawPdf(CATALOG, `<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`, FONT, ...objects, ...pages);
}

/** A one-page document whose one content stream is `content`. */
export function contentPdf(content: string | Buffer): Buffer {
  return pagesPdf(['4 0 R'], [flateStream(content)]);
}

export interface PdfjsGraphicsStates {
  saves: number;
  deepest: number;
}

/** The saves pdfjs runs on each page of `pdf`, and the deepest it nests (from its operator lists). */
export async function pdfjsGraphicsStates(pdf: Uint8Array): Promise<PdfjsGraphicsStates[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false, stopAtErrors: false, maxImageSize: 0, disableFontFace: true, useSystemFonts: false }).promise;
  try {
    const out: PdfjsGraphicsStates[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { fnArray } = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      let saves = 0;
      let depth = 0;
      let deepest = 0;
      for (const fn of fnArray) {
        if (fn === pdfjs.OPS.save) {
          saves++;
          deepest = Math.max(deepest, ++depth);
        } else if (fn === pdfjs.OPS.restore) depth = Math.max(0, depth - 1);
      }
      out.push({ saves, deepest });
    }
    return out;
  } finally {
    await doc.destroy();
  }
}
