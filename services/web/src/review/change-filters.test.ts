import { CLAUSE_TYPES } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { CLAUSE_TYPE_LIST } from '../lib/taxonomy';
import { FIXTURE } from '../test/fixture-result';
import { DEFAULT_FILTERS, facetCounts, filterChanges, isDefault, toggle } from './change-filters';

const ids = (f: Partial<typeof DEFAULT_FILTERS>) => filterChanges(FIXTURE.changes, { ...DEFAULT_FILTERS, ...f }).map((c) => c.id);

describe('change filters', () => {
  it('orders by materiality band, then score, and hides unchanged clauses by default', () => {
    expect(ids({})).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('filters by direction, materiality, status and clause type, combined', () => {
    expect(ids({ directions: ['narrower'] })).toEqual(['c1', 'c2']);
    expect(ids({ directions: ['narrower'], statuses: ['added'] })).toEqual(['c2']);
    expect(ids({ materialities: ['medium', 'low'] })).toEqual(['c3', 'c4']);
    expect(ids({ clauseTypes: ['excess'] })).toEqual(['c3']);
    expect(ids({ statuses: [] })).toEqual(['c1', 'c2', 'c3', 'c5', 'c4']);
  });

  it('searches every word, case-insensitively, across headings, texts and deltas', () => {
    expect(ids({ text: 'FLOOD' })).toEqual(['c1']);
    expect(ids({ text: 'ransomware outage' })).toEqual(['c2']);
    expect(ids({ text: 'flood ransomware' })).toEqual([]);
    expect(ids({ text: 'limit reduced' })).toEqual(['c1']);
  });

  it('counts each facet value under the other filters', () => {
    const f = { ...DEFAULT_FILTERS, directions: ['narrower' as const] };
    expect(facetCounts(FIXTURE.changes, f, 'directions')).toEqual({ narrower: 2, broader: 1, neutral: 1 });
    expect(facetCounts(FIXTURE.changes, f, 'statuses')).toEqual({ modified: 1, added: 1 });
  });

  it('offers every clause type in the taxonomy', () => {
    expect([...CLAUSE_TYPE_LIST].sort()).toEqual([...CLAUSE_TYPES].sort());
  });

  it('toggles values and knows the default', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(isDefault(DEFAULT_FILTERS)).toBe(true);
    expect(isDefault({ ...DEFAULT_FILTERS, text: 'x' })).toBe(false);
  });
});
