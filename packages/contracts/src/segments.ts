/**
 * The 11 segments of a comparison, numbered and named as users of the Celery version know them.
 * Segments 1–4 analyse document A, 5–8 document B (the two branches run concurrently),
 * 9–11 compare the two once both DNA segments are done.
 */
export const STAGES = ['layout', 'definitions', 'classification', 'dna', 'alignment', 'delta', 'narrative'] as const;
export type Stage = (typeof STAGES)[number];
export const DOCUMENT_STAGES = ['layout', 'definitions', 'classification', 'dna'] as const satisfies readonly Stage[];
export type DocumentStage = (typeof DOCUMENT_STAGES)[number];
export type DocumentSide = 'A' | 'B';

export interface SegmentInfo {
  segment: number;
  name: string;
  stage: Stage;
  document: DocumentSide | null;
}

const STAGE_TITLES: Record<Stage, string> = {
  layout: 'Layout Analysis',
  definitions: 'Definitions Extraction',
  classification: 'Clause Classification',
  dna: 'Clause DNA Extraction',
  alignment: 'Semantic Alignment',
  delta: 'Delta Interpretation',
  narrative: 'Narrative Summarisation',
};

export const TOTAL_SEGMENTS = 11;

export const SEGMENTS: readonly SegmentInfo[] = [
  ...(['A', 'B'] as const).flatMap((doc, d) =>
    DOCUMENT_STAGES.map((stage, i) => ({
      segment: d * 4 + i + 1,
      name: `Document ${doc}: ${STAGE_TITLES[stage]}`,
      stage,
      document: doc,
    })),
  ),
  { segment: 9, name: STAGE_TITLES.alignment, stage: 'alignment', document: null },
  { segment: 10, name: STAGE_TITLES.delta, stage: 'delta', document: null },
  { segment: 11, name: STAGE_TITLES.narrative, stage: 'narrative', document: null },
];

export function segmentInfo(segment: number): SegmentInfo {
  const info = SEGMENTS[segment - 1];
  if (!info) throw new RangeError(`no segment ${segment}: segments are 1–${TOTAL_SEGMENTS}`);
  return info;
}

export function segmentFor(stage: Stage, document: DocumentSide | null): SegmentInfo {
  const info = SEGMENTS.find((s) => s.stage === stage && s.document === document);
  if (!info) throw new RangeError(`no segment for stage ${stage} on document ${document ?? '-'}`);
  return info;
}

/** The segment that follows `segment` on its branch, or null after DNA (the join) and after 11. */
export function nextSegment(segment: number): number | null {
  if (segment === 4 || segment === 8 || segment === 11) return null;
  return segment + 1;
}
