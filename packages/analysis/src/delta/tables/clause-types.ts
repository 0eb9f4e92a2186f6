/**
 * Clause types (shared/DOMAIN.md §3), one row each: the polarity a change of scope inside the
 * clause is read with, what adding the whole clause does, whether it qualifies a cover (an
 * exclusion or condition of a cover that comes or goes with it shaped only that cover), how a
 * defined term used in it votes on the term's direction, and its materiality weight. Every part of
 * the delta stage that asks what a clause type means reads this table.
 */
import type { ClauseType, Direction } from '@policydiff/contracts';

/** How a clause cuts for the insured when its scope widens (clause-polarity.ts). */
export type Polarity = 'grant' | 'restriction' | 'obligation' | 'other';

export interface ClauseTypeRow {
  type: ClauseType;
  polarity: Polarity;
  /** Adding the whole clause, read from its kind alone (its wording may say more: one-sided rules). */
  added: Direction;
  /** An exclusion, condition or cap of a cover: it comes and goes with that cover. */
  qualifiesCover: boolean;
  /** How a defined term used in such a clause votes: a wider term in a grant is more cover. */
  termVote: 'grant' | 'restriction' | null;
  /** Materiality weight of a change to such a clause, before the kind of change is weighed. */
  weight: number;
  because: string;
}

export const CLAUSE_TYPES: readonly ClauseTypeRow[] = [
  { type: 'coverage_grant', polarity: 'grant', added: 'broader', qualifiesCover: false, termVote: 'grant', weight: 0.8, because: 'DOMAIN.md §3 insuring clause: added B, removed N' },
  { type: 'extension', polarity: 'grant', added: 'broader', qualifiesCover: false, termVote: 'grant', weight: 0.68, because: 'DOMAIN.md §3 extension (optional cover, service): added B' },
  { type: 'endorsement', polarity: 'grant', added: 'broader', qualifiesCover: false, termVote: 'grant', weight: 0.68, because: 'an endorsement adds or amends cover (S7-01)' },
  { type: 'limit', polarity: 'grant', added: 'ambiguous', qualifiesCover: false, termVote: 'grant', weight: 0.8, because: 'a limit names what is covered up to it; a new limit may grant or cap (its wording decides)' },
  {
    type: 'sublimit',
    polarity: 'grant',
    added: 'narrower',
    qualifiesCover: true,
    termVote: 'grant',
    weight: 0.72,
    because: 'DOMAIN.md §1: a new sub-limit caps cover (N); inside one, items listed are items covered up to it (grant polarity); it qualifies the cover it caps',
  },
  { type: 'schedule', polarity: 'grant', added: 'ambiguous', qualifiesCover: false, termVote: 'grant', weight: 0.62, because: 'DOMAIN.md §3 schedule (benefit tables): as a limit' },
  { type: 'exclusion', polarity: 'restriction', added: 'narrower', qualifiesCover: true, termVote: 'restriction', weight: 0.85, because: 'DOMAIN.md §3 exclusion: added N, removed B' },
  {
    type: 'waiting_period',
    polarity: 'restriction',
    added: 'narrower',
    qualifiesCover: true,
    termVote: 'restriction',
    weight: 0.72,
    because: 'DOMAIN.md §3 waiting period: added N; a condition named in it is excluded for the wait, as in an exclusion',
  },
  {
    type: 'excess',
    polarity: 'restriction',
    added: 'narrower',
    qualifiesCover: true,
    termVote: 'grant',
    weight: 0.78,
    because: 'DOMAIN.md §3 excess: added N; a wider excess reaches more claims (N); a term it names is a claim that is paid, less the excess',
  },
  { type: 'condition', polarity: 'obligation', added: 'narrower', qualifiesCover: true, termVote: null, weight: 0.62, because: 'DOMAIN.md §3 condition: added N, removed B' },
  { type: 'warranty', polarity: 'obligation', added: 'narrower', qualifiesCover: true, termVote: null, weight: 0.7, because: 'DOMAIN.md §3 warranty: added N' },
  { type: 'claims_procedure', polarity: 'obligation', added: 'narrower', qualifiesCover: true, termVote: null, weight: 0.52, because: 'DOMAIN.md §3 claims procedure: more documents N' },
  { type: 'cancellation', polarity: 'other', added: 'neutral', qualifiesCover: false, termVote: null, weight: 0.45, because: "DOMAIN.md §3 cancellation or renewal: the insured's right B, the insurer's N — its sentences decide" },
  { type: 'definition', polarity: 'other', added: 'neutral', qualifiesCover: false, termVote: null, weight: 0.5, because: 'DOMAIN.md §4: a definition changes nothing until a clause uses it' },
  { type: 'admin', polarity: 'other', added: 'neutral', qualifiesCover: false, termVote: null, weight: 0.15, because: 'DOMAIN.md §3 general (admin, information): 0' },
  { type: 'heading', polarity: 'other', added: 'neutral', qualifiesCover: false, termVote: null, weight: 0, because: 'a heading is context, never a change of its own' },
];

const BY_TYPE = new Map(CLAUSE_TYPES.map((row) => [row.type, row]));

export function clauseTypeRow(type: ClauseType): ClauseTypeRow {
  const row = BY_TYPE.get(type);
  if (!row) throw new Error(`no clause-type row for ${type}`);
  return row;
}
