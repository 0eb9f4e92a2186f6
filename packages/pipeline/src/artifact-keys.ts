import type { DocumentSide, Stage } from '@policydiff/contracts';
import type { WorkPayload } from '@policydiff/contracts';

/** Per-document outputs are keyed by the document's hash; pair outputs by both hashes, in order. */
export function artifactKey(stage: Stage, p: Pick<WorkPayload, 'shaA' | 'shaB' | 'analysisVersion'>, side: DocumentSide | null): string {
  if (side) return `doc:${side === 'A' ? p.shaA : p.shaB}:${stage}:${p.analysisVersion}`;
  return `pair:${p.shaA}:${p.shaB}:${stage}:${p.analysisVersion}`;
}

export function documentSha(p: Pick<WorkPayload, 'shaA' | 'shaB'>, side: DocumentSide): string {
  return side === 'A' ? p.shaA : p.shaB;
}

/**
 * A small artifact stored beside a stage's main output (stage-compute.ts, sideArtifacts), read
 * instead of the large one: the layout's `meta`, the DNA's `profile`.
 */
export function sideArtifactKey(mainKey: string, part: 'meta' | 'profile'): string {
  return `${mainKey}:${part}`;
}
