/**
 * The Batch pages: `#/batch` (upload) and `#/batches/<id>` (the ranked view). lib/route.ts does not
 * know them and answers "upload"; app.tsx asks here first.
 */
export type BatchRoute = { name: 'batch-upload' } | { name: 'batch'; batchId: string };

export function parseBatchRoute(hash: string): BatchRoute | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'batch' && parts.length === 1) return { name: 'batch-upload' };
  if (parts[0] === 'batches' && parts[1]) return { name: 'batch', batchId: parts[1] };
  return null;
}

export const BATCH_UPLOAD_HREF = '#/batch';
export const batchHref = (batchId: string) => `#/batches/${encodeURIComponent(batchId)}`;
