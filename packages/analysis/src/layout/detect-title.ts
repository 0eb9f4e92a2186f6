/**
 * The document's title: the largest text on the first page with text, joined over the lines it
 * wraps onto.
 */
import type { TextLine } from './layout-types.js';

const MAX_TITLE_LINES = 3;

export function detectTitle(firstPageLines: TextLine[]): string | null {
  const candidates = firstPageLines.filter((l) => /\p{L}{2}/u.test(l.text));
  if (candidates.length === 0) return null;
  const largest = candidates.reduce((max, l) => Math.max(max, l.fontSize), 0);
  const start = candidates.findIndex((l) => l.fontSize >= largest - 0.25);
  const parts = [candidates[start].text];
  for (let i = start + 1; i < candidates.length && parts.length < MAX_TITLE_LINES; i++) {
    const line = candidates[i];
    const prev = candidates[i - 1];
    const adjacent = line.flow === prev.flow && line.baseline - prev.baseline <= line.fontSize * 1.8;
    if (line.fontSize < largest - 0.25 || !adjacent) break;
    parts.push(line.text);
  }
  const title = parts.join(' ').replace(/\s+/g, ' ').trim();
  return title.length > 200 ? `${title.slice(0, 197)}...` : title;
}
