/**
 * Runs the real corpus pairs of MANIFEST.md that are present, and scores the hand-labelled ones
 * with shared/tools/score.py (the labels' own scorer, so the figures are the ones the issue asks
 * for). Skips cleanly, with a reason, when the corpus or a file is absent.
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
import { parseLabelScores, parseManifestPairs, reportRealPair, type LabelScores, type ManifestPair, type RealPairReport } from './real-corpus.js';

const run = promisify(execFile);

/** Pairs labelled by hand in shared/corpus/labels.json. */
export const LABELLED_PAIRS = ['S7', 'S1'] as const;

export interface RealRun {
  skipped: string | null;
  pairs: { pair: ManifestPair; report: RealPairReport | null; error: string | null; skipped: string | null }[];
  labelScores: Record<string, LabelScores | null>;
  labelErrors: Record<string, string>;
}

async function scoreWithLabels(scorer: string, pairId: string, result: ComparisonResult): Promise<LabelScores> {
  const dir = await mkdtemp(join(tmpdir(), 'policydiff-bench-'));
  try {
    const file = join(dir, `${pairId}.json`);
    await writeFile(file, JSON.stringify(result));
    const { stdout } = await run('python3', [scorer, file, '--pair', pairId, '--json'], { maxBuffer: 64 * 1024 * 1024 });
    return parseLabelScores(JSON.parse(stdout));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runReal(corpusDir: string, scorer: string, log: (line: string) => void): Promise<RealRun> {
  const out: RealRun = { skipped: null, pairs: [], labelScores: {}, labelErrors: {} };
  const realDir = join(corpusDir, 'real');
  const manifestPath = [join(realDir, 'MANIFEST.md'), join(corpusDir, 'MANIFEST.md')].find(existsSync);
  if (!existsSync(realDir) || !manifestPath) {
    out.skipped = `real corpus not found at ${realDir}: skipped`;
    return out;
  }
  const pairs = parseManifestPairs(await readFile(manifestPath, 'utf8'));
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
      if ((LABELLED_PAIRS as readonly string[]).includes(pair.id)) {
        if (!existsSync(scorer)) {
          out.labelErrors[pair.id] = `scorer not found at ${scorer}`;
          out.labelScores[pair.id] = null;
        } else {
          try {
            out.labelScores[pair.id] = await scoreWithLabels(scorer, pair.id, result);
          } catch (error) {
            out.labelErrors[pair.id] = error instanceof Error ? error.message : String(error);
            out.labelScores[pair.id] = null;
          }
        }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      out.pairs.push({ pair, report: null, error: message, skipped: null });
      log(`${pair.id}: FAILED ${message}`);
    }
  }
  return out;
}
