import type { Change, ChangeStatus, ClauseType, Direction, Materiality } from '@policydiff/contracts';
import { changeTitle } from '../lib/change-title';
import { changeWhy, deltaWhy, rulesOfChange } from '../lib/direction-reason';
import { CLAUSE_TYPE_LABELS, MATERIALITY_RANK } from '../lib/taxonomy';

/**
 * The change list's filters. An empty list means "any"; `text` matches every word, anywhere.
 * `rules` keeps a change that names any of them, on the change or on one of its deltas.
 */
export interface ChangeFilters {
  directions: Direction[];
  materialities: Materiality[];
  statuses: ChangeStatus[];
  clauseTypes: ClauseType[];
  rules: string[];
  text: string;
}

/** Unchanged clauses are in the result for completeness; the review starts without them. */
export const DEFAULT_FILTERS: ChangeFilters = {
  directions: [],
  materialities: [],
  statuses: ['added', 'removed', 'modified', 'moved'],
  clauseTypes: [],
  rules: [],
  text: '',
};

export type FacetKey = 'directions' | 'materialities' | 'statuses' | 'clauseTypes' | 'rules';
const FACETS: readonly FacetKey[] = ['directions', 'materialities', 'statuses', 'clauseTypes', 'rules'];

/** A change has one value for each facet but the rules, of which it may name several. */
function facetValues(c: Change, key: FacetKey): string[] {
  switch (key) {
    case 'directions':
      return [c.direction];
    case 'materialities':
      return [c.materiality];
    case 'statuses':
      return [c.status];
    case 'clauseTypes':
      return [c.clause_type];
    case 'rules':
      return rulesOfChange(c);
  }
}

/** Everything the free-text search looks at, lower-cased once per change. */
export function searchableText(c: Change): string {
  return [
    changeTitle(c),
    c.a?.section,
    c.a?.heading,
    c.a?.text,
    c.b?.section,
    c.b?.heading,
    c.b?.text,
    CLAUSE_TYPE_LABELS[c.clause_type],
    c.cover_area,
    changeWhy(c),
    ...rulesOfChange(c),
    ...c.deltas.flatMap((d) => [d.description, d.from, d.to, deltaWhy(d)]),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

function matches(c: Change, f: ChangeFilters, skip?: FacetKey): boolean {
  for (const key of FACETS) {
    if (key === skip) continue;
    const wanted = f[key] as string[];
    if (wanted.length && !facetValues(c, key).some((v) => wanted.includes(v))) return false;
  }
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    const hay = searchableText(c);
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/** Most material first (band, then score), then in document order, so the list reads top-down. */
export function compareChanges(x: Change, y: Change): number {
  const band = MATERIALITY_RANK[x.materiality] - MATERIALITY_RANK[y.materiality];
  if (band) return band;
  const score = y.materiality_score - x.materiality_score;
  if (score) return score;
  const px = (x.b ?? x.a)?.page_start ?? 0;
  const py = (y.b ?? y.a)?.page_start ?? 0;
  return px - py || x.id.localeCompare(y.id);
}

export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort(compareChanges);
}

export function filterChanges(changes: readonly Change[], f: ChangeFilters): Change[] {
  return sortChanges(changes.filter((c) => matches(c, f)));
}

/**
 * How many changes each value of a facet would show, given all the other filters: the counts next
 * to the filter options, so a user never picks an option that empties the list unknowingly.
 */
export function facetCounts(changes: readonly Change[], f: ChangeFilters, key: FacetKey): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of changes) {
    if (!matches(c, f, key)) continue;
    for (const v of facetValues(c, key)) counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function isDefault(f: ChangeFilters): boolean {
  return JSON.stringify(f) === JSON.stringify(DEFAULT_FILTERS);
}
