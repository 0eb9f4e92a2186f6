/**
 * Runs the planned generated pairs through the whole analysis in this process (comparePdfs: the
 * same functions the stage services run) and scores each against its ground truth. A pair whose
 * comparison throws is scored as an empty result, so a crash costs recall instead of vanishing.
 */
import { createHash } from 'node:crypto';
import type { ComparisonResult } from '@policydiff/contracts';
import { generatePolicyPair } from '@policydiff/testkit';
import { comparePdfs } from '../pipeline.js';
import { emptyResult } from './empty-result.js';
import type { PlannedPair } from './pair-plan.js';
import { scoreGeneratedPair, type PairScore } from './score-generated.js';

export interface GeneratedRun {
  scores: PairScore[];
  errors: { seed: number; message: string }[];
  /** Milliseconds spent in comparePdfs, per pair. */
  compareMs: number[];
  totalMs: number;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export async function runGenerated(plan: readonly PlannedPair[], onPair?: (done: number, run: GeneratedRun) => void): Promise<GeneratedRun> {
  const started = performance.now();
  const run: GeneratedRun = { scores: [], errors: [], compareMs: [], totalMs: 0 };
  for (const planned of plan) {
    const pair = await generatePolicyPair(planned);
    let result: ComparisonResult;
    const t = performance.now();
    try {
      result = await comparePdfs(pair.a.pdf, pair.b.pdf, {
        a: { fileName: pair.a.fileName, sha256: sha256(pair.a.pdf) },
        b: { fileName: pair.b.fileName, sha256: sha256(pair.b.pdf) },
        jobId: `bench-${planned.seed}`,
      });
    } catch (error) {
      run.errors.push({ seed: planned.seed, message: error instanceof Error ? error.message : String(error) });
      result = emptyResult();
    }
    run.compareMs.push(performance.now() - t);
    run.scores.push(scoreGeneratedPair(pair.truth, result));
    onPair?.(run.scores.length, run);
  }
  run.totalMs = performance.now() - started;
  return run;
}
