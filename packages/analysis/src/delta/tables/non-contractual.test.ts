import { describe, expect, it } from 'vitest';
import type { LayoutClause } from '../../types.js';
import { nonContractualMatter } from '../facts/non-contractual-matter.js';
import { isContactList, NON_CONTRACTUAL, nonContractualKind } from './non-contractual.js';

describe('non-contractual table', () => {
  for (const row of NON_CONTRACTUAL) {
    describe(row.kind, () => {
      for (const page of row.fires) {
        it(`reads "${page.title}" as a ${row.label}`, () => {
          expect(nonContractualKind(page.title, page.body)?.kind).toBe(row.kind);
        });
      }
      for (const page of row.doesNotFire) {
        it(`does not read "${page.title}" as a ${row.label}`, () => {
          expect(nonContractualKind(page.title, page.body)?.kind).not.toBe(row.kind);
        });
      }
    });
  }

  it('reads a contact list as information wherever it sits, but not a clause with a duty', () => {
    expect(isContactList('Jeevan Prakash Building, Tilak Marg, Ahmedabad – 380 001. Tel.: 079 - 25501201/02 Email: bimalokpal.ahmedabad@cioins.co.in')).toBe(true);
    expect(isContactList('You must call us on 0800 123 4567 within 24 hours of the theft.')).toBe(false);
    expect(isContactList('We will pay up to £1,000 for any one claim.')).toBe(false);
  });
});

let next = 0;
function clause(text: string, page: number, kind: LayoutClause['kind'] = 'paragraph'): LayoutClause {
  next += 1;
  return { id: `c${next}`, kind, number: null, section: null, heading: null, headingPath: [], level: 0, text, pageStart: page, pageEnd: page, bboxes: [], fontSize: 10, bold: false };
}

describe('nonContractualMatter', () => {
  it('takes a titled page and the page that continues it, and leaves the policy pages', () => {
    const clauses = [
      clause('Customer Information Sheet', 1, 'heading'),
      clause('Title Description (please refer to the policy clause number)', 1),
      clause('What am I covered for: in-patient hospitalisation up to the sum insured.', 1),
      clause('Renewal conditions: lifelong renewal. Refer to the policy clause 5.10 for details.', 2),
      clause('Section 1 – Benefits', 3, 'heading'),
      clause('We will pay the medical expenses incurred during hospitalisation.', 3),
    ];
    const matter = nonContractualMatter(clauses);
    expect([...matter.keys()]).toEqual(clauses.slice(0, 4).map((c) => c.id));
  });
});
