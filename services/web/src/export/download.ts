/** Saves text as a file through a temporary object URL. */
export function downloadText(fileName: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "expiring-101-vs-renewal-101" from the two file names, safe for a file name. */
export function exportBaseName(fileA: string, fileB: string): string {
  const stem = (n: string) =>
    n
      .replace(/\.pdf$/i, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'policy';
  return `${stem(fileA)}-vs-${stem(fileB)}`;
}
