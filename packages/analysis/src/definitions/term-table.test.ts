import { describe, expect, it } from 'vitest';
import { buildLayout, heading, item, para, type ClauseSpec } from '../dna/test-fixtures.js';
import type { LayoutDocument } from '../types.js';
import { extractDefinitions } from './extract-definitions.js';
import { embeddedTermCell, splitTermCell } from './term-table.js';

/** Clauses set in the wording column of a term table start this far right of the term column. */
const WORDING_COLUMN_X = 200;

/** A clause that starts in the wording column (the fixtures put every clause at x = 50). */
function right(spec: ClauseSpec): ClauseSpec & { right: true } {
  return { ...spec, right: true };
}

function tableLayout(specs: (ClauseSpec & { right?: true })[]): LayoutDocument {
  const layout = buildLayout(specs);
  specs.forEach((spec, k) => {
    if (spec.right) layout.clauses[k].bboxes = layout.clauses[k].bboxes.map((b) => ({ ...b, x0: WORDING_COLUMN_X }));
  });
  return layout;
}

function definitionOf(layout: LayoutDocument, term: string): string {
  const found = extractDefinitions(layout).terms.find((t) => t.term === term);
  if (!found) throw new Error(`'${term}' not found in ${extractDefinitions(layout).terms.map((t) => t.term).join(', ')}`);
  return found.definition;
}

describe('splitTermCell', () => {
  it('cuts the term where the wording starts', () => {
    expect(splitTermCell('Family member The spouse, parent or child of the insured person.')).toEqual({
      term: 'Family member',
      definition: 'The spouse, parent or child of the insured person.',
    });
    expect(splitTermCell('Injury Bodily harm caused solely by an accident.')?.term).toBe('Injury');
    expect(splitTermCell('Region of travel Area A Brunei, Laos and Vietnam.')?.term).toBe('Region of travel');
    expect(splitTermCell('Pre-existing condition 1. Under the single trip plan, it means:')?.term).toBe('Pre-existing condition');
    expect(splitTermCell('Loss of Limb(s) The total and permanent loss of use of a hand or foot.')?.term).toBe('Loss of Limb(s)');
    expect(splitTermCell('We, us, our Example Insurance Limited, the insurer.')?.term).toBe('We, us, our');
  });

  it('refuses sentences and short labels', () => {
    expect(splitTermCell('The schedule forms part of the policy.')).toBeNull();
    expect(splitTermCell('We will pay the costs of your return home.')).toBeNull();
    expect(splitTermCell('Area B')).toBeNull();
    expect(splitTermCell('Cover applies worldwide. Claims must be made within 30 days.')).toBeNull();
  });
});

describe('definitions printed as a term table without bold', () => {
  const table = (): LayoutDocument =>
    tableLayout([
      heading('Definition of words'),
      para('Certain words have the same meaning wherever they are used in the policy.'),
      heading('Term Definition', 2),
      para('Accident A sudden and unexpected event which causes bodily injury to the insured person.'),
      para('Family member The spouse, parent, child, brother or sister of the insured person.'),
      para('Insured, you, your The person named as insured in the schedule. Insured person The person or people named in the schedule.'),
      para('Pre-existing condition 1. Under the single trip plan, it means:'),
      right(para('Any condition for which the insured person received treatment in the 12 months before the trip.')),
      right(item('Under the annual plan, it means:')),
      right(para('Any condition diagnosed before the period of insurance.')),
      heading('Term Definition', 2, { page: 2 }),
      right(para('The time between the start and the end of each trip.', { page: 2 })),
      para('Trip A journey outside the home country during the period of insurance.', { page: 2 }),
      heading('Section 1 Medical expenses'),
      para('We will pay for treatment of an Accident suffered by the insured person or a Family member.'),
    ]);

  it('reads each term from the term column', () => {
    const terms = extractDefinitions(table()).terms.map((t) => [t.term, t.style, t.scope]);
    expect(terms).toEqual([
      ['Accident', 'table', 'policy'],
      ['Family member', 'table', 'policy'],
      ['Insured', 'table', 'policy'],
      ['you', 'table', 'policy'],
      ['your', 'table', 'policy'],
      ['Insured person', 'table', 'policy'],
      ['Pre-existing condition', 'table', 'policy'],
      ['Trip', 'table', 'policy'],
    ]);
  });

  it('keeps wording-column lines and numbered sub-items with the open definition', () => {
    const layout = table();
    expect(definitionOf(layout, 'Pre-existing condition')).toBe(
      '1. Under the single trip plan, it means: Any condition for which the insured person received treatment in the 12 months before the trip. ' +
        'Under the annual plan, it means: Any condition diagnosed before the period of insurance. The time between the start and the end of each trip.',
    );
    expect(definitionOf(layout, 'Insured')).toBe('The person named as insured in the schedule.');
    expect(definitionOf(layout, 'Insured person')).toBe('The person or people named in the schedule.');
    expect(extractDefinitions(layout).terms.find((t) => t.term === 'Accident')?.usedIn).toEqual(['c0015']);
  });

  it('reads a two-column definitions section without a header row from its shape', () => {
    const layout = tableLayout([
      heading('Definitions'),
      para('Baggage Suitcases and the personal belongings packed in them.'),
      right(para('It does not include business equipment.')),
      para('Doctor A registered medical practitioner who is not related to you.'),
      para('Home Your usual place of residence in the home country.'),
      para('Excess The amount you pay towards each claim.'),
    ]);
    expect(extractDefinitions(layout).terms.map((t) => t.term)).toEqual(['Baggage', 'Doctor', 'Home', 'Excess']);
    expect(definitionOf(layout, 'Baggage')).toBe('Suitcases and the personal belongings packed in them. It does not include business equipment.');
  });

  it('does not take the right-hand column of a page set in two columns for a wording column', () => {
    const bold = (text: string, term: string) => para(text, { boldSpans: [term] });
    const layout = tableLayout([
      heading('Definitions'),
      bold('Accident A sudden, unforeseen event caused by external means.', 'Accident'),
      bold('Hospital Any institution established for in-patient care.', 'Hospital'),
      bold('Illness A sickness or disease that impairs normal health.', 'Illness'),
      right(bold('Network provider A hospital enlisted by us to provide cashless treatment.', 'Network provider')),
      right(bold('Room rent The amount charged by a hospital for room and board.', 'Room rent')),
      right(bold('Waiting period A period during which specified diseases are not covered.', 'Waiting period')),
    ]);
    expect(extractDefinitions(layout).terms.map((t) => t.term)).toEqual(['Accident', 'Hospital', 'Illness', 'Network provider', 'Room rent', 'Waiting period']);
  });

  it('leaves a definitions section of prose paragraphs alone', () => {
    const layout = tableLayout([
      heading('Definitions'),
      para('Flood means water escaping from rivers or the sea.'),
      para('This applies to every section. Cover Limits are shown in the schedule.'),
      para('Storm means winds of at least 55 knots.'),
    ]);
    expect(extractDefinitions(layout).terms.map((t) => t.term)).toEqual(['Flood', 'Storm']);
  });

  it('finds a term cell printed beside the middle of its wording', () => {
    const layout = tableLayout([
      heading('Term Definition'),
      para('Adult A person aged 18 or over at the start of the trip.'),
      para('A person who has booked to travel with the insured person for the Travel companion whole trip.'),
      heading('Section 2 Cancellation'),
      para('We will pay if your travel companion is injured.'),
      para('The travel companion must be named on the booking.'),
    ]);
    expect(definitionOf(layout, 'Travel companion')).toBe('A person who has booked to travel with the insured person for the whole trip.');
    expect(definitionOf(layout, 'Adult')).toBe('A person aged 18 or over at the start of the trip.');
  });

  it('gives a wording line printed above its term heading to that term', () => {
    const layout = tableLayout([
      heading('Term Definition'),
      para('Terminal illness A diagnosis of an illness expected to result in death within 12 months.', { boldSpans: ['Terminal illness'] }),
      right(para('A person who has booked to travel with the insured person for the')),
      heading('Travel companion', 2),
      right(para('whole trip.')),
      para('Trip A journey outside the home country.', { boldSpans: ['Trip'] }),
    ]);
    expect(definitionOf(layout, 'Terminal illness')).toBe('A diagnosis of an illness expected to result in death within 12 months.');
    expect(definitionOf(layout, 'Travel companion')).toBe('A person who has booked to travel with the insured person for the whole trip.');
  });

  it('reads a bold term whose second line did not come out bold', () => {
    const layout = tableLayout([
      heading('Definitions'),
      para('Acute onset of a pre-existing medical condition Refers to a sudden deterioration of a known condition.', {
        boldSpans: ['Acute onset of a pre-existing'],
      }),
    ]);
    expect(extractDefinitions(layout).terms.map((t) => t.term)).toEqual(['Acute onset of a pre-existing medical condition']);
    expect(definitionOf(layout, 'Acute onset of a pre-existing medical condition')).toBe('a sudden deterioration of a known condition.');
  });
});

describe('embeddedTermCell', () => {
  it('takes only a phrase the policy uses elsewhere, and only one', () => {
    const uses = (phrase: string) => (phrase.toLowerCase() === 'travel companion' ? 3 : 0);
    expect(embeddedTermCell('A person travelling with the insured person on the Travel companion trip.', uses)?.term).toBe('Travel companion');
    expect(embeddedTermCell('A person travelling with the insured person on the Travel companion trip.', () => 0)).toBeNull();
    expect(embeddedTermCell('A flight from London to Paris or Rome.', () => 5)).toBeNull();
  });
});
