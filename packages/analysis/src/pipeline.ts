/**
 * The seven stages composed: what each stage service runs for its segment, and the whole
 * comparison in one process (the benchmark floor and `policydiff compare --local`).
 */
import type { ComparisonResult, Summary } from '@policydiff/contracts';
import { alignClauses } from './alignment/index.js';
import { classifyClauses } from './classification/index.js';
import { interpretDeltas } from './delta/index.js';
import { extractDefinitions } from './definitions/index.js';
import { extractDna } from './dna/index.js';
import { analyzeLayout } from './layout/index.js';
import { summariseChanges } from './narrative/index.js';
import { ANALYSIS_VERSION, type AlignmentResult, type AnalyzedDocument, type DeltaResult } from './types.js';

export interface DocumentMeta {
  fileName: string;
  sha256: string;
}

export async function analyzeDocument(
  pdf: Uint8Array,
  opts: { maxPages?: number } = {},
  timings: Record<string, number> = {},
): Promise<AnalyzedDocument> {
  let t = performance.now();
  const lap = (name: string) => {
    const n = performance.now();
    timings[name] = Math.round((n - t) * 10) / 10;
    t = n;
  };
  const layout = await analyzeLayout(pdf, opts);
  lap('layout');
  const definitions = extractDefinitions(layout);
  lap('definitions');
  const classification = classifyClauses(layout, definitions);
  lap('classification');
  const dna = extractDna(layout, definitions, classification);
  lap('dna');
  return { layout, definitions, classification, dna };
}

export interface PairAnalysis {
  alignment: AlignmentResult;
  delta: DeltaResult;
  summary: Summary;
}

export function comparePair(a: AnalyzedDocument, b: AnalyzedDocument, meta: { a: DocumentMeta; b: DocumentMeta }, timings: Record<string, number> = {}): PairAnalysis {
  let t = performance.now();
  const alignment = alignClauses(a, b);
  timings.alignment = Math.round((performance.now() - t) * 10) / 10;
  t = performance.now();
  const delta = interpretDeltas(a, b, alignment);
  timings.delta = Math.round((performance.now() - t) * 10) / 10;
  t = performance.now();
  const summary = summariseChanges(delta, a, b, { a: { fileName: meta.a.fileName }, b: { fileName: meta.b.fileName } });
  timings.narrative = Math.round((performance.now() - t) * 10) / 10;
  return { alignment, delta, summary };
}

/** The result contract from the stage outputs. */
export function assembleResult(input: {
  jobId: string;
  a: DocumentMeta & { pageCount: number; profile: unknown; warnings: string[] };
  b: DocumentMeta & { pageCount: number; profile: unknown; warnings: string[] };
  delta: DeltaResult;
  summary: Summary;
  timings: Record<string, number>;
}): ComparisonResult {
  const { a, b, delta } = input;
  return {
    job_id: input.jobId,
    analysis_version: ANALYSIS_VERSION,
    documents: {
      a: { file_name: a.fileName, sha256: a.sha256, page_count: a.pageCount },
      b: { file_name: b.fileName, sha256: b.sha256, page_count: b.pageCount },
    },
    summary: input.summary,
    changes: delta.changes,
    definitions: delta.definitions,
    key_figures: delta.keyFigures,
    dna: { a: input.a.profile as Record<string, unknown>, b: input.b.profile as Record<string, unknown> },
    warnings: [
      ...a.warnings.map((w) => `Document A: ${w}`),
      ...b.warnings.map((w) => `Document B: ${w}`),
      ...(a.sha256 === b.sha256 ? ['Documents A and B are identical files.'] : []),
      ...delta.warnings,
    ],
    timings_ms: input.timings,
  };
}

/** The whole comparison in this process: no Redis, no store. */
export async function comparePdfs(
  pdfA: Uint8Array,
  pdfB: Uint8Array,
  meta: { a: DocumentMeta; b: DocumentMeta; jobId?: string },
): Promise<ComparisonResult> {
  return (await comparePdfsWithDocuments(pdfA, pdfB, meta)).result;
}

/** comparePdfs, with the two analysed documents it read (for figures the result does not carry). */
export async function comparePdfsWithDocuments(
  pdfA: Uint8Array,
  pdfB: Uint8Array,
  meta: { a: DocumentMeta; b: DocumentMeta; jobId?: string },
): Promise<{ result: ComparisonResult; a: AnalyzedDocument; b: AnalyzedDocument }> {
  const timings: Record<string, number> = {};
  const ta: Record<string, number> = {};
  const tb: Record<string, number> = {};
  const [a, b] = [await analyzeDocument(pdfA, {}, ta), await analyzeDocument(pdfB, {}, tb)];
  for (const [k, v] of Object.entries(ta)) timings[`a_${k}`] = v;
  for (const [k, v] of Object.entries(tb)) timings[`b_${k}`] = v;
  const pair = comparePair(a, b, meta, timings);
  const result = assembleResult({
    jobId: meta.jobId ?? 'local',
    a: { ...meta.a, pageCount: a.layout.pageCount, profile: a.dna.profile, warnings: a.layout.warnings },
    b: { ...meta.b, pageCount: b.layout.pageCount, profile: b.dna.profile, warnings: b.layout.warnings },
    delta: pair.delta,
    summary: pair.summary,
    timings,
  });
  return { result, a, b };
}
