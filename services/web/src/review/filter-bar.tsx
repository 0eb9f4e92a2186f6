import type { Change } from '@policydiff/contracts';
import { useMemo } from 'react';
import { rulesOfChange } from '../lib/direction-reason';
import { CLAUSE_TYPE_LABELS, CLAUSE_TYPE_LIST, DIRECTION_LABELS, DIRECTION_LIST, MATERIALITY_LABELS, MATERIALITY_LIST, STATUS_LABELS, STATUS_LIST } from '../lib/taxonomy';
import { DEFAULT_FILTERS, facetCounts, isDefault, toggle, type ChangeFilters, type FacetKey } from './change-filters';

interface Props {
  changes: readonly Change[];
  filters: ChangeFilters;
  shown: number;
  onChange(f: ChangeFilters): void;
}

function Facet<K extends FacetKey>({
  name,
  facet,
  values,
  labels,
  filters,
  counts,
  onChange,
}: {
  name: string;
  facet: K;
  values: readonly string[];
  labels: Record<string, string>;
  filters: ChangeFilters;
  counts: Record<string, number>;
  onChange(f: ChangeFilters): void;
}) {
  const selected = filters[facet] as string[];
  return (
    <fieldset className="facet">
      <legend>{name}</legend>
      <div className="chips">
        {values.map((v) => (
          <label key={v} className={`chip${selected.includes(v) ? ' is-on' : ''}${facet === 'directions' ? ` chip-${v}` : ''}`}>
            <input type="checkbox" checked={selected.includes(v)} onChange={() => onChange({ ...filters, [facet]: toggle(selected, v) })} data-facet={facet} value={v} />
            {labels[v]}
            <span className="chip-count">{counts[v] ?? 0}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Direction, materiality, status, clause type (every type in the taxonomy), the delta rule (every
 * rule this result names; none for a result stored before rules were named) and free text.
 */
export function FilterBar({ changes, filters, shown, onChange }: Props) {
  const counts = useMemo(
    () => ({
      directions: facetCounts(changes, filters, 'directions'),
      materialities: facetCounts(changes, filters, 'materialities'),
      statuses: facetCounts(changes, filters, 'statuses'),
      clauseTypes: facetCounts(changes, filters, 'clauseTypes'),
      rules: facetCounts(changes, filters, 'rules'),
    }),
    [changes, filters],
  );
  const rules = useMemo(() => [...new Set(changes.flatMap(rulesOfChange))].sort(), [changes]);
  return (
    <form className="filter-bar" role="search" aria-label="Filter changes" onSubmit={(e) => e.preventDefault()}>
      <div className="filter-search">
        <label htmlFor="change-search" className="visually-hidden">
          Search the changes
        </label>
        <input
          id="change-search"
          type="search"
          placeholder="Search clause text, headings, amounts…  ( / )"
          value={filters.text}
          onChange={(e) => onChange({ ...filters, text: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape') (e.currentTarget as HTMLInputElement).blur();
          }}
        />
        <span className="muted small filter-summary" aria-live="polite">
          {shown} of {changes.length}
        </span>
        {!isDefault(filters) && (
          <button type="button" className="button ghost small" onClick={() => onChange(DEFAULT_FILTERS)}>
            Reset
          </button>
        )}
      </div>
      <Facet name="Direction" facet="directions" values={DIRECTION_LIST} labels={DIRECTION_LABELS} filters={filters} counts={counts.directions} onChange={onChange} />
      <Facet name="Materiality" facet="materialities" values={MATERIALITY_LIST} labels={MATERIALITY_LABELS} filters={filters} counts={counts.materialities} onChange={onChange} />
      <Facet name="Status" facet="statuses" values={STATUS_LIST} labels={STATUS_LABELS} filters={filters} counts={counts.statuses} onChange={onChange} />
      <div className="facet facet-select">
        <label htmlFor="clause-type">Clause type</label>
        <select
          id="clause-type"
          value={filters.clauseTypes.length === 1 ? filters.clauseTypes[0] : ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ ...filters, clauseTypes: v ? [v as (typeof CLAUSE_TYPE_LIST)[number]] : [] });
          }}
        >
          <option value="">All types</option>
          {CLAUSE_TYPE_LIST.map((t) => (
            <option key={t} value={t}>
              {CLAUSE_TYPE_LABELS[t]} ({counts.clauseTypes[t] ?? 0})
            </option>
          ))}
        </select>
      </div>
      {rules.length > 0 && (
        <div className="facet facet-select">
          <label htmlFor="rule">Rule</label>
          <select
            id="rule"
            value={filters.rules.length === 1 ? filters.rules[0] : ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange({ ...filters, rules: v ? [v] : [] });
            }}
          >
            <option value="">All rules</option>
            {rules.map((r) => (
              <option key={r} value={r}>
                {r} ({counts.rules[r] ?? 0})
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
