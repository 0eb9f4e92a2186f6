import { describe, expect, it } from 'vitest';
import type { Summary } from '@policydiff/contracts';
import { verdictLine } from './verdict-line.js';

const summary = (verdict: Summary['verdict'] | undefined, balance?: Summary['balance']): Summary =>
  ({
    headline: 'h',
    narrative: '',
    counts: { added: 0, removed: 0, modified: 0, moved: 0, unchanged: 0 },
    directions: { broader: 0, narrower: 0, neutral: 0, ambiguous: 0 },
    bullets: [],
    ...(verdict ? { verdict } : {}),
    ...(balance ? { balance } : {}),
  }) as Summary;

describe('verdict line', () => {
  it('gives the side that won, by its weight against the other', () => {
    expect(verdictLine(summary('broader', { broader: 7.5, narrower: 3, high_broader: 1, high_narrower: 1 }))).toBe(
      'Verdict: broader — material changes weigh 7.5 broader against 3 narrower (high: 1 narrower, 1 broader)',
    );
  });

  it('explains mixed', () => {
    expect(verdictLine(summary('mixed', { broader: 5, narrower: 6, high_broader: 1, high_narrower: 1 }))).toBe(
      'Verdict: mixed — high changes go both ways and neither side outweighs the other twice over: 6 narrower against 5 broader (high: 1 narrower, 1 broader)',
    );
    expect(verdictLine(summary('mixed', { broader: 2, narrower: 2, high_broader: 0, high_narrower: 0 }))).toMatch(/^Verdict: mixed — the two sides weigh the same: 2 narrower/);
  });

  it('says when nothing material moved', () => {
    expect(verdictLine(summary('no_material_change', { broader: 0, narrower: 0, high_broader: 0, high_narrower: 0 }))).toBe(
      'Verdict: no material change — no high or medium change is broader or narrower',
    );
  });

  it('is null for a result stored before verdicts, and bare without a balance', () => {
    expect(verdictLine(summary(undefined))).toBeNull();
    expect(verdictLine(summary('sideways' as Summary['verdict']))).toBeNull();
    expect(verdictLine(summary('narrower'))).toBe('Verdict: narrower');
  });
});
