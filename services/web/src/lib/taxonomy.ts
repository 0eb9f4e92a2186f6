import type { ChangeStatus, ClauseType, DeltaType, Direction, Materiality } from '@policydiff/contracts';

/**
 * Display names for the shared taxonomy. Each map is a `Record` over the contract's union, so the
 * compiler refuses a missing or unknown value: the clause-type filter always offers every type.
 * (Kept here rather than imported as values so the bundle does not pull in zod.)
 */
export const CLAUSE_TYPE_LABELS: Record<ClauseType, string> = {
  coverage_grant: 'Coverage grant',
  exclusion: 'Exclusion',
  condition: 'Condition',
  limit: 'Limit',
  sublimit: 'Sub-limit',
  excess: 'Excess',
  waiting_period: 'Waiting period',
  extension: 'Extension',
  endorsement: 'Endorsement',
  definition: 'Definition',
  warranty: 'Warranty',
  claims_procedure: 'Claims procedure',
  cancellation: 'Cancellation',
  admin: 'Administration',
  schedule: 'Schedule',
  heading: 'Heading',
};
export const CLAUSE_TYPE_LIST = Object.keys(CLAUSE_TYPE_LABELS) as ClauseType[];

export const DIRECTION_LABELS: Record<Direction, string> = {
  narrower: 'Narrower cover',
  broader: 'Broader cover',
  neutral: 'Neutral',
  ambiguous: 'Ambiguous',
};
export const DIRECTION_LIST: Direction[] = ['narrower', 'broader', 'ambiguous', 'neutral'];

export const MATERIALITY_LABELS: Record<Materiality, string> = { high: 'High', medium: 'Medium', low: 'Low' };
export const MATERIALITY_LIST: Materiality[] = ['high', 'medium', 'low'];
export const MATERIALITY_RANK: Record<Materiality, number> = { high: 0, medium: 1, low: 2 };

export const STATUS_LABELS: Record<ChangeStatus, string> = {
  added: 'Added',
  removed: 'Removed',
  modified: 'Modified',
  moved: 'Moved',
  unchanged: 'Unchanged',
};
export const STATUS_LIST: ChangeStatus[] = ['added', 'removed', 'modified', 'moved', 'unchanged'];

export const DELTA_TYPE_LABELS: Record<DeltaType, string> = {
  numeric_change: 'Amount changed',
  scope_change: 'Scope changed',
  strictness_change: 'Strictness changed',
  carve_out_change: 'Carve-out changed',
  burden_shift_change: 'Burden shifted',
  definition_change: 'Definition changed',
  definition_dependency_change: 'Depends on a changed definition',
  temporal_change: 'Time period changed',
  wording_only: 'Wording only',
  clause_added: 'Clause added',
  clause_removed: 'Clause removed',
};
