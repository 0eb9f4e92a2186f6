import { changeSchema } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../alignment/align-clauses.js';
import { type ClauseSpec, buildDocument } from '../alignment/test-fixtures.js';
import { interpretDeltas } from './interpret-deltas.js';
import { REPEAT_MAX_SCORE } from './repeated-wording.js';

const FIRE = 'We will pay for loss or damage to the buildings caused by fire, lightning, explosion or earthquake.';
const FLOOD = 'We will pay for loss or damage to the contents caused by storm, flood or the weight of snow.';
const THEFT = 'We will pay for loss of the contents caused by theft or attempted theft from the home.';
const REPEATED = 'We will not pay for loss or damage to jewellery or cash left in the open.';

function compare(specA: ClauseSpec[], specB: ClauseSpec[]) {
  const a = buildDocument(specA);
  const b = buildDocument(specB);
  const result = interpretDeltas(a, b, alignClauses(a, b));
  for (const change of result.changes) changeSchema.parse(change);
  return result.changes;
}

const GRANT = { type: 'coverage_grant' } as const;

describe('interpretDeltas: the same added wording printed several times', () => {
  it('the first copy keeps its materiality and names the others; later copies are low and point back', () => {
    const changes = compare(
      [{ text: FIRE, ...GRANT }, { text: FLOOD, ...GRANT }, { text: THEFT, ...GRANT }],
      [
        { text: FIRE, ...GRANT },
        { text: REPEATED, type: 'exclusion' },
        { text: FLOOD, ...GRANT },
        { text: REPEATED, type: 'exclusion' },
        { text: THEFT, ...GRANT },
        { text: REPEATED, type: 'exclusion' },
      ],
    );
    const copies = changes.filter((c) => c.status === 'added' && c.b?.text === REPEATED);
    expect(copies).toHaveLength(3);
    const [first, ...later] = copies;
    expect(first).toMatchObject({ materiality: 'high', direction: 'narrower' });
    for (const c of later) expect(first.deltas[0].description).toContain(`(${c.id})`);
    for (const c of later) {
      expect(c).toMatchObject({ materiality: 'low', direction: 'narrower' });
      expect(c.materiality_score).toBeLessThanOrEqual(REPEAT_MAX_SCORE);
      expect(c.deltas[0].description).toContain(`reported there (${first.id})`);
    }
  });

  it('different wording is never treated as a repeat', () => {
    const other = 'We will not pay for loss or damage to jewellery or cash left in a vehicle.';
    const changes = compare(
      [{ text: FIRE, ...GRANT }, { text: FLOOD, ...GRANT }],
      [{ text: FIRE, ...GRANT }, { text: REPEATED, type: 'exclusion' }, { text: FLOOD, ...GRANT }, { text: other, type: 'exclusion' }],
    );
    const added = changes.filter((c) => c.status === 'added');
    expect(added).toHaveLength(2);
    for (const c of added) {
      expect(c.materiality).toBe('high');
      expect(c.deltas[0].description).not.toContain('same wording');
    }
  });
});

describe('interpretDeltas: the same edit made in several sections', () => {
  const RULE_A = (section: string) => `We will only pay under Contents ${section} or Buildings if both sections are insured for any one claim.`;
  const RULE_B = 'If you have chosen both contents and buildings insurance then we will only pay under one section for any claim.';

  it('reports the first in full and later ones low, pointing back; a different figure is an edit of its own', () => {
    const changes = compare(
      [{ text: FIRE, ...GRANT }, { text: RULE_A('worldwide'), type: 'exclusion' }, { text: FLOOD, ...GRANT }, { text: RULE_A('cover'), type: 'exclusion' }, { text: THEFT, ...GRANT }],
      [{ text: FIRE, ...GRANT }, { text: RULE_B, type: 'exclusion' }, { text: FLOOD, ...GRANT }, { text: RULE_B, type: 'exclusion' }, { text: THEFT, ...GRANT }],
    );
    const edits = changes.filter((c) => c.status !== 'unchanged');
    expect(edits.length).toBeGreaterThanOrEqual(2);
    const [first, second] = edits;
    expect(first.materiality).not.toBe('low');
    expect(second).toMatchObject({ materiality: 'low' });
    expect(second.deltas[0].description).toContain(`reported there (${first.id})`);
  });

  it('keeps two edits that differ in their figures as two changes', () => {
    const limit = (n: string) => `While your home cannot be lived in we will pay up to ${n} for any one claim for alternative accommodation.`;
    const changes = compare(
      [{ text: FIRE, ...GRANT }, { text: 'We will pay the cost of alternative accommodation for you and your family.', ...GRANT }, { text: FLOOD, ...GRANT }, { text: 'We will pay the cost of alternative accommodation for you and your family and your pets.', ...GRANT }],
      [{ text: FIRE, ...GRANT }, { text: limit('£15,000'), ...GRANT }, { text: FLOOD, ...GRANT }, { text: limit('£200,000'), ...GRANT }],
    );
    for (const c of changes.filter((x) => x.status !== 'unchanged')) expect(c.deltas.some((d) => d.description.includes('The same edit is made'))).toBe(false);
  });
});
