/**
 * The benchmark's printed report, as markdown: the console shows it and docs/benchmarks.md keeps
 * it under "## Accuracy". Pure: figures in, text out.
 */
import { formatRate, formatRatio, markdownTable } from './markdown-table.js';
import type { RealRun } from './run-real.js';
import type { GeneratedFigures, PairScore } from './score-generated.js';
import { markOf, resultOf, targetTally, type TargetRow } from './targets.js';
import { formatVerdict } from './verdict-check.js';

export function generatedSection(g: GeneratedFigures, scores: readonly PairScore[], seconds: number, errors: number): string {
  const kinds = Object.entries(g.byKind).sort(([x, a], [y, b]) => Number(b.material) - Number(a.material) || x.localeCompare(y));
  const kindRows = kinds.map(([kind, k]) => [
    k.material ? kind : `${kind} (not material)`,
    String(k.planted),
    k.material ? formatRatio(k.recall) : `moved: ${kind === 'clause_moved' ? formatRatio(k.recall) : '–'}`,
    k.material ? formatRatio(k.recallFlagged) : '–',
    k.material ? formatRatio(k.direction) : '–',
    k.material ? formatRatio(k.precision) : '–',
    String(k.wrongFlags),
  ]);
  const overall = markdownTable(
    ['figure', 'value'],
    [
      ['clause alignment accuracy (non-heading units)', formatRatio(g.alignment)],
      ['  of which units the layout lost (unmapped)', String(g.alignmentUnmapped)],
      ...Object.entries(g.alignmentByKind).map(([kind, r]) => [`  alignment of ${kind} units`, formatRatio(r)]),
      ['material-change recall (right status, any materiality)', formatRatio(g.recall)],
      ['material-change recall flagged high/medium', formatRatio(g.recallFlagged)],
      ['precision (flagged changes touching a material edit)', formatRatio(g.precision)],
      ['direction accuracy (detected edits)', formatRatio(g.direction)],
      ['cosmetic false positives', formatRatio(g.cosmeticFalsePositives)],
      ['key-figure accuracy (both values right)', formatRatio(g.keyFigures)],
      ['key figures found by label', formatRatio(g.keyFiguresFound)],
    ],
  );
  const fpTypes = Object.entries(g.falsePositivesByType)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  const pages = [...new Set(scores.map((s) => s.pages))].sort((a, b) => a - b);
  return [
    `### Generated pairs`,
    '',
    `${g.pairs} pairs (${pages.map((p) => `${scores.filter((s) => s.pages === p).length} × ${p} pages`).join(', ')}; ${scores.filter((s) => s.twoColumn).length} two-column), ${seconds.toFixed(0)} s, ${errors} comparison error(s).`,
    '',
    overall,
    '',
    'Per edit kind (recall: detected with the right status; flagged: by a high/medium change; precision: correct detections among the high/medium changes touching edits of that kind; wrong flags: high/medium changes touching an edit that do not report it correctly).',
    '',
    markdownTable(['edit kind', 'planted', 'recall', 'recall flagged', 'direction', 'precision', 'wrong flags'], kindRows),
    '',
    `False positives by status/clause type: ${fpTypes || 'none'}.`,
  ].join('\n');
}

const seconds = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(2));

export function realSection(real: RealRun): string {
  if (real.skipped) return `### Real corpus\n\n${real.skipped}.`;
  const done = real.pairs.filter((p) => p.report);
  const rows = real.pairs.map(({ pair, report, error, skipped }) => {
    if (!report) return [pair.id, error ? `FAILED: ${error.slice(0, 80)}` : `skipped: ${skipped}`, '', '', '', '', ''];
    const s = report.byStatus;
    const d = report.byDirection;
    return [
      pair.id,
      `${report.clauses.a} / ${report.clauses.b}`,
      `${s.added ?? 0} / ${s.removed ?? 0} / ${s.modified ?? 0} / ${s.moved ?? 0} / ${s.unchanged ?? 0}`,
      `${d.broader ?? 0} / ${d.narrower ?? 0} / ${d.neutral ?? 0} / ${d.ambiguous ?? 0}`,
      String(report.material),
      seconds(report.totalMs),
      String(report.warnings.length),
    ];
  });
  const stageNames = [...new Set(done.flatMap((p) => Object.keys(p.report!.timingsMs)))];
  const timing = markdownTable(
    ['pair', ...stageNames],
    done.map((p) => [p.pair.id, ...stageNames.map((k) => seconds(p.report!.timingsMs[k]))]),
  );
  const warnings = done.flatMap((p) => p.report!.warnings.slice(0, 5).map((w) => `- ${p.pair.id}: ${w.slice(0, 200)}`));
  const labelled = real.labelled.map(({ pair, complete, scores: s, error }) => [
    pair,
    complete ? 'complete' : 'partial',
    s ? formatRate(s.recall) : 'n/a',
    s ? `${s.highFound}/${s.highTotal}` : 'n/a',
    s ? String(s.highMissed) : 'n/a',
    s ? formatRate(s.direction) : 'n/a',
    s ? formatRate(s.numeric) : 'n/a',
    s ? formatRate(s.cosmeticFalsePositives) : 'n/a',
    s ? (complete ? formatRate(s.precision) : 'not reported (labels partial)') : (error ?? 'n/a').slice(0, 80),
  ]);
  const verdicts = real.labelled.map(({ pair, verdict }) => [pair, verdict ? formatVerdict(verdict.result) : 'n/a', verdict ? formatVerdict(verdict.labels) : 'n/a', verdict ? markOf(verdict.pass) : 'SKIP']);
  return [
    '### Real corpus',
    '',
    markdownTable(['pair', 'clauses A / B', 'added / removed / modified / moved / unchanged', 'broader / narrower / neutral / ambiguous', 'material (high/med, not neutral)', 'seconds', 'warnings'], rows),
    '',
    'Time per stage (seconds):',
    '',
    timing,
    '',
    warnings.length > 0 ? `Warnings (first five per pair):\n\n${warnings.join('\n')}` : 'No warnings.',
    '',
    ...(real.labelsNote ? [`${real.labelsNote}.`] : []),
    'Hand-labelled pairs, each on its own, scored by `python3 ../shared/tools/score.py RESULT.json --pair <id> --json` (which pairs, and whether their labels are complete, from `labels.json` `pairs[<id>].label_scope`; a partly labelled pair gets no precision):',
    '',
    markdownTable(['pair', 'labels', 'recall', 'high found', 'high missed', 'direction', 'numeric', 'cosmetic FP', 'precision est.'], labelled),
    '',
    "Headline verdict: the result's `summary.verdict` against the labels' verdict, both weighed by `weighBalance`/`verdictOf` (narrative/verdict.ts; high 3, medium 2, low 1, broader and narrower only). The labels' side weighs every material label of the pair; the result's side, its high and medium changes:",
    '',
    markdownTable(['pair', 'result verdict (weights; high changes)', "labels' verdict (weights; high labels)", 'check'], verdicts),
  ].join('\n');
}

export function targetSection(rows: readonly TargetRow[]): string {
  return [
    '### Against the targets of issue 13',
    '',
    `Targets: ${targetTally(rows)}. Each completely labelled pair is held to every target on its own; a partly labelled pair's marks are informational; the generated benchmark is a regression check, its direction reported only.`,
    '',
    markdownTable(['scope', 'figure', 'value', 'target', 'result'], rows.map((r) => [r.scope, r.metric, r.value, r.target, resultOf(r)])),
  ].join('\n');
}

/** How the figures are counted, kept beside them in the docs so a reader need not open the code. */
export function rulesSection(): string {
  return [
    'How it is scored (src/bench/score-*.ts; the real pairs by shared/tools/score.py):',
    '',
    '- **Generated pairs** come from `generatePolicyPair` (testkit) with a seeded plan: products in rotation, one pair in twenty of 50 pages, about a quarter two-column and a quarter hyphenated, 3–6 edits each. Each pair runs through `comparePdfs` in this process.',
    '- **Alignment**: every ground-truth unit present on both sides (headings excluded) is mapped to the result clause holding its text on its page (or to the pieces it was split into); it counts when some change pairs its A clause with its B clause.',
    "- **Recall**: a material edit is detected when a change with the right status touches its key phrase on the right side (score.py's rule: full match anywhere, ≥ 70 % of the words near the page; an added/removed clause may also be a modified change whose diff inserts/deletes it). **Direction**: the detecting change's own direction equals the planted one.",
    '- **Precision**: among changes reported high/medium and not unchanged, the share touching a material edit. **Cosmetic FP**: a cosmetic rewording touched by a high/medium, non-neutral change. **Key figures**: numeric schedule rows found in `key_figures` (≥ 60 % of the label words) with both values right.',
    "- **Real pairs**: every pair of `shared/corpus/labels.json` with material labels is scored on its own by score.py; a pair whose `label_scope` starts with \"complete\" gets a precision estimate and is held to the targets, any other (S6, the top 35) is reported for information. The headline verdict check compares `summary.verdict` with the labels' verdict from the same `weighBalance`/`verdictOf`. Direction by rule and role, and the leave-one-pair-out view, read score.py's `per_label.matched_change_ids` back into the result (src/bench/direction-attribution.ts, leave-one-pair-out.ts).",
  ].join('\n');
}
