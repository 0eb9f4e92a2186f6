import type { EditTruth } from '@policydiff/testkit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS, prepareChange } from './prepared-change.js';
import { scoreEdits } from './score-edits.js';
import { change, delta, ref } from './test-fixtures.js';

function edit(partial: Partial<EditTruth> & Pick<EditTruth, 'kind' | 'expectedStatus' | 'expectedDirection'>, a: string | null, b: string | null, page = 3): EditTruth {
  const side = (phrase: string | null) => (phrase === null ? null : { unitId: 'u', section: '2.1', heading: null, page, keyPhrase: phrase, text: phrase });
  return { unitId: 'u', a: side(a), b: side(b), material: true, from: null, to: null, unit: null, description: partial.kind, ...partial };
}

const score = (edits: EditTruth[], changes: ReturnType<typeof change>[]) => scoreEdits(edits, changes.map(prepareChange), DEFAULT_MATCH_OPTIONS);

describe('scoreEdits', () => {
  const limitUp = edit({ kind: 'limit_up', expectedStatus: 'modified', expectedDirection: 'broader' }, 'up to £2,500 for any one item', 'up to £5,000 for any one item');

  it('detects a modified edit with the right status and checks the change’s own direction', () => {
    const right = change({ status: 'modified', a: ref('We will pay up to £2,500 for any one item.', 3), b: ref('We will pay up to £5,000 for any one item.', 3), direction: 'broader', materiality: 'high' });
    const [s] = score([limitUp], [right]).edits;
    expect(s).toMatchObject({ detected: true, detectedFlagged: true, directionOk: true, matchedChangeIds: [right.id] });

    const wrongWay = change({ ...right, id: 'w', direction: 'ambiguous', deltas: [delta({ type: 'numeric_change', direction: 'broader' })] });
    expect(score([limitUp], [wrongWay]).edits[0]).toMatchObject({ detected: true, directionOk: false, reportedDirections: ['ambiguous'] });
  });

  it('does not count a change with the wrong status, or an unchanged one', () => {
    const asAdded = change({ status: 'added', b: ref('We will pay up to £5,000 for any one item.', 3), direction: 'broader', materiality: 'high' });
    const unchanged = change({ status: 'unchanged', a: ref('We will pay up to £2,500 for any one item.', 3), b: ref('We will pay up to £2,500 for any one item.', 3) });
    const s = score([limitUp], [asAdded, unchanged]);
    expect(s.edits[0].detected).toBe(false);
    expect(s.edits[0].directionOk).toBeNull();
    // A removed + added pair touching both phrases does count for a modified edit.
    const asRemoved = change({ status: 'removed', a: ref('We will pay up to £2,500 for any one item.', 3) });
    expect(score([limitUp], [asAdded, asRemoved]).edits[0].detected).toBe(true);
  });

  it('detects an added clause as an added change, or as text a modified change’s diff inserts', () => {
    const added = edit({ kind: 'exclusion_added', expectedStatus: 'added', expectedDirection: 'narrower' }, null, 'We will not pay for loss caused by riot');
    const asAdded = change({ status: 'added', b: ref('4.7 We will not pay for loss caused by riot or civil commotion.', 3), direction: 'narrower', materiality: 'medium' });
    expect(score([added], [asAdded]).edits[0].detected).toBe(true);

    const merged = change({
      status: 'modified',
      a: ref('We will not pay for wear and tear.', 3),
      b: ref('We will not pay for wear and tear. We will not pay for loss caused by riot.', 3),
      diff: [
        { op: 'equal', text: 'We will not pay for wear and tear.' },
        { op: 'insert', text: ' We will not pay for loss caused by riot.' },
      ],
    });
    expect(score([added], [merged]).edits[0].detected).toBe(true);
    // The phrase is in B but the diff keeps it as equal text: nothing was inserted.
    const equalOnly = change({ ...merged, id: 'e', diff: [{ op: 'equal', text: merged.b!.text }] });
    expect(score([added], [equalOnly]).edits[0].detected).toBe(false);
  });

  it('counts flagged changes that touch no material edit as false positives', () => {
    const cosmetic = edit({ kind: 'cosmetic_rewording', expectedStatus: 'modified', expectedDirection: 'neutral', material: false }, 'tell us immediately', 'tell us immediately');
    const hit = change({ status: 'modified', a: ref('We will pay up to £2,500 for any one item.', 3), b: ref('We will pay up to £5,000 for any one item.', 3), direction: 'broader', materiality: 'high' });
    const cosmeticFlag = change({ status: 'modified', a: ref('You must tell us immediately of any claim.', 5), b: ref('You must tell us immediately of any claim.', 5), direction: 'narrower', materiality: 'medium' });
    const stray = change({ status: 'removed', a: ref('Something unrelated entirely.', 6), direction: 'narrower', materiality: 'high' });
    const low = change({ status: 'removed', a: ref('Another unrelated clause.', 6), direction: 'narrower', materiality: 'low' });
    const s = score([limitUp, cosmetic], [hit, cosmeticFlag, stray, low]);
    expect(s.flagged).toBe(3);
    expect(s.flaggedTrue).toBe(1);
    expect(s.falsePositives.map((f) => f.changeId).sort()).toEqual([cosmeticFlag.id, stray.id].sort());
    expect(s.edits[1]).toMatchObject({ cosmeticFalsePositive: true, wrongFlags: 1, material: false });
  });

  it('does not call a neutral flag on a cosmetic edit a cosmetic false positive', () => {
    const cosmetic = edit({ kind: 'cosmetic_rewording', expectedStatus: 'modified', expectedDirection: 'neutral', material: false }, 'shall notify us', 'will notify us');
    const neutral = change({ status: 'modified', a: ref('You shall notify us.', 5), b: ref('You will notify us.', 5), direction: 'neutral', materiality: 'medium' });
    expect(score([cosmetic], [neutral]).edits[0].cosmeticFalsePositive).toBe(false);
  });

  it('accepts a partial quote only near the quote’s page', () => {
    const removed = edit({ kind: 'exclusion_removed', expectedStatus: 'removed', expectedDirection: 'broader' }, 'We will not pay for damage caused by vermin or insects', null, 4);
    const piece = (page: number) => change({ status: 'removed', a: ref('… We will not pay for damage caused by vermin', page), direction: 'broader', materiality: 'high' });
    expect(score([removed], [piece(5)]).edits[0].detected).toBe(true);
    expect(score([removed], [piece(9)]).edits[0].detected).toBe(false);
  });
});
