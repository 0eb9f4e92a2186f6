import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../test/fixture-result';
import { citeChanges, sectionIndex } from './cite-changes';

describe('narrative citations', () => {
  const index = sectionIndex(FIXTURE.changes.filter((c) => c.status !== 'unchanged'));

  it('links § and clause references to the change of that section', () => {
    expect(citeChanges('limit falls (A § 4.2 p. 2; B clause 5.3).', index)).toEqual([
      { text: 'limit falls (A ' },
      { text: '§ 4.2', changeId: 'c1' },
      { text: ' p. 2; B ' },
      { text: 'clause 5.3', changeId: 'c2' },
      { text: ').' },
    ]);
  });

  it('links full section paths as the narrative writes them', () => {
    const idx = sectionIndex([{ ...FIXTURE.changes[1]!, id: 'z', b: { ...FIXTURE.changes[1]!.b!, section: 'Section 2 › 2.2' } }]);
    expect(citeChanges('(§Section 2 › 2.2, p. 5 → not in B)', idx)).toEqual([{ text: '(' }, { text: '§Section 2 › 2.2', changeId: 'z' }, { text: ', p. 5 → not in B)' }]);
  });

  it('leaves unknown sections and plain numbers alone', () => {
    expect(citeChanges('see § 99 and $4.2 million', index)).toEqual([{ text: 'see § 99 and $4.2 million' }]);
  });

  it('prefers the most material change for a section', () => {
    expect(index.get('4.2')).toBe('c1');
    expect(index.get('7')).toBe('c4');
  });
});
