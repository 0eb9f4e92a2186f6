import { describe, expect, it } from 'vitest';
import { FIXTURE, withoutReasons } from '../test/fixture-result';
import { verdictNote, verdictOf } from './verdict';

const summary = (verdict: typeof FIXTURE.summary.verdict, balance = FIXTURE.summary.balance) => ({ ...FIXTURE.summary, verdict, balance });

describe('the verdict', () => {
  it('says how the material changes weigh, the winning side first', () => {
    expect(verdictNote(FIXTURE.summary)).toBe('Material changes weigh 6 narrower against 2 broader (high changes: 2 narrower, 0 broader).');
    expect(verdictNote(summary('broader', { broader: 7.5, narrower: 3, high_broader: 1, high_narrower: 1 }))).toBe(
      'Material changes weigh 7.5 broader against 3 narrower (high changes: 1 narrower, 1 broader).',
    );
  });

  it('explains mixed: high changes both ways, or two sides that weigh the same', () => {
    expect(verdictNote(summary('mixed', { broader: 5, narrower: 6, high_broader: 1, high_narrower: 1 }))).toBe(
      'High changes go both ways and neither side outweighs the other twice over: 6 narrower against 5 broader (high changes: 1 narrower, 1 broader).',
    );
    expect(verdictNote(summary('mixed', { broader: 2, narrower: 2, high_broader: 0, high_narrower: 0 }))).toMatch(/^The two sides weigh the same: 2 narrower against 2 broader/);
  });

  it('says when nothing material moves cover', () => {
    expect(verdictNote(summary('no_material_change', { broader: 0, narrower: 0, high_broader: 0, high_narrower: 0 }))).toBe('No high or medium change is broader or narrower.');
  });

  it('is absent from a result stored before verdicts existed', () => {
    const old = withoutReasons(FIXTURE).summary;
    expect(verdictOf(old)).toBeNull();
    expect(verdictNote(old)).toBeNull();
    expect(verdictOf({ ...FIXTURE.summary, verdict: 'sideways' as never })).toBeNull();
    // A verdict without its balance still shows, without the weights.
    expect(verdictNote({ ...FIXTURE.summary, balance: undefined as never })).toBeNull();
    expect(verdictOf({ ...FIXTURE.summary, balance: undefined as never })).toBe('narrower');
  });
});
