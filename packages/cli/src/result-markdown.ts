import type { ComparisonResult } from '@policydiff/contracts';
import { changeClause, changeWhat, changeWhy, formatFigure, formatFigureChange, keyFiguresToShow, materialChanges } from './material-changes.js';
import { verdictLine } from './verdict-line.js';

/** Table cells may hold any text: pipes and line breaks would break the table. */
export const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/** The comparison as Markdown, for a ticket, a pull request or an e-mail. */
export function renderResultMarkdown(result: ComparisonResult): string {
  const { summary, documents } = result;
  const out: string[] = [];
  out.push(`# ${mdCell(documents.a.file_name)} → ${mdCell(documents.b.file_name)}`, '');
  out.push(`**${summary.headline}**`, '');
  const verdict = verdictLine(summary);
  if (verdict) out.push(mdCell(verdict), '');
  if (summary.narrative) out.push(summary.narrative, '');
  const c = summary.counts;
  out.push(`${c.modified} modified, ${c.added} added, ${c.removed} removed, ${c.moved} moved, ${c.unchanged} unchanged.`, '');
  if (summary.bullets.length) {
    out.push('## Summary', '', ...summary.bullets.map((b) => `- **${b.severity}** (${b.direction}): ${b.text}`), '');
  }
  const figures = keyFiguresToShow(result);
  if (figures.length) {
    out.push('## Key figures', '', '| Figure | A | B | Change | Direction |', '|---|---|---|---:|---|');
    for (const f of figures) out.push(`| ${mdCell(f.label)} | ${mdCell(formatFigure(f.a))} | ${mdCell(formatFigure(f.b))} | ${formatFigureChange(f)} | ${f.direction} |`);
    out.push('');
  }
  const changes = materialChanges(result);
  out.push('## Material changes', '');
  if (!changes.length) out.push('None.', '');
  else {
    out.push('| # | Materiality | Direction | Clause | Status | What changed | Why |', '|---:|---|---|---|---|---|---|');
    changes.forEach((ch, i) =>
      out.push(`| ${i + 1} | ${ch.materiality} | ${ch.direction} | ${mdCell(changeClause(ch))} | ${ch.status} | ${mdCell(changeWhat(ch))} | ${mdCell(changeWhy(ch) ?? '')} |`),
    );
    out.push('');
  }
  if (result.warnings.length) out.push('## Warnings', '', ...result.warnings.map((w) => `- ${w}`), '');
  return out.join('\n');
}
