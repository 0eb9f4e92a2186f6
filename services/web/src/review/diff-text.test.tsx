import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../test/fixture-result';
import { DiffText } from './diff-text';
import { diffStats, splitDiff } from './split-diff';

describe('word diff', () => {
  const c1 = FIXTURE.changes.find((c) => c.id === 'c1')!;

  it('splits one diff into A (kept + deleted) and B (kept + inserted)', () => {
    const { a, b } = splitDiff(c1.diff, c1.a!.text, c1.b!.text);
    expect(a.map((p) => p.text).join('')).toBe(c1.a!.text);
    expect(b.map((p) => p.text).join('')).toBe(c1.b!.text);
    expect(a.filter((p) => p.kind === 'delete').map((p) => p.text)).toEqual(['$1,000,000']);
    expect(b.filter((p) => p.kind === 'insert').map((p) => p.text)).toEqual(['$500,000']);
    expect(a.some((p) => p.kind === 'insert')).toBe(false);
  });

  it('merges adjacent pieces of one kind and skips empty ops', () => {
    const { a } = splitDiff(
      [
        { op: 'equal', text: 'a ' },
        { op: 'equal', text: 'b ' },
        { op: 'delete', text: '' },
        { op: 'delete', text: 'c' },
      ],
      null,
      null,
    );
    expect(a).toEqual([
      { text: 'a b ', kind: 'equal' },
      { text: 'c', kind: 'delete' },
    ]);
  });

  it('shows whole texts when there is no diff (added or removed clauses)', () => {
    const c2 = FIXTURE.changes.find((c) => c.id === 'c2')!;
    const { a, b } = splitDiff(c2.diff, null, c2.b!.text);
    expect(a).toEqual([]);
    expect(b).toEqual([{ text: c2.b!.text, kind: 'equal' }]);
  });

  it('renders deletions as <del> and insertions as <ins>, escaping the text', () => {
    const { a, b } = splitDiff(c1.diff, c1.a!.text, c1.b!.text);
    expect(renderToStaticMarkup(<DiffText pieces={a} emptyLabel="none" />)).toBe(
      '<p class="diff-text"><span>Flood limit </span><del class="diff-del" title="removed in B">$1,000,000</del><span> any one event.</span></p>',
    );
    expect(renderToStaticMarkup(<DiffText pieces={b} emptyLabel="none" />)).toContain('<ins class="diff-ins" title="added in B">$500,000</ins>');
    expect(renderToStaticMarkup(<DiffText pieces={[{ text: '<b>&', kind: 'insert' }]} emptyLabel="" />)).toContain('&lt;b&gt;&amp;');
    expect(renderToStaticMarkup(<DiffText pieces={[]} emptyLabel="Not in A" />)).toContain('Not in A');
  });

  it('counts the words deleted and inserted', () => {
    expect(diffStats(FIXTURE.changes.find((c) => c.id === 'c4')!.diff)).toEqual({ deleted: 1, inserted: 4 });
  });
});
