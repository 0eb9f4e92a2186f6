/**
 * `npm run bench:accuracy`: scores the whole analysis on generated pairs with known edits and on
 * the real corpus (each hand-labelled pair on its own, with its headline verdict and its
 * direction by rule and role), prints the figures against the targets of issue 13, and (for a
 * full run) rewrites the "## Accuracy" section of docs/benchmarks.md. See docs/benchmarks.md for
 * the rules.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedSection, realSection, rulesSection, targetSection } from './accuracy-report.js';
import { directionByRuleSection, type AttributedPair } from './attribution-report.js';
import { replaceAccuracySection } from './benchmarks-doc.js';
import { parseBenchArgs, USAGE, UsageError, type BenchOptions } from './cli-options.js';
import { planPairs } from './pair-plan.js';
import { isControlPair } from './real-corpus.js';
import { runGenerated, type GeneratedRun } from './run-generated.js';
import { leaveOnePairOut, type LeaveOnePairOut } from './leave-one-pair-out.js';
import { runReal, type RealRun } from './run-real.js';
import { summariseGenerated, type GeneratedFigures } from './score-generated.js';
import { controlTargetRow, generatedTargetRows, labelledTargetRows, type TargetRow } from './targets.js';

/** packages/analysis/dist/bench → the repository root. */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

const log = (line: string): void => console.log(line);

function printProgress(done: number, total: number, run: GeneratedRun): void {
  if (done % 10 !== 0 && done !== total) return;
  const f = summariseGenerated(run.scores);
  const r = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));
  log(
    `  ${done}/${total} pairs  alignment ${r(f.alignment.rate)}  recall ${r(f.recall.rate)}  precision ${r(f.precision.rate)}  direction ${r(f.direction.rate)}  cosmetic FP ${r(f.cosmeticFalsePositives.rate)}  (${(run.compareMs.reduce((s, x) => s + x, 0) / 1000).toFixed(0)} s comparing)`,
  );
}

async function main(options: BenchOptions): Promise<void> {
  const sections: string[] = [];
  const targets: TargetRow[] = [];
  let generated: { figures: GeneratedFigures; run: GeneratedRun } | null = null;
  let real: RealRun | null = null;
  let byPair: LeaveOnePairOut | null = null;

  if (options.pairs > 0) {
    const plan = planPairs(options.pairs, options.seed);
    log(`Generated pairs: ${plan.length} (seed ${options.seed})`);
    const run = await runGenerated(plan, (done, r) => printProgress(done, plan.length, r));
    const figures = summariseGenerated(run.scores);
    generated = { figures, run };
    sections.push(generatedSection(figures, run.scores, run.totalMs / 1000, run.errors.length));
    targets.push(...generatedTargetRows(figures));
    for (const e of run.errors.slice(0, 10)) log(`  comparison error (seed ${e.seed}): ${e.message}`);
  }

  if (options.real) {
    const corpus = options.corpus ?? join(REPO_ROOT, '..', 'shared', 'corpus');
    const scorer = join(corpus, '..', 'tools', 'score.py');
    log(`Real corpus: ${corpus}`);
    real = await runReal(corpus, scorer, (line) => log(`  ${line}`));
    sections.push(realSection(real));
    if (!real.skipped) {
      const attributed = real.labelled.flatMap((l): AttributedPair[] => (l.attribution ? [{ pair: l.pair, attribution: l.attribution }] : []));
      byPair = leaveOnePairOut(attributed);
      sections.push(directionByRuleSection(attributed, byPair));
      for (const l of real.labelled) {
        targets.push(...labelledTargetRows({ id: l.pair, complete: l.complete }, l.scores, l.verdict));
        log(`Labelled pair ${l.pair} (${l.complete ? 'complete' : 'partial'}): ${l.verdict ? `verdict ${l.verdict.result.verdict}, labels' ${l.verdict.labels.verdict} → ${l.verdict.pass ? 'PASS' : 'FAIL'}` : 'no verdict'}${l.error ? ` (${l.error})` : ''}`);
      }
      for (const { pair, report } of real.pairs.filter((p) => isControlPair(p.pair))) {
        const row = controlTargetRow(pair.id, report ? report.material : null);
        targets.push(row);
        log(`Control pair ${pair.id}: ${report ? `${report.material} material change(s)` : 'did not run'} → ${row.pass === null ? 'SKIP' : row.pass ? 'PASS' : 'FAIL'}`);
      }
    }
  }

  sections.push(targetSection(targets), rulesSection());
  const command = `npm run bench:accuracy -- ${process.argv.slice(2).join(' ')}`.trim();
  const report = [`Command: \`${command}\` — run ${new Date().toISOString().slice(0, 10)}, analysis run in-process (comparePdfs).`, '', ...sections.flatMap((s) => [s, ''])].join('\n');
  log('');
  log(report);

  if (generated) {
    const misses = generated.run.scores.flatMap((s) =>
      s.edits.filter((e) => e.material && (!e.detected || !e.directionOk)).map((e) => ({ seed: s.seed, product: s.product, kind: e.kind, detected: e.detected, expected: e.expectedDirection, reported: e.reportedDirections, description: e.description })),
    );
    log(`Missed or misdirected edits (first 15 of ${misses.length}):`);
    for (const m of misses.slice(0, 15)) log(`  seed ${m.seed} ${m.product} ${m.kind}: ${m.detected ? `direction ${m.reported.join('/')} (expected ${m.expected})` : 'not detected'} — ${m.description}`);
    const fps = generated.run.scores.flatMap((s) => s.falsePositives.map((fp) => ({ seed: s.seed, ...fp })));
    log(`False positives (first 10 of ${fps.length}):`);
    for (const fp of fps.slice(0, 10)) log(`  seed ${fp.seed} ${fp.status} ${fp.clauseType} ${fp.materiality} ${fp.direction} p.${fp.page}: ${fp.text}`);
  }

  if (options.json) {
    const payload = {
      date: new Date().toISOString(),
      options,
      generated: generated
        ? {
            figures: generated.figures,
            errors: generated.run.errors,
            seconds: generated.run.totalMs / 1000,
            pairs: generated.run.scores.map((s) => ({
              seed: s.seed,
              product: s.product,
              pages: s.pages,
              twoColumn: s.twoColumn,
              alignment: { total: s.alignment.total, correct: s.alignment.correct, unmapped: s.alignment.unmapped, misses: s.alignment.misses.slice(0, 10) },
              edits: s.edits,
              flagged: s.flagged,
              flaggedTrue: s.flaggedTrue,
              falsePositives: s.falsePositives,
              keyFigures: s.keyFigures,
            })),
          }
        : null,
      real,
      leaveOnePairOut: byPair,
      targets,
    };
    await writeFile(options.json, `${JSON.stringify(payload, null, 2)}\n`);
    log(`Figures written to ${options.json}`);
  }

  if (options.doc) {
    const docPath = join(REPO_ROOT, 'docs', 'benchmarks.md');
    const current = existsSync(docPath) ? await readFile(docPath, 'utf8') : null;
    await writeFile(docPath, replaceAccuracySection(current, `## Accuracy\n\n${report}`));
    log(`Accuracy section written to ${docPath}`);
  }
}

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE);
} else {
  try {
    await main(parseBenchArgs(argv));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  }
}
