import { describe, expect, it } from 'vitest';
import { emptyDna } from './clause-side.js';
import { scopeDeltas } from './scope-deltas.js';

describe('scopeDeltas', () => {
  it('reads a subject added to an exclusion as narrower cover', () => {
    const a = { ...emptyDna('a'), subjects: ['contents'] };
    const b = { ...emptyDna('b'), subjects: ['contents', 'buildings'] };
    const deltas = scopeDeltas({ a: 'Loss of contents by theft.', b: 'Loss of contents or buildings by theft.' }, a, b, 'restriction');
    expect(deltas).toEqual([expect.objectContaining({ type: 'scope_change', direction: 'narrower', to: 'buildings' })]);
  });

  it('does not read a section named only as a cross-reference ("Buildings cover 12") as the clause’s subject', () => {
    const a = { ...emptyDna('a'), subjects: ['buildings', 'contents'] };
    const b = emptyDna('b');
    const deltas = scopeDeltas(
      { a: 'Buildings cover 12 Property owner’s liability. Contents cover 20 Tenant’s liability.', b: 'Property owners liability.' },
      a,
      b,
      'restriction',
    );
    expect(deltas).toEqual([]);
  });

  it('does not read the sections a condition applies to as its perils or subjects', () => {
    const a = { ...emptyDna('a'), perils: ['theft'], subjects: ['contents'] };
    const b = { ...emptyDna('b'), subjects: ['contents', 'personal possessions'] };
    const texts = {
      a: 'These conditions apply to the Contents worldwide and Buildings sections. For Identity theft additional conditions apply as shown within the Identity theft section.',
      b: 'These conditions apply to the Contents, Personal possessions and Buildings sections.',
    };
    expect(scopeDeltas(texts, a, b, 'obligation')).toEqual([]);
    // A peril the clause names outside a section name is its own.
    const own = scopeDeltas({ ...texts, a: `${texts.a} You must report any theft to the police.` }, a, b, 'obligation');
    expect(own).toEqual([expect.objectContaining({ type: 'scope_change', from: 'theft' })]);
  });
});
