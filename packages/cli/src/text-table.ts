/**
 * Plain-text tables for a terminal: columns sized to their content, the widest flexible column
 * wrapped (never cut mid-word when a space is near) so a row never runs past the terminal's width.
 */
export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** May be wrapped to fit the width; the others keep their natural width. */
  flexible?: boolean;
  /** Never narrower than this when wrapped. */
  minWidth?: number;
}

const GAP = '  ';

/** Display width of a string, ignoring ANSI colour codes (which the table never adds itself). */
export function displayWidth(s: string): number {
  // eslint-disable-next-line no-control-regex
  return [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;
}

/** Splits text into lines of at most `width` characters, breaking at spaces when it can. */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (displayWidth(rest) > w) {
        // A word longer than the column: hard-split it.
        if (line) {
          out.push(line);
          line = '';
        }
        out.push(rest.slice(0, w));
        rest = rest.slice(w);
      }
      if (!line) line = rest;
      else if (displayWidth(line) + 1 + displayWidth(rest) <= w) line += ` ${rest}`;
      else {
        out.push(line);
        line = rest;
      }
    }
    out.push(line);
  }
  return out;
}

const pad = (s: string, width: number, align: 'left' | 'right' = 'left') => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? fill + s : s + fill;
};

/** Renders rows under a header and a rule; `maxWidth` is the terminal's width. */
export function renderTable(columns: Column[], rows: string[][], maxWidth = 120): string {
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => Math.max(...String(r[i] ?? '').split('\n').map(displayWidth)))));
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP.length * (columns.length - 1);
  // Shrink flexible columns, widest first, until the table fits.
  const flexible = columns.map((c, i) => (c.flexible ? i : -1)).filter((i) => i >= 0);
  while (total() > maxWidth && flexible.length) {
    const widest = flexible.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
    const floor = Math.max(columns[widest]!.minWidth ?? 12, displayWidth(columns[widest]!.header));
    if (widths[widest]! <= floor) {
      flexible.splice(flexible.indexOf(widest), 1);
      continue;
    }
    widths[widest] = Math.max(floor, widths[widest]! - (total() - maxWidth));
  }
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, columns[i]!.align)).join(GAP).trimEnd();
  const out = [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w)))];
  for (const row of rows) {
    const cellLines = columns.map((_, i) => wrapText(String(row[i] ?? ''), widths[i]!));
    const height = Math.max(...cellLines.map((l) => l.length));
    for (let k = 0; k < height; k++) out.push(line(cellLines.map((l) => l[k] ?? '')));
  }
  return out.join('\n');
}
