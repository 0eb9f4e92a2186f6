/** The largest file the gateway accepts by default (UPLOAD_MAX_BYTES, 50 MB). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export type FileCheck = { ok: true } | { ok: false; reason: string };

interface FileLike {
  name: string;
  size: number;
  type: string;
  slice(start?: number, end?: number): Blob;
}

/** Name, type and size: what can be told without reading the file. */
export function checkFileShallow(file: Pick<FileLike, 'name' | 'size' | 'type'>, maxBytes = MAX_UPLOAD_BYTES): FileCheck {
  const isPdfName = /\.pdf$/i.test(file.name);
  const isPdfType = file.type === 'application/pdf' || file.type === 'application/x-pdf';
  if (!isPdfName && !isPdfType) {
    return { ok: false, reason: `“${file.name}” is not a PDF. Choose a .pdf file of the policy wording.` };
  }
  if (file.size === 0) return { ok: false, reason: `“${file.name}” is empty (0 bytes).` };
  if (file.size > maxBytes) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    return { ok: false, reason: `“${file.name}” is ${mb(file.size)}; the limit is ${mb(maxBytes)}.` };
  }
  return { ok: true };
}

/** The first kilobyte must contain the PDF header, as the gateway checks. */
export function hasPdfHeader(head: Uint8Array): boolean {
  const text = String.fromCharCode(...head.subarray(0, 1024));
  return text.includes('%PDF-');
}

export async function checkFile(file: FileLike, maxBytes = MAX_UPLOAD_BYTES): Promise<FileCheck> {
  const shallow = checkFileShallow(file, maxBytes);
  if (!shallow.ok) return shallow;
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  if (!hasPdfHeader(head)) {
    return { ok: false, reason: `“${file.name}” is named like a PDF but is not one (no %PDF- header).` };
  }
  return { ok: true };
}
