import { CLAUSE_TYPES } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { CLAUSE_TYPE_LIST } from '../lib/taxonomy';
import { FIXTURE, withoutReasons } from '../test/fixture-result';
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

  it('filters by the rules a change or its deltas name, any of several', () => {
    expect(ids({ rules: ['figure.amount-by-role'] })).toEqual(['c1']);
    expect(ids({ rules: ['change.own-deltas'] })).toEqual(['c1', 'c3']);
    expect(ids({ rules: ['figure.amount-by-role', 'one-sided.clause-type'] })).toEqual(['c1', 'c2']);
    expect(ids({ rules: ['change.own-deltas'], directions: ['broader'] })).toEqual(['c3']);
    expect(facetCounts(FIXTURE.changes, DEFAULT_FILTERS, 'rules')).toEqual({
      'paired.no-identified-meaning': 1,
      'change.own-deltas': 2,
      'figure.amount-by-role': 1,
      'one-sided.clause-type': 1,
    });
  });

  it('searches the reasons and rule ids too', () => {
    expect(ids({ text: 'amount-by-role' })).toEqual(['c1']);
    expect(ids({ text: 'clause added' })).toEqual(['c2']);
  });

  it('works on a result stored before changes named their rules', () => {
    const old = withoutReasons(FIXTURE).changes;
    expect(filterChanges(old, DEFAULT_FILTERS).map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(filterChanges(old, { ...DEFAULT_FILTERS, rules: ['figure.amount-by-role'] })).toEqual([]);
    expect(facetCounts(old, DEFAULT_FILTERS, 'rules')).toEqual({});
    expect(filterChanges(old, { ...DEFAULT_FILTERS, text: 'flood' }).map((c) => c.id)).toEqual(['c1']);
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
