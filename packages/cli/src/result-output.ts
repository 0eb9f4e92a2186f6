import { writeFile } from 'node:fs/promises';
import type { ComparisonResult } from '@policydiff/contracts';
import { UsageError, type CliIo } from './cli-io.js';
import { renderResultHtml } from './result-html.js';
import { renderResultMarkdown } from './result-markdown.js';
import { renderResultText } from './result-text.js';

export type ResultFormat = { kind: 'text' } | { kind: 'json' } | { kind: 'md' } | { kind: 'html'; file: string };

/** --json, --md and --html FILE are exclusive; none means the readable text. */
export function resultFormat(v: { json?: boolean; md?: boolean; html?: string }): ResultFormat {
  const chosen = [v.json && 'json', v.md && 'md', v.html !== undefined && 'html'].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`choose one of --json, --md, --html FILE (got ${chosen.map((c) => `--${c}`).join(' and ')})`);
  if (v.html !== undefined) {
    if (!v.html) throw new UsageError('--html needs a file name');
    return { kind: 'html', file: v.html };
  }
  return v.json ? { kind: 'json' } : v.md ? { kind: 'md' } : { kind: 'text' };
}

export async function writeResult(io: CliIo, result: ComparisonResult, format: ResultFormat): Promise<void> {
  switch (format.kind) {
    case 'json':
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      return;
    case 'md':
      io.out(`${renderResultMarkdown(result)}\n`);
      return;
    case 'html':
      await writeFile(format.file, renderResultHtml(result));
      io.out(`${renderResultText(result, io.columns)}\n`);
      io.err(`wrote ${format.file}\n`);
      return;
    default:
      io.out(`${renderResultText(result, io.columns)}\n`);
  }
}
