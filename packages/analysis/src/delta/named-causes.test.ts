import { describe, expect, it } from 'vitest';
import { type ClauseSpec, buildDocument } from '../alignment/test-fixtures.js';
import { indexDocument } from './clause-side.js';
import { allRisksCovers, findNamedCauses, qualifiersOfOneSidedCovers } from './named-causes.js';

const CONTENTS_A = ['Policy', 'Contents', 'Cause 1 – Loss and accidental damage', 'What is covered'];
const ALL_RISKS_A: ClauseSpec[] = [
  { text: 'Loss or damage including accidental damage to you or your family’s contents while they are in the home.', type: 'coverage_grant', headingPath: CONTENTS_A },
  { text: 'Loss or damage including accidental damage to the buildings.', type: 'coverage_grant', headingPath: ['Policy', 'Buildings', 'Cause 1', 'What is covered'] },
];

const fire = ['Policy', 'Contents standard cover', 'Cause 1 – Fire'];
const water = ['Policy', 'Contents standard cover', 'Cause 4 – Escape of water'];
const NAMED_B: ClauseSpec[] = [
  { text: 'Loss or damage caused by fire, explosion, smoke, lightning or earthquake.', type: 'coverage_grant', headingPath: [...fire, 'What is covered'] },
  { text: 'Smoke damage arising gradually or out of repeated exposure.', type: 'exclusion', headingPath: [...fire, 'What is not covered'] },
  { text: 'Loss or damage caused by water leaking from:', type: 'coverage_grant', headingPath: [...water, 'What is covered'] },
  { text: '1 a fixed water installation', type: 'coverage_grant', headingPath: [...water, 'What is covered'] },
  { text: '2 a heating installation', type: 'coverage_grant', headingPath: [...water, 'What is covered'] },
  { text: 'Loss or damage while your home is unoccupied.', type: 'exclusion', headingPath: [...water, 'What is not covered'] },
  { text: 'Accidental damage to: 1 television sets 2 radios', type: 'coverage_grant', headingPath: ['Policy', 'Contents standard cover', 'Cover 12 – Entertainment equipment'] },
  { text: 'We will pay up to £5,000 for frozen food spoiled by a change in temperature.', type: 'coverage_grant', headingPath: ['Policy', 'Contents standard cover', 'Cover 25 – Frozen food'] },
  { text: 'Damage to the installation itself is only covered if the damage has happened as a result of an insured cause.', type: 'coverage_grant', headingPath: [...water, 'What is covered'] },
  { text: 'Accidental breakage of: 1 mirrors 2 glass tops of furniture', type: 'coverage_grant', headingPath: ['Policy', 'Contents standard cover', 'Cover 13 – Mirrors and glass'] },
];

const ids = (n: number): Set<string> => new Set(Array.from({ length: n }, (_, k) => `c${String(k + 1).padStart(4, '0')}`));

describe('allRisksCovers', () => {
  it('finds all-risks grants over a whole section, by subject', () => {
    const covers = allRisksCovers(indexDocument(buildDocument(ALL_RISKS_A)));
    expect([...covers.entries()]).toEqual([
      ['contents', 'c0001'],
      ['buildings', 'c0002'],
    ]);
  });

  it('does not take accidental damage to one item for all risks', () => {
    const doc = buildDocument([{ text: 'Accidental damage to cables and underground pipes for which you are responsible.', type: 'coverage_grant', headingPath: ['Buildings'] }]);
    expect(allRisksCovers(indexDocument(doc)).size).toBe(0);
  });
});

describe('findNamedCauses', () => {
  const a = indexDocument(buildDocument(ALL_RISKS_A));
  const b = indexDocument(buildDocument(NAMED_B));

  it('reads one-sided named causes, their further list items and accidental damage to one item as within the all-risks grant', () => {
    const found = findNamedCauses(b, a, ids(NAMED_B.length));
    for (const id of ['c0001', 'c0003', 'c0004', 'c0005', 'c0007', 'c0010']) expect(found.get(id), id).toMatchObject({ role: 'cause', otherId: 'c0001', subject: 'contents' });
    expect(found.get('c0004')?.causeId).toBe('c0003');
  });

  it('reads an exclusion printed under such a cause as its qualifier', () => {
    const found = findNamedCauses(b, a, ids(NAMED_B.length));
    expect(found.get('c0002')).toMatchObject({ role: 'qualifier', causeId: 'c0001' });
    expect(found.get('c0006')).toMatchObject({ role: 'qualifier', causeId: 'c0003' });
  });

  it('leaves a cover that is not a named cause, and everything when the other side has no all-risks grant', () => {
    expect(findNamedCauses(b, a, ids(NAMED_B.length)).has('c0008')).toBe(false);
    // The frozen food cover breaks the escape-of-water cause heading: what follows is not under it.
    expect(findNamedCauses(b, a, ids(NAMED_B.length)).has('c0009')).toBe(false);
    expect(findNamedCauses(b, indexDocument(buildDocument([NAMED_B[0]])), ids(NAMED_B.length)).size).toBe(0);
  });

  it('leaves the exclusions of a named cause both documents print: a new one there is a change of its own', () => {
    // The fire cause is matched (not in the unmatched set), so its new exclusion is not a detail.
    const unmatched = new Set(['c0002']);
    expect(findNamedCauses(b, a, unmatched).size).toBe(0);
  });

  it('needs the subject the other side insures against all risks', () => {
    const buildingsOnly = indexDocument(buildDocument([ALL_RISKS_A[1]]));
    expect(findNamedCauses(b, buildingsOnly, ids(NAMED_B.length)).size).toBe(0);
  });
});

describe('findNamedCauses: the all-risks side', () => {
  const contents = ['Policy', 'Contents', 'Cause 1 – Loss and accidental damage'];
  const A: ClauseSpec[] = [
    { text: 'Loss or damage including accidental damage to you or your family’s contents.', type: 'coverage_grant', headingPath: [...contents, 'What is covered'] },
    { text: 'a by mechanical or electrical breakdown or failure', type: 'exclusion', headingPath: [...contents, 'What is not covered'] },
    { text: 'b to items in storage unless they are in a professional storage facility', type: 'exclusion', headingPath: [...contents, 'What is not covered'] },
    { text: 'We will not pay for wear and tear.', type: 'exclusion', headingPath: ['Policy', 'General exclusions'] },
  ];
  const a = indexDocument(buildDocument(A));

  it('reads a one-sided exclusion of the all-risks grant as a detail when the other lists named causes for the subject', () => {
    const found = findNamedCauses(a, indexDocument(buildDocument(NAMED_B)), ids(A.length));
    expect(found.get('c0002')).toMatchObject({ role: 'all_risks_qualifier', causeId: 'c0001', otherId: 'c0001', subject: 'contents' });
    expect(found.get('c0003')?.role).toBe('all_risks_qualifier');
    expect(found.has('c0004')).toBe(false);
  });

  it('leaves them when the other document has fewer than two named causes for the subject', () => {
    expect(findNamedCauses(a, indexDocument(buildDocument([NAMED_B[0], NAMED_B[1]])), ids(A.length)).size).toBe(0);
  });
});

describe('qualifiersOfOneSidedCovers', () => {
  const identity = ['Policy', 'Contents', 'Cover 24 – Identity theft'];
  const liability = ['Policy', 'Section 4 – Public liability'];
  const doc = indexDocument(
    buildDocument([
      { text: 'We will pay up to £50,000 for costs following identity theft.', type: 'coverage_grant', headingPath: [...identity, 'What is covered'] },
      { text: 'Any loss you do not report within 30 days.', type: 'exclusion', headingPath: [...identity, 'What is not covered'] },
      { text: 'We cover your legal liability for injury to the public.', type: 'coverage_grant', headingPath: liability },
      { text: 'Vendor liability. We extend cover to any vendor of your products.', type: 'extension', headingPath: liability },
      { text: 'We do not cover liability arising from the operation of any drone.', type: 'exclusion', headingPath: liability },
    ]),
  );

  it('takes the exclusions of a cover whose every grant is one-sided', () => {
    expect([...qualifiersOfOneSidedCovers(doc, new Set(['c0001', 'c0002']))]).toEqual(['c0002']);
  });

  it('leaves a new exclusion in a section that also holds a grant both documents print', () => {
    expect(qualifiersOfOneSidedCovers(doc, new Set(['c0004', 'c0005'])).size).toBe(0);
  });
});
