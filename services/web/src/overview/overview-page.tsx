import type { ComparisonResult } from '@policydiff/contracts';
import { useMemo } from 'react';
import { DirectionBadge } from '../components/badge';
import { changeTitle, shortSection } from '../lib/change-title';
import { jobHref, navigate } from '../lib/route';
import { DEFAULT_FILTERS, type ChangeFilters } from '../review/change-filters';
import { sectionIndex } from './cite-changes';
import { CountCards } from './count-cards';
import { DefinitionsList } from './definitions-list';
import { KeyFiguresTable } from './key-figures-table';
import { NarrativeView } from './narrative-view';
import { VerdictChip } from './verdict-chip';

/** The result at a glance: verdict, headline, narrative, counts, key figures and changed definitions. */
export function OverviewPage({ result, onFilters }: { result: ComparisonResult; onFilters(f: ChangeFilters): void }) {
  const { summary } = result;
  const byId = useMemo(() => new Map(result.changes.map((c) => [c.id, c])), [result]);
  const sections = useMemo(() => sectionIndex(result.changes.filter((c) => c.status !== 'unchanged')), [result]);
  const changeHref = (id: string) => jobHref(result.job_id, 'changes', id);
  // Bullets the narrative already states (as list items) are linked there; any others are listed.
  const unmatched = useMemo(() => {
    const text = summary.narrative.replace(/\s+/g, ' ').toLowerCase();
    return summary.bullets.filter((b) => !text.includes(b.text.replace(/\s+/g, ' ').toLowerCase()));
  }, [summary]);
  const show = (f: Partial<ChangeFilters>) => {
    onFilters({ ...DEFAULT_FILTERS, ...f });
    navigate(jobHref(result.job_id, 'changes'));
  };

  return (
    <div className="overview">
      <div className="overview-top">
      <section className="card summary-card" aria-labelledby="headline">
        <p className="eyebrow">Summary</p>
        <VerdictChip summary={summary} />
        <h1 id="headline" className="headline">
          {summary.headline}
        </h1>
        <NarrativeView
          markdown={summary.narrative}
          headline={summary.headline}
          bullets={summary.bullets}
          changeHref={changeHref}
          sections={sections}
          changes={byId}
        />
        {unmatched.length > 0 && (
          <ul className="bullets">
            {unmatched.map((b, i) => (
              <li key={i} className={`bullet sev-${b.severity}`}>
                <DirectionBadge direction={b.direction} short />
                <span className="bullet-text">{b.text}</span>
                <span className="bullet-links">
                  {b.change_ids
                    .filter((id) => byId.has(id))
                    .map((id) => (
                      <a key={id} className="citation" href={changeHref(id)} title={changeTitle(byId.get(id)!)}>
                        {citeLabel(byId.get(id)!)}
                      </a>
                    ))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <CountCards summary={summary} onDirection={(d) => show({ directions: [d] })} onStatus={(s) => show({ statuses: [s] })} />
      </div>

      <div className="overview-grid">
        <section className="card" aria-labelledby="kf-title">
          <h2 id="kf-title">Key figures</h2>
          <KeyFiguresTable figures={result.key_figures} />
        </section>
        <section className="card" aria-labelledby="def-title">
          <h2 id="def-title">Changed definitions</h2>
          <DefinitionsList definitions={result.definitions} changes={byId} changeHref={changeHref} />
        </section>
      </div>

      {result.warnings.length > 0 && (
        <section className="card warnings" aria-labelledby="warn-title">
          <h2 id="warn-title">Warnings</h2>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function citeLabel(c: ComparisonResult['changes'][number]): string {
  const ref = c.b ?? c.a;
  if (!ref) return c.id;
  const section = shortSection(ref.section);
  return `${section ? `§ ${section}` : 'clause'} · p. ${ref.page_start}`;
}
