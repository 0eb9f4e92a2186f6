import type { DocumentSide } from '@policydiff/contracts';

/**
 * The 11 segments as the contract numbers them (contracts `SEGMENTS`; a test checks they agree),
 * restated here so the progress view can draw all of them before the first snapshot arrives
 * without bundling the contracts' zod schemas.
 */
const STAGE_TITLES = ['Layout Analysis', 'Definitions Extraction', 'Clause Classification', 'Clause DNA Extraction'];

export interface SegmentDef {
  segment: number;
  name: string;
  /** The name inside its group: "Layout Analysis" rather than "Document A: Layout Analysis". */
  shortName: string;
  document: DocumentSide | null;
}

export const SEGMENT_DEFS: readonly SegmentDef[] = [
  ...(['A', 'B'] as const).flatMap((doc, d) =>
    STAGE_TITLES.map((title, i) => ({ segment: d * 4 + i + 1, name: `Document ${doc}: ${title}`, shortName: title, document: doc })),
  ),
  { segment: 9, name: 'Semantic Alignment', shortName: 'Semantic Alignment', document: null },
  { segment: 10, name: 'Delta Interpretation', shortName: 'Delta Interpretation', document: null },
  { segment: 11, name: 'Narrative Summarisation', shortName: 'Narrative Summarisation', document: null },
];

export interface SegmentGroupDef {
  key: 'A' | 'B' | 'comparison';
  title: string;
  segments: number[];
}

export const SEGMENT_GROUPS: readonly SegmentGroupDef[] = [
  { key: 'A', title: 'Document A', segments: [1, 2, 3, 4] },
  { key: 'B', title: 'Document B', segments: [5, 6, 7, 8] },
  { key: 'comparison', title: 'Comparison', segments: [9, 10, 11] },
];
