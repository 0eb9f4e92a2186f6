import { describe, expect, it } from 'vitest';
import { type DocumentSpec, buildDocument } from '../alignment/test-fixtures.js';
import { indexDocument } from './clause-side.js';
import { usagePolarity } from './definition-changes.js';

const EXCLUSION = { type: 'exclusion' } as const;
const GRANT = { type: 'coverage_grant' } as const;

function polarity(term: string, clauses: DocumentSpec['clauses']) {
  const doc = buildDocument({
    clauses: [{ text: `"${term}" means something.`, type: 'definition' }, ...clauses],
    terms: [{ term, definition: 'something', clause: 0, usedIn: clauses.map((_, k) => k + 1) }],
  });
  return usagePolarity(doc.definitions.terms[0], indexDocument(doc));
}

describe('usagePolarity: which way the clauses using a term cut', () => {
  it('reads a term used mainly in exclusions as a restriction', () => {
    expect(polarity('Unattended', [{ text: 'We will not pay for baggage left Unattended.', ...EXCLUSION }])).toBe('restriction');
  });

  it('counts an excess that names the term with the covers: the claims it applies to are paid', () => {
    const clauses = [
      { text: 'We cover loss or damage caused by storm or Flood.', ...GRANT },
      { text: 'An excess of £1,000 applies to each claim for Flood.', type: 'excess' as const },
      { text: 'We will not pay for loss caused by storm or Flood to gates, hedges and fences.', ...EXCLUSION },
      { text: 'We will not pay for Flood damage to outbuildings.', ...EXCLUSION },
      { text: 'We will not pay for Flood while the home is unoccupied.', ...EXCLUSION },
    ];
    expect(polarity('Flood', clauses)).toBe('grant');
  });

  it('reads a term that exclusions use far more than covers as a restriction (a wording that excludes flood)', () => {
    const clauses = [
      { text: 'Flood cover. Where your schedule shows this endorsement, we will cover Flood.', type: 'endorsement' as const },
      { text: 'We will not pay for loss or damage caused by Flood.', ...EXCLUSION },
      { text: 'We will not pay for business interruption following Flood.', ...EXCLUSION },
      { text: 'We will not pay for Flood damage to stock in the open.', ...EXCLUSION },
    ];
    expect(polarity('Flood', clauses)).toBe('restriction');
  });

  it('reads an excluded peril as a restriction although limits name it', () => {
    const clauses = [
      { text: 'Claims for a Pre-existing disease are limited to £5,000.', type: 'limit' as const },
      { text: 'Claims for a Pre-existing disease are limited to 50% of the sum insured.', type: 'limit' as const },
      { text: 'We will not pay for any Pre-existing disease.', ...EXCLUSION },
    ];
    expect(polarity('Pre-existing disease', clauses)).toBe('restriction');
  });

  it('counts a use inside another definition the way that term is used', () => {
    const doc = buildDocument({
      clauses: [
        { text: '"Medical practitioner" means a registered doctor.', type: 'definition' },
        { text: '"Serious illness" means an illness which a Medical practitioner certifies.', type: 'definition' },
        { text: 'We will pay for cancellation caused by Serious illness.', ...GRANT },
        { text: 'We will not pay if you travelled against the advice of a Medical practitioner.', ...EXCLUSION },
      ],
      terms: [
        { term: 'Medical practitioner', definition: 'a registered doctor', clause: 0, usedIn: [1, 3] },
        { term: 'Serious illness', definition: 'an illness which a Medical practitioner certifies', clause: 1, usedIn: [2] },
      ],
    });
    expect(usagePolarity(doc.definitions.terms[0], indexDocument(doc))).toBe('grant');
  });

  it('counts an exclusion that names the term only in its exception with the covers', () => {
    const clauses = [
      { text: 'We will not pay for vitamins, unless they are prescribed by a Medical practitioner.', ...EXCLUSION },
      { text: 'We will not pay for spa treatment, except where a Medical practitioner refers you.', ...EXCLUSION },
    ];
    expect(polarity('Medical practitioner', clauses)).toBe('grant');
  });
});
