import type { Change, ComparisonResult } from '@policydiff/contracts';
import { changeClause, changeWhat, changeWhy, formatFigure, formatFigureChange, keyFiguresToShow, materialChanges } from './material-changes.js';
import { renderTable, wrapText } from './text-table.js';
import { verdictLine } from './verdict-line.js';

/** What changed, then why it has its direction on a line of its own. */
const whatAndWhy = (ch: Change) => {
  const why = changeWhy(ch);
  return why ? `${changeWhat(ch)}\nwhy: ${why}` : changeWhat(ch);
};

/** The comparison as a terminal reader wants it: headline, verdict, counts, key figures, material changes and why. */
export function renderResultText(result: ComparisonResult, width = 120): string {
  const { summary, documents } = result;
  const out: string[] = [];
  out.push(`${documents.a.file_name} (${documents.a.page_count} pages) → ${documents.b.file_name} (${documents.b.page_count} pages)`);
  out.push('');
  // Like the table, the headline, the verdict and the counts never run past the terminal's width.
  out.push(...wrapText(summary.headline, width));
  const verdict = verdictLine(summary);
  if (verdict) out.push(...wrapText(verdict, width));
  const c = summary.counts;
  const d = summary.directions;
  out.push(
    ...wrapText(
      `${c.modified} modified, ${c.added} added, ${c.removed} removed, ${c.moved} moved, ${c.unchanged} unchanged · ` +
        `${d.broader} broader, ${d.narrower} narrower, ${d.ambiguous} ambiguous`,
      width,
    ),
  );
  const figures = keyFiguresToShow(result);
  if (figures.length) {
    out.push('', 'Key figures');
    out.push(
      renderTable(
        [{ header: 'Figure', flexible: true, minWidth: 16 }, { header: 'A' }, { header: 'B' }, { header: 'Change', align: 'right' }, { header: 'Direction' }],
        figures.map((f) => [f.label, formatFigure(f.a), formatFigure(f.b), formatFigureChange(f), f.direction]),
        width,
      ),
    );
  }
  const changes = materialChanges(result);
  out.push('', changes.length ? `Material changes (${changes.length})` : 'No material changes');
  if (changes.length) {
    out.push(
      renderTable(
        [
          { header: '#', align: 'right' },
          { header: 'Materiality' },
          { header: 'Direction' },
          { header: 'Clause', flexible: true, minWidth: 18 },
          { header: 'What changed', flexible: true, minWidth: 24 },
        ],
        changes.map((ch, i) => [String(i + 1), ch.materiality, ch.direction, `${changeClause(ch)} [${ch.status}]`, whatAndWhy(ch)]),
        width,
      ),
    );
  }
  if (result.warnings.length) out.push('', 'Warnings', ...result.warnings.map((w) => `  ! ${w}`));
  return out.join('\n');
}
