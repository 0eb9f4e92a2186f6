/**
 * Runs the real corpus pairs of MANIFEST.md that are present, and scores each hand-labelled one
 * on its own: the pairs and whether their labels are complete come from labels.json, the figures
 * from shared/tools/score.py (the labels' own scorer, so the figures are the ones the issue asks
 * for), the headline verdict and the direction by rule from the result beside them. Skips
 * cleanly, with a reason, when the corpus, the labels or a file is absent.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ComparisonResult } from '@policydiff/contracts';
import { splitComparableClauses } from '../alignment/comparable-clauses.js';
import { comparePdfsWithDocuments } from '../pipeline.js';
import { attributeDirections, type DirectionAttribution } from './direction-attribution.js';
import { parseLabelledPairs, type LabelledPair } from './labelled-pairs.js';
import { parseLabelHits, parseLabelScores, parseManifestPairs, reportRealPair, type LabelHit, type LabelScores, type ManifestPair, type RealPairReport } from './real-corpus.js';
import { checkVerdict, type VerdictCheck } from './verdict-check.js';

const run = promisify(execFile);

/** One labelled pair, scored on its own. */
export interface LabelledOutcome {
  pair: string;
  scope: string;
  complete: boolean;
  /** score.py's figures; null when it could not run (see `error`). */
  scores: LabelScores | null;
  /** score.py's verdict on each material label, so two runs can be compared label by label. */
  hits: LabelHit[];
  verdict: VerdictCheck | null;
  attribution: DirectionAttribution | null;
  error: string | null;
}

export interface RealRun {
  skipped: string | null;
  /** Why no pair is scored against labels, when none is. */
  labelsNote: string | null;
  pairs: { pair: ManifestPair; report: RealPairReport | null; error: string | null; skipped: string | null }[];
  labelled: LabelledOutcome[];
}

async function scoreWithLabels(scorer: string, labelsPath: string, pairId: string, result: ComparisonResult): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'policydiff-bench-'));
  try {
    const file = join(dir, `${pairId}.json`);
    await writeFile(file, JSON.stringify(result));
    const { stdout } = await run('python3', [scorer, file, '--pair', pairId, '--labels', labelsPath, '--json'], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as unknown;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function readLabelledPairs(labelsPath: string): Promise<{ pairs: LabelledPair[]; note: string | null }> {
  if (!existsSync(labelsPath)) return { pairs: [], note: `labels not found at ${labelsPath}: no pair scored against labels` };
  try {
    const pairs = parseLabelledPairs(JSON.parse(await readFile(labelsPath, 'utf8')));
    return { pairs, note: pairs.length === 0 ? `no labelled pair in ${labelsPath}` : null };
  } catch (error) {
    return { pairs: [], note: `labels at ${labelsPath} unreadable: ${messageOf(error)}` };
  }
}

function unscored(labelled: LabelledPair, error: string | null): LabelledOutcome {
  return { pair: labelled.id, scope: labelled.scope, complete: labelled.complete, scores: null, hits: [], verdict: null, attribution: null, error };
}

async function scoreLabelledPair(labelled: LabelledPair, result: ComparisonResult, scorer: string, labelsPath: string): Promise<LabelledOutcome> {
  const outcome: LabelledOutcome = { ...unscored(labelled, null), verdict: checkVerdict(result.summary, labelled.material) };
  if (!existsSync(scorer)) return { ...outcome, error: `scorer not found at ${scorer}` };
  try {
    const report = await scoreWithLabels(scorer, labelsPath, labelled.id, result);
    const hits = parseLabelHits(report);
    return { ...outcome, scores: parseLabelScores(report), hits, attribution: attributeDirections(hits, result.changes, labelled.material) };
  } catch (error) {
    return { ...outcome, error: messageOf(error) };
  }
}

export async function runReal(corpusDir: string, scorer: string, log: (line: string) => void): Promise<RealRun> {
  const out: RealRun = { skipped: null, labelsNote: null, pairs: [], labelled: [] };
  const realDir = join(corpusDir, 'real');
  const manifestPath = [join(realDir, 'MANIFEST.md'), join(corpusDir, 'MANIFEST.md')].find(existsSync);
  if (!existsSync(realDir) || !manifestPath) {
    out.skipped = `real corpus not found at ${realDir}: skipped`;
    return out;
  }
  const pairs = parseManifestPairs(await readFile(manifestPath, 'utf8'));
  const labelsPath = join(corpusDir, 'labels.json');
  const labels = await readLabelledPairs(labelsPath);
  out.labelsNote = labels.note;
  const scored = new Map<string, LabelledOutcome>();
  for (const pair of pairs) {
    const paths = [join(realDir, pair.fileA), join(realDir, pair.fileB)];
    const missing = paths.filter((p) => !existsSync(p));
    if (missing.length > 0) {
      out.pairs.push({ pair, report: null, error: null, skipped: `missing ${missing.join(', ')}` });
      log(`${pair.id}: skipped (missing ${missing.length} file(s))`);
      continue;
    }
    const [a, b] = await Promise.all(paths.map(async (p) => new Uint8Array(await readFile(p))));
    const t = performance.now();
    try {
      const { result, a: docA, b: docB } = await comparePdfsWithDocuments(a, b, {
        a: { fileName: pair.fileA, sha256: createHash('sha256').update(a).digest('hex') },
        b: { fileName: pair.fileB, sha256: createHash('sha256').update(b).digest('hex') },
        jobId: `bench-${pair.id}`,
      });
      const clauses = { a: splitComparableClauses(docA).body.length, b: splitComparableClauses(docB).body.length };
      const report = reportRealPair(pair.id, result, performance.now() - t, clauses);
      out.pairs.push({ pair, report, error: null, skipped: null });
      log(`${pair.id}: ${(report.totalMs / 1000).toFixed(1)} s, ${result.changes.length} changes`);
      const labelled = labels.pairs.find((l) => l.id === pair.id);
      if (labelled) scored.set(pair.id, await scoreLabelledPair(labelled, result, scorer, labelsPath));
    } catch (error) {
      const message = messageOf(error);
      out.pairs.push({ pair, report: null, error: message, skipped: null });
      log(`${pair.id}: FAILED ${message}`);
    }
  }
  // Every labelled pair gets a row (complete pairs first), even one the manifest lacks or whose comparison failed.
  out.labelled = labels.pairs.map((l) => scored.get(l.id) ?? unscored(l, pairs.some((p) => p.id === l.id) ? 'the comparison did not run' : 'not in MANIFEST.md'));
  return out;
}
