/**
 * A result with nothing in it: what a generated pair whose comparison threw is scored as (a crash
 * costs recall instead of vanishing), and the base the tests' hand-made results start from. In a
 * file of its own so the tests need neither the pipeline nor the pair generator.
 */
import type { ComparisonResult } from '@policydiff/contracts';

export function emptyResult(): ComparisonResult {
  return {
    job_id: 'failed',
    analysis_version: 'none',
    documents: { a: { file_name: '', sha256: '', page_count: 0 }, b: { file_name: '', sha256: '', page_count: 0 } },
    summary: { headline: '', verdict: 'no_material_change', balance: { broader: 0, narrower: 0, high_broader: 0, high_narrower: 0 }, narrative: '', counts: { added: 0, removed: 0, modified: 0, moved: 0, unchanged: 0 }, directions: { broader: 0, narrower: 0, neutral: 0, ambiguous: 0 }, bullets: [] },
    changes: [],
    definitions: [],
    key_figures: [],
    dna: { a: {}, b: {} },
    warnings: [],
    timings_ms: {},
  };
}
