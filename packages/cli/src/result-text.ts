import type { ComparisonResult } from '@policydiff/contracts';
import { changeClause, changeWhat, formatFigure, formatFigureChange, keyFiguresToShow, materialChanges } from './material-changes.js';
import { renderTable } from './text-table.js';

/** The comparison as a terminal reader wants it: headline, counts, key figures, material changes. */
export function renderResultText(result: ComparisonResult, width = 120): string {
  const { summary, documents } = result;
  const out: string[] = [];
  out.push(`${documents.a.file_name} (${documents.a.page_count} pages) → ${documents.b.file_name} (${documents.b.page_count} pages)`);
  out.push('');
  out.push(summary.headline);
  const c = summary.counts;
  const d = summary.directions;
  out.push(
    `${c.modified} modified, ${c.added} added, ${c.removed} removed, ${c.moved} moved, ${c.unchanged} unchanged · ` +
      `${d.broader} broader, ${d.narrower} narrower, ${d.ambiguous} ambiguous`,
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
        changes.map((ch, i) => [String(i + 1), ch.materiality, ch.direction, `${changeClause(ch)} [${ch.status}]`, changeWhat(ch)]),
        width,
      ),
    );
  }
  if (result.warnings.length) out.push('', 'Warnings', ...result.warnings.map((w) => `  ! ${w}`));
  return out.join('\n');
}
