/**
 * docs/benchmarks.md holds several engineers' sections; the accuracy benchmark owns only the
 * "## Accuracy" section and replaces it in place, leaving every other section as it was.
 */

const HEADING = '## Accuracy';

export function replaceAccuracySection(doc: string | null, section: string): string {
  const body = section.startsWith(HEADING) ? section.trimEnd() : `${HEADING}\n\n${section.trimEnd()}`;
  if (doc === null || doc.trim() === '') return `# Benchmarks\n\n${body}\n`;
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === HEADING);
  if (start === -1) return `${doc.trimEnd()}\n\n${body}\n`;
  let end = lines.findIndex((l, i) => i > start && /^#{1,2} /.test(l));
  if (end === -1) end = lines.length;
  const before = lines.slice(0, start).join('\n').trimEnd();
  const after = lines.slice(end).join('\n').trim();
  return `${before ? `${before}\n\n` : ''}${body}\n${after ? `\n${after}\n` : ''}`;
}
