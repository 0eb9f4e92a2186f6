import type { Change, ClauseRef, DefinitionChange } from '@policydiff/contracts';
import { summarySchema } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import type { DeltaResult, DefinedTerm } from '../types.js';
import { isLayoutFragment } from './layout-fragments.js';
import { summariseChanges, type SummarySource } from './summarise-changes.js';

const DOCS = { a: { fileName: 'travel-2023.pdf' }, b: { fileName: 'travel-2024.pdf' } };

function ref(id: string, text: string, page: number, section: string | null = null): ClauseRef {
  return { clause_id: id, section, heading: null, page_start: page, page_end: page, text };
}

let nextId = 1;
function change(status: Change['status'], text: string, extra: Partial<Change> = {}, otherText: string | null = null): Change {
  const id = `chg-${String(nextId++).padStart(4, '0')}`;
  const side = ref(`c${id.slice(4)}`, text, 3, '2');
  const other = otherText === null ? null : ref(`d${id.slice(4)}`, otherText, 4, '2');
  const a = status === 'added' ? other : side;
  const b = status === 'removed' ? other : status === 'added' ? side : (other ?? side);
  const word = status === 'added' ? 'New' : 'Removed';
  return {
    id,
    status,
    clause_type: 'coverage_grant',
    a,
    b,
    similarity: status === 'unchanged' ? 1 : 0,
    direction: status === 'added' ? 'broader' : status === 'removed' ? 'narrower' : 'neutral',
    materiality: 'low',
    materiality_score: 0.1,
    confidence: 0.8,
    cover_area: null,
    deltas: status === 'unchanged' ? [] : [{ type: 'wording_only', direction: 'neutral', description: `${word} coverage grant: "${text}"`, from: null, to: null, evidence: { a_quote: null, b_quote: null } }],
    diff: [],
    ...extra,
  };
}

function source(terms: Partial<DefinedTerm>[] = []): SummarySource {
  return {
    layout: { pageCount: 10 },
    definitions: {
      terms: terms.map((t) => ({ term: 'x', key: 'x', definition: 'x', clauseId: 'c9999', page: 2, scope: 'policy', style: 'table', usedIn: [], ...t })),
      warnings: [],
    },
  };
}

function summarise(changes: Change[], definitions: DefinitionChange[] = [], a = source(), b = source()) {
  const delta: DeltaResult = { changes, definitions, keyFigures: [], warnings: [] };
  const summary = summariseChanges(delta, a, b, DOCS);
  summarySchema.parse(summary);
  return summary;
}

describe('isLayoutFragment', () => {
  it('recognises list numbers, section labels and column headers on one side', () => {
    for (const text of ['1.', '(b)', 'SECTION 42', 'Plan Plan Plan Benefits', 'Individual Limit of Benefits', 'n']) {
      expect(isLayoutFragment(change('added', text)), text).toBe(true);
    }
    expect(isLayoutFragment(change('removed', '2.', { clause_type: 'warranty' }))).toBe(true);
  });

  it('keeps anything material, any figure and any restrictive or worded short entry', () => {
    expect(isLayoutFragment(change('added', '1.', { materiality: 'medium' }))).toBe(false);
    expect(isLayoutFragment(change('added', 'Up to £500'))).toBe(false);
    expect(isLayoutFragment(change('added', 'Cover for 31 days'))).toBe(false);
    expect(isLayoutFragment(change('added', 'Excluding Cruises'))).toBe(false);
    expect(isLayoutFragment(change('added', "Tenant's liability.", { clause_type: 'exclusion' }))).toBe(false);
    expect(isLayoutFragment(change('added', 'We will pay for emergency dental treatment abroad.'))).toBe(false);
    expect(isLayoutFragment(change('added', 'Section 12 Golf equipment we will replace'))).toBe(false);
    expect(isLayoutFragment(change('modified', '1.', {}, '2.'))).toBe(false);
  });
});

describe('summary of one-sided layout fragments', () => {
  it('gathers them into one line instead of listing each', () => {
    const fragments = [change('added', '1.'), change('added', 'SECTION 42'), change('added', 'Plan Plan Plan Benefits'), change('removed', '2.', { clause_type: 'warranty' })];
    const real = change('added', 'We will pay for emergency dental treatment abroad up to £300.');
    const summary = summarise([...fragments, real, change('unchanged', 'Claims must be notified within 30 days.')]);
    expect(summary.narrative).not.toContain('"1."');
    expect(summary.narrative).not.toContain('SECTION 42');
    expect(summary.narrative).not.toContain('Plan Plan Plan');
    expect(summary.narrative).toContain('emergency dental treatment');
    expect(summary.narrative).toContain('- 4 layout fragments (list numbers, headings, column headers) appear on one side only; they carry no wording (');
    expect(summary.bullets.map((b) => b.change_ids[0])).toEqual([real.id]);
    // The clause counts still include them.
    expect(summary.counts.added).toBe(4);
  });

  it('does not claim that no clause was added when only fragments were', () => {
    const summary = summarise([change('added', '3.'), change('unchanged', 'Claims must be notified within 30 days.')]);
    expect(summary.narrative).toContain('no clause with wording was added or removed');
    expect(summary.narrative).toContain('1 layout fragment (a list number, heading or column header) appears on one side only; it carries no wording');
  });
});

describe('definitions missing from one document', () => {
  const removedTerm = (impacted: string[]): DefinitionChange => ({
    term: 'Home Contents',
    status: 'removed',
    a_text: 'Household goods and personal belongings.',
    b_text: null,
    direction: 'ambiguous',
    impacted_change_ids: impacted,
  });

  it('does not assert a removal while B, which has definitions, still uses the term', () => {
    const users = [
      change('unchanged', 'We will pay for loss of Home Contents caused by fire.', {}, 'We will pay for loss of Home Contents caused by fire.'),
      change('unchanged', 'The most we will pay for Home Contents is shown in the schedule.', {}, 'The most we will pay for Home Contents is shown in the schedule.'),
      change('unchanged', 'Home Contents in the open are covered up to the garden limit.', {}, 'Home Contents in the open are covered up to the garden limit.'),
    ];
    const summary = summarise(users, [removedTerm(users.map((c) => c.id))], source([{ term: 'Home Contents', key: 'home content', page: 2 }]), source([{ term: 'Flood', key: 'flood' }]));
    expect(summary.narrative).toContain(
      '- **Home Contents**: no definition found in B, although B still uses the term in 3 of the 3 compared clauses that use it; it may be defined in a form not recognised, so this is not reported as a removal.',
    );
    expect(summary.narrative).not.toContain('**Home Contents**: removed');
  });

  it('reports a genuine removal: B no longer uses the term', () => {
    const users = [
      change('modified', 'We will pay for loss of Home Contents caused by fire.', {}, 'We will pay for loss of household goods caused by fire.'),
      change('removed', 'The most we will pay for Home Contents is shown in the schedule.'),
    ];
    const summary = summarise(users, [removedTerm(users.map((c) => c.id))], source([{ term: 'Home Contents', key: 'home content', page: 2 }]), source([{ term: 'Flood', key: 'flood' }]));
    expect(summary.narrative).toContain('- **Home Contents**: removed (mixed effect; affects 2 compared clauses) (p. 2 → not in B)');
  });

  it('reports the removal when B has no definitions at all', () => {
    const users = [
      change('unchanged', 'Home Contents are covered.', {}, 'Home Contents are covered.'),
      change('unchanged', 'Home Contents in the garden are covered.', {}, 'Home Contents in the garden are covered.'),
    ];
    const summary = summarise(users, [removedTerm(users.map((c) => c.id))], source([{ term: 'Home Contents', key: 'home content', page: 2 }]), source());
    expect(summary.narrative).toContain('- **Home Contents**: removed (');
  });
});
