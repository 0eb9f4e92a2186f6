import type { Change, ComparisonResult, KeyFigure } from '@policydiff/contracts';
import { changePages, changeTitle } from '../lib/change-title';
import { changeRules, changeWhy, deltaRule, deltaWhy } from '../lib/direction-reason';
import { escapeHtml as h } from '../lib/escape-html';
import { formatPages, formatPercent, formatSigned } from '../lib/format';
import { ruleDocRef } from '../lib/rule-doc';
import { changeIdFromHref, parseMarkdown, type Block, type Inline } from '../lib/markdown';
import { CLAUSE_TYPE_LABELS, DELTA_TYPE_LABELS, DIRECTION_LABELS, MATERIALITY_LABELS, STATUS_LABELS } from '../lib/taxonomy';
import { VERDICT_LABELS, verdictNote, verdictOf } from '../lib/verdict';
import { sortChanges } from '../review/change-filters';
import { splitDiff, type DiffPiece } from '../review/split-diff';
import { REPORT_STYLE as STYLE } from './report-style';

/** A change a broker must read: high or medium materiality. The rest go in a short table. */
export const isMaterial = (c: Change) => c.status !== 'unchanged' && c.materiality !== 'low';

function inlineHtml(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case 'text':
          return h(n.text);
        case 'code':
          return `<code>${h(n.text)}</code>`;
        case 'strong':
          return `<strong>${inlineHtml(n.children)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(n.children)}</em>`;
        case 'link': {
          const id = changeIdFromHref(n.href);
          // Inside the report a citation points at the change's own section.
          return id ? `<a href="#change-${h(id)}">${inlineHtml(n.children)}</a>` : inlineHtml(n.children);
        }
      }
    })
    .join('');
}

export function markdownHtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'heading') {
        const level = Math.min(6, b.level + 2);
        return `<h${level}>${inlineHtml(b.children)}</h${level}>`;
      }
      if (b.kind === 'paragraph') return `<p>${inlineHtml(b.children)}</p>`;
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${tag}>`;
    })
    .join('\n');
}

const piecesHtml = (pieces: DiffPiece[], empty: string) =>
  pieces.length
    ? pieces.map((p) => (p.kind === 'delete' ? `<del>${h(p.text)}</del>` : p.kind === 'insert' ? `<ins>${h(p.text)}</ins>` : h(p.text))).join('')
    : `<span class="muted">${h(empty)}</span>`;

const badge = (cls: string, text: string) => `<span class="badge ${cls}">${h(text)}</span>`;

/** A rule id in code type; the report travels without the repository, so the doc reference is its tooltip. */
const ruleCode = (rule: string) => `<code class="rule" title="${h(ruleDocRef(rule))}">${h(rule)}</code>`;

/** "Why narrower: … (rule)": the change's one line, or nothing for a result stored without it. */
function whyHtml(c: Change): string {
  const why = changeWhy(c);
  if (!why) return '';
  const rule = changeRules(c)[0];
  return `<p class="why"><strong>Why ${h(c.direction)}:</strong> ${h(why)}${rule ? ` <span class="muted">${ruleCode(rule)}</span>` : ''}</p>`;
}

function verdictHtml(result: ComparisonResult): string {
  const verdict = verdictOf(result.summary);
  if (!verdict) return '';
  const note = verdictNote(result.summary);
  return `<p class="verdict">${badge(`verdict verdict-${verdict}`, `Verdict: ${VERDICT_LABELS[verdict].toLowerCase()}`)}${note ? ` <span class="muted">${h(note)}</span>` : ''}</p>`;
}

function figureRow(k: KeyFigure): string {
  const cur = k.b?.currency ?? k.a?.currency ?? null;
  return `<tr><td>${h(k.label)}</td><td class="num">${k.a ? h(k.a.text) : '—'}${k.a ? ` <span class="muted">p. ${k.a.page}</span>` : ''}</td>
<td class="num">${k.b ? h(k.b.text) : '—'}${k.b ? ` <span class="muted">p. ${k.b.page}</span>` : ''}</td>
<td class="num dir-${k.direction}">${h(formatSigned(k.change_abs, cur))}</td><td class="num dir-${k.direction}">${h(formatPercent(k.change_pct))}</td>
<td>${badge(`dir-${k.direction}`, DIRECTION_LABELS[k.direction])}</td></tr>`;
}

function changeSection(c: Change, n: number): string {
  const { a, b } = splitDiff(c.diff, c.a?.text ?? null, c.b?.text ?? null);
  const deltaHtml = (d: Change['deltas'][number]) => {
    const fromTo = d.from !== null || d.to !== null ? ` <span class="fromto">${h(d.from ?? '—')} → ${h(d.to ?? '—')}</span>` : '';
    const why = deltaWhy(d);
    const rule = deltaRule(d);
    const reason = why || rule ? `<br><span class="muted">${why ? h(why) : ''}${rule ? ` ${ruleCode(rule)}` : ''}</span>` : '';
    return `<li><strong>${h(DELTA_TYPE_LABELS[d.type])}</strong> — ${h(d.description)}${fromTo}${reason}</li>`;
  };
  const deltas = c.deltas.length ? `<ul class="deltas">${c.deltas.map(deltaHtml).join('')}</ul>` : '';
  const side = (label: string, ref: Change['a'], pieces: DiffPiece[], empty: string) =>
    `<div class="side"><div class="side-head">${label}${ref ? ` · ${h(ref.section ? `§ ${ref.section}` : '')} ${h(formatPages(ref.page_start, ref.page_end))}` : ''}</div>
<p>${piecesHtml(pieces, empty)}</p></div>`;
  return `<section class="change" id="change-${h(c.id)}">
<h3>${n}. ${h(changeTitle(c))}</h3>
<div class="meta">${badge(`dir-${c.direction}`, DIRECTION_LABELS[c.direction])} ${badge(`mat-${c.materiality}`, `${MATERIALITY_LABELS[c.materiality]} materiality`)} ${badge('plain', STATUS_LABELS[c.status])} ${badge('plain', CLAUSE_TYPE_LABELS[c.clause_type])} <span class="muted">${h(changePages(c))}</span></div>
${whyHtml(c)}
${deltas}
<div class="sides">${side('A — expiring', c.a, a, 'Not in A (clause added)')}${side('B — renewal', c.b, b, 'Not in B (clause removed)')}</div>
</section>`;
}

/**
 * The report's one inline stylesheet, allowed by its hash: the report carries a Content-Security-
 * Policy that permits nothing else (no script, no other style, no image, no form), in the file a
 * client saves and in the tab it opens in. That tab inherits the app's policy, which lists the same
 * hash (content-security-policy.ts at the package root computes both at build time).
 */
const REPORT_CSP = `default-src 'none'; style-src ${__REPORT_STYLE_HASH__}; base-uri 'none'; form-action 'none'`;

/** A self-contained HTML report that prints well to PDF. */
export function reportHtml(result: ComparisonResult, generatedAt: Date = new Date()): string {
  const { summary, documents } = result;
  const changes = sortChanges(result.changes.filter((c) => c.status !== 'unchanged'));
  const material = changes.filter(isMaterial);
  const minor = changes.filter((c) => !isMaterial(c));
  const definitions = result.definitions.filter((d) => d.status !== 'unchanged');
  const title = `${documents.a.file_name} → ${documents.b.file_name}`;
  const counts = summary.counts;
  const dirs = summary.directions;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><title>Policy comparison — ${h(title)}</title><style>${STYLE}</style></head>
<body>
<header><h1>Policy comparison</h1>
<table><tr><th>A — expiring / current</th><td>${h(documents.a.file_name)} <span class="muted">(${documents.a.page_count} pages)</span></td></tr>
<tr><th>B — renewal / alternative</th><td>${h(documents.b.file_name)} <span class="muted">(${documents.b.page_count} pages)</span></td></tr></table></header>
<h2>Summary</h2>
${verdictHtml(result)}
<p class="headline">${h(summary.headline)}</p>
<p class="muted">${counts.modified} modified · ${counts.added} added · ${counts.removed} removed · ${counts.moved} moved — ${dirs.narrower} narrower · ${dirs.broader} broader · ${dirs.ambiguous} ambiguous · ${dirs.neutral} neutral</p>
${markdownHtml(parseMarkdown(summary.narrative))}
${
  result.key_figures.length
    ? `<h2>Key figures</h2><table><thead><tr><th>Item</th><th class="num">A</th><th class="num">B</th><th class="num">Change</th><th class="num">%</th><th>Cover</th></tr></thead><tbody>${result.key_figures.map(figureRow).join('')}</tbody></table>`
    : ''
}
${
  definitions.length
    ? `<h2>Changed definitions</h2><table><thead><tr><th>Term</th><th>Status</th><th>Cover</th><th>Clauses affected</th></tr></thead><tbody>${definitions
        .map(
          (d) =>
            `<tr><td><strong>${h(d.term)}</strong></td><td>${h(d.status)}</td><td>${badge(`dir-${d.direction}`, DIRECTION_LABELS[d.direction])}</td><td>${d.impacted_change_ids.length}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : ''
}
<h2>Material changes (${material.length})</h2>
${material.length ? material.map((c, i) => changeSection(c, i + 1)).join('\n') : '<p class="muted">No high or medium materiality changes.</p>'}
${
  minor.length
    ? `<h2>Other changes (${minor.length})</h2><table><thead><tr><th>Clause</th><th>Status</th><th>Cover</th><th>Why</th><th>Pages</th></tr></thead><tbody>${minor
        .map((c) => `<tr><td>${h(changeTitle(c))}</td><td>${h(STATUS_LABELS[c.status])}</td><td>${h(DIRECTION_LABELS[c.direction])}</td><td>${h(changeWhy(c) ?? '')}</td><td>${h(changePages(c))}</td></tr>`)
        .join('')}</tbody></table>`
    : ''
}
${result.warnings.length ? `<h2>Warnings</h2><ul>${result.warnings.map((w) => `<li>${h(w)}</li>`).join('')}</ul>` : ''}
<footer>Generated by policydiff on ${h(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC · job ${h(result.job_id)} · analysis ${h(result.analysis_version)}. Directions are from the insured's point of view; read each change against the policy wording.</footer>
</body></html>`;
}

