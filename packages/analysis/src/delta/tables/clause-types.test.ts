import { CLAUSE_TYPES as ALL_TYPES } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { CLAUSE_TYPES, clauseTypeRow } from './clause-types.js';

/** What DOMAIN.md §3 says of each type when it is added, and how it qualifies cover. */
const DOMAIN_ADDED: Record<string, string> = {
  coverage_grant: 'broader',
  extension: 'broader',
  endorsement: 'broader',
  exclusion: 'narrower',
  condition: 'narrower',
  warranty: 'narrower',
  claims_procedure: 'narrower',
  waiting_period: 'narrower',
  excess: 'narrower',
  sublimit: 'narrower',
  limit: 'ambiguous',
  schedule: 'ambiguous',
  definition: 'neutral',
  admin: 'neutral',
  cancellation: 'neutral',
  heading: 'neutral',
};

describe('clause-type table', () => {
  it('has exactly one row per clause type of the contract', () => {
    expect(CLAUSE_TYPES.map((r) => r.type).sort()).toEqual([...ALL_TYPES].sort());
  });

  for (const row of CLAUSE_TYPES) {
    it(`${row.type}: added ${DOMAIN_ADDED[row.type]}, and its parts agree`, () => {
      expect(row.added).toBe(DOMAIN_ADDED[row.type]);
      // A clause that qualifies a cover takes cover away when it comes: never broader.
      if (row.qualifiesCover) expect(row.added).toBe('narrower');
      // A grant's own terms are terms of cover.
      if (row.polarity === 'grant') expect(row.termVote).toBe('grant');
      if (row.polarity === 'restriction') expect(row.added).toBe('narrower');
      expect(row.weight).toBeGreaterThanOrEqual(0);
      expect(row.weight).toBeLessThanOrEqual(1);
      expect(row.because.length).toBeGreaterThan(10);
    });
  }

  it('throws for a type it does not know', () => {
    expect(() => clauseTypeRow('nonsense' as never)).toThrow(/no clause-type row/);
  });
});
