import type { ComparisonResult } from '@policydiff/contracts';
import { changeClause, changeWhat, changeWhy, formatFigure, formatFigureChange, keyFiguresToShow, materialChanges } from './material-changes.js';
import { verdictLine } from './verdict-line.js';

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1c1c1c}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right}.high{color:#a40000;font-weight:600}.medium{color:#8a5a00}.broader{color:#106010}.narrower{color:#a40000}
.headline{font-size:1.2rem;font-weight:600}.verdict{font-weight:600}`;

/** A self-contained HTML report (no scripts, no external resources): open it anywhere, attach it to a mail. */
export function renderResultHtml(result: ComparisonResult): string {
  const e = escapeHtml;
  const { summary, documents } = result;
  const c = summary.counts;
  const figures = keyFiguresToShow(result);
  const changes = materialChanges(result);
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${e(documents.a.file_name)} → ${e(documents.b.file_name)}</title><style>${STYLE}</style></head><body>`);
  parts.push(`<h1>${e(documents.a.file_name)} → ${e(documents.b.file_name)}</h1>`);
  parts.push(`<p class="headline">${e(summary.headline)}</p>`);
  const verdict = verdictLine(summary);
  if (verdict) parts.push(`<p class="verdict">${e(verdict)}</p>`);
  if (summary.narrative) parts.push(`<p>${e(summary.narrative)}</p>`);
  parts.push(`<p>${c.modified} modified, ${c.added} added, ${c.removed} removed, ${c.moved} moved, ${c.unchanged} unchanged.</p>`);
  if (figures.length) {
    parts.push('<h2>Key figures</h2><table><thead><tr><th>Figure</th><th>A</th><th>B</th><th>Change</th><th>Direction</th></tr></thead><tbody>');
    for (const f of figures) {
      parts.push(`<tr><td>${e(f.label)}</td><td>${e(formatFigure(f.a))}</td><td>${e(formatFigure(f.b))}</td><td class="num">${e(formatFigureChange(f))}</td><td class="${f.direction}">${f.direction}</td></tr>`);
    }
    parts.push('</tbody></table>');
  }
  parts.push('<h2>Material changes</h2>');
  if (!changes.length) parts.push('<p>None.</p>');
  else {
    parts.push('<table><thead><tr><th>#</th><th>Materiality</th><th>Direction</th><th>Clause</th><th>Status</th><th>What changed</th><th>Why</th></tr></thead><tbody>');
    changes.forEach((ch, i) => {
      parts.push(
        `<tr><td class="num">${i + 1}</td><td class="${ch.materiality}">${ch.materiality}</td><td class="${ch.direction}">${ch.direction}</td>` +
          `<td>${e(changeClause(ch))}</td><td>${ch.status}</td><td>${e(changeWhat(ch))}</td><td>${e(changeWhy(ch) ?? '')}</td></tr>`,
      );
    });
    parts.push('</tbody></table>');
  }
  if (result.warnings.length) parts.push(`<h2>Warnings</h2><ul>${result.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul>`);
  parts.push(`<p><small>analysis ${e(result.analysis_version)} · job ${e(result.job_id)}</small></p></body></html>`);
  return parts.join('\n');
}
