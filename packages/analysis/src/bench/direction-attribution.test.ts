import { describe, expect, it } from 'vitest';
import { attributeDirections, directionFits, NO_ROLE } from './direction-attribution.js';
import type { LabelHit } from './real-corpus.js';
import { change, delta } from './test-fixtures.js';

const hit = (id: string, direction: LabelHit['direction'], matchedChangeIds: string[], directionOk: boolean | null = true): LabelHit => ({
  id,
  direction,
  materiality: 'medium',
  detected: directionOk !== null,
  directionOk,
  matchedChangeIds,
});

// A waiting period cut (broader) read right by its figure rule; a definition read the wrong way; a passage.
const waiting = change({
  id: 'w',
  status: 'modified',
  direction: 'broader',
  rules: ['change.own-deltas'],
  deltas: [delta({ direction: 'broader', rule: 'figure.period-by-role', role: 'waiting_period' })],
});
const definition = change({
  id: 'd',
  status: 'modified',
  direction: 'narrower',
  rules: ['change.own-deltas'],
  deltas: [delta({ direction: 'narrower', rule: 'definition.width-by-usage' }), delta({ direction: 'narrower', rule: 'figure.period-by-role', role: 'waiting_period' })],
});
const quoting = (text: string) => ({ from: text, evidence: { a_quote: text, b_quote: null } });
const passage = change({
  id: 'p',
  status: 'removed',
  direction: 'narrower',
  rules: ['one-sided.passage'],
  deltas: [
    delta({ direction: 'narrower', rule: 'one-sided.passage', from: 'This endorsement extends the following sections to COVID-19. These conditions must be met. Please call our helpline.' }),
    delta({ direction: 'narrower', rule: 'one-sided.clause-type', ...quoting('This endorsement extends the following sections to COVID-19.') }),
    delta({ direction: 'neutral', rule: 'one-sided.qualifier-of-one-sided-cover', ...quoting('These conditions must be met.') }),
    delta({ direction: 'neutral', rule: 'one-sided.advisory', ...quoting('Please call our helpline.') }),
  ],
});
const phrases = (id: string, keyPhraseA: string | null, keyPhraseB: string | null = null) => ({ id, keyPhraseA, keyPhraseB });
const changes = [waiting, definition, passage];

describe('directionFits', () => {
  it('uses score.py’s test: the same direction, or any direction for an ambiguous label', () => {
    expect(directionFits('broader', 'broader')).toBe(true);
    expect(directionFits('neutral', 'narrower')).toBe(false);
    expect(directionFits('ambiguous', 'neutral')).toBe(true);
  });
});

describe('attributeDirections', () => {
  it('charges every rule and role that voted on a label, once per label, right when one of its votes fits', () => {
    const a = attributeDirections([hit('L1', 'broader', ['w']), hit('L2', 'broader', ['d'], false), hit('L3', 'broader', ['w', 'd', 'w'])], changes);
    expect(a.byRule).toEqual({
      'change.own-deltas': { fired: 3, right: 2, wrong: 1 },
      'figure.period-by-role': { fired: 3, right: 2, wrong: 1 },
      'definition.width-by-usage': { fired: 2, right: 0, wrong: 2 },
    });
    expect(a.byRole).toEqual({ waiting_period: { fired: 3, right: 2, wrong: 1 }, [NO_ROLE]: { fired: 2, right: 0, wrong: 2 } });
    expect(a.labels.find((l) => l.id === 'L3')).toEqual({
      id: 'L3',
      direction: 'broader',
      directionOk: true,
      someRuleRight: true,
      rules: { 'change.own-deltas': true, 'figure.period-by-role': true, 'definition.width-by-usage': false },
      roles: { waiting_period: true, [NO_ROLE]: false },
    });
  });

  it('lets only the deltas of a passage that quote a label vote on it, beside the deciding rule', () => {
    const a = attributeDirections(
      [hit('S7-01', 'narrower', ['p']), hit('S7-02', 'neutral', ['p']), hit('S7-09', 'narrower', ['p'])],
      changes,
      [phrases('S7-01', 'endorsement extends the following sections'), phrases('S7-02', 'these conditions must be met'), phrases('S7-09', 'a phrase no delta quotes')],
    );
    const [endorsement, conditions, unquoted] = a.labels;
    // The passage delta's text spans the whole passage, so it quotes every label in it.
    expect(endorsement.rules).toEqual({ 'one-sided.passage': true, 'one-sided.clause-type': true });
    expect(conditions).toMatchObject({ rules: { 'one-sided.passage': false, 'one-sided.qualifier-of-one-sided-cover': true }, someRuleRight: true });
    expect(Object.keys(unquoted.rules).sort()).toEqual(['one-sided.advisory', 'one-sided.clause-type', 'one-sided.passage', 'one-sided.qualifier-of-one-sided-cover']);
  });

  it('matches a key phrase on the B side against the delta’s B text, and by 70 % of its words', () => {
    const modified = change({
      id: 'm',
      status: 'modified',
      direction: 'broader',
      deltas: [
        delta({ direction: 'broader', rule: 'figure.period-by-role', role: 'waiting_period', from: '48 months', to: '36 months', evidence: { a_quote: 'excluded until the expiry of 48 months', b_quote: 'excluded until the expiry of 36 months of continuous coverage' } }),
        delta({ direction: 'narrower', rule: 'scope.word-breadth', evidence: { a_quote: 'any illness', b_quote: 'any listed illness' } }),
      ],
    });
    const a = attributeDirections([hit('S9-13', 'broader', ['m'])], [modified], [phrases('S9-13', null, 'until the expiry of 36 months of continuous cover')]);
    expect(a.labels[0].rules).toEqual({ 'change.own-deltas': true, 'figure.period-by-role': true });
    expect(a.byRole).toEqual({ waiting_period: { fired: 1, right: 1, wrong: 0 } });
  });

  it('can find a label right for score.py that no rule that fired on it got right', () => {
    const a = attributeDirections([hit('S7-02', 'neutral', ['p'])], changes, [phrases('S7-02', 'endorsement extends the following sections')]);
    expect(a.labels[0]).toMatchObject({ directionOk: true, someRuleRight: false });
  });

  it('counts every rule right on an ambiguous label, and skips missed labels and unknown changes', () => {
    const a = attributeDirections([hit('A', 'ambiguous', ['d']), hit('M', 'narrower', [], null), hit('U', 'narrower', ['gone'])], changes);
    expect(Object.values(a.byRule).every((t) => t.wrong === 0 && t.right === 1)).toBe(true);
    expect(a.labels.map((l) => l.id)).toEqual(['A']);
    expect(a.unresolved).toEqual(['U']);
  });

  it('agrees with score.py when every delta votes: a label is right exactly when some rule that fired on it is right', () => {
    const hits = [hit('1', 'broader', ['w']), hit('2', 'broader', ['d'], false), hit('3', 'neutral', ['p']), hit('4', 'narrower', ['w'], false), hit('5', 'narrower', ['p', 'w'])];
    for (const label of attributeDirections(hits, changes).labels) {
      expect(Object.values(label.rules).some(Boolean)).toBe(label.directionOk);
    }
  });
});
