import { describe, expect, it } from 'vitest';
import { buildLayout, heading, item, para, row } from '../dna/test-fixtures.js';
import { extractDefinitions } from './extract-definitions.js';

function byTerm(result: ReturnType<typeof extractDefinitions>, term: string) {
  const found = result.terms.find((t) => t.term === term);
  if (!found) throw new Error(`term '${term}' not found in ${result.terms.map((t) => t.term).join(', ')}`);
  return found;
}

describe('extractDefinitions styles', () => {
  it('reads quoted, colon, dash and plain "means" definitions under a Definitions heading', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('"Flood" means water entering the home from outside.'),
      para('\u2018Storm\u2019 means strong winds over 55 mph.'),
      para('Theft: means taking property dishonestly.'),
      para('Subsidence \u2013 downward movement of the ground.'),
      para('Heave means upward movement of the ground.'),
      heading('Section 1 Buildings'),
      para('We cover loss caused by Flood, Storm, Theft, Subsidence or Heave.'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.style, t.scope])).toEqual([
      ['Flood', 'quoted_means', 'policy'],
      ['Storm', 'quoted_means', 'policy'],
      ['Theft', 'colon_means', 'policy'],
      ['Subsidence', 'colon_means', 'policy'],
      ['Heave', 'other', 'policy'],
    ]);
    expect(byTerm(result, 'Flood').definition).toBe('water entering the home from outside.');
    expect(byTerm(result, 'Subsidence').definition).toBe('downward movement of the ground.');
    expect(byTerm(result, 'Flood').usedIn).toEqual(['c0008']);
    expect(byTerm(result, 'Flood').clauseId).toBe('c0002');
  });

  it('uses the bold run to find multi-word terms in a bold term list', () => {
    const layout = buildLayout([
      heading('Words with special meanings'),
      para('We use some words with special meanings. These are shown in bold.'),
      para('Accidental Damage Damage which has happened suddenly from an outside force.', { boldSpans: ['Accidental Damage'] }),
      para('British Isles The United Kingdom, Republic of Ireland and the Isle of Man.', { boldSpans: ['British Isles'] }),
      para('Excess : The amount you pay towards each claim.', { boldSpans: ['Excess :'] }),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.style])).toEqual([
      ['Accidental Damage', 'bold_list'],
      ['British Isles', 'bold_list'],
      ['Excess', 'colon_means'],
    ]);
    expect(byTerm(result, 'British Isles').definition).toBe('The United Kingdom, Republic of Ireland and the Isle of Man.');
  });

  it('includes lettered sub-items and continuation paragraphs in the definition', () => {
    const layout = buildLayout([
      heading('Meaning of words'),
      para('Buildings means the home and its:'),
      item('(a) walls, fences and gates;'),
      item('(b) fixed pipes and cables.'),
      para('Money means cash and bank notes.'),
    ]);
    const result = extractDefinitions(layout);
    expect(byTerm(result, 'Buildings').definition).toBe('the home and its: (a) walls, fences and gates; (b) fixed pipes and cables.');
    expect(byTerm(result, 'Money').definition).toBe('cash and bank notes.');
  });

  it('scopes a definitions list inside a section to that section', () => {
    const layout = buildLayout([
      heading('Section 3 Travel Delay'),
      heading('Definitions', 2),
      para('Scheduled departure means the time shown on your ticket.'),
      heading('Definitions that apply to section 4', 1),
      para('Carrier means an airline.'),
      heading('General definitions', 1),
      para('Trip means a journey.'),
    ]);
    const result = extractDefinitions(layout);
    expect(byTerm(result, 'Scheduled departure').scope).toBe('Section 3 Travel Delay definitions');
    expect(byTerm(result, 'Carrier').scope).toBe('Definitions that apply to section 4');
    expect(byTerm(result, 'Trip').scope).toBe('policy');
  });

  it('reads definition tables (label = term) and "In this policy X refers to"', () => {
    const layout = buildLayout([
      heading('Glossary'),
      row('Insured person', 'the person named on the certificate'),
      heading('Your cover'),
      para('In this policy, Home refers to the private dwelling at the address shown.'),
      para('In this section "you" means the policyholder only.'),
    ]);
    const result = extractDefinitions(layout);
    expect(byTerm(result, 'Insured person')).toMatchObject({ style: 'table', definition: 'the person named on the certificate', scope: 'policy' });
    expect(byTerm(result, 'Home')).toMatchObject({ style: 'refers_to', scope: 'policy', definition: 'the private dwelling at the address shown.' });
    expect(byTerm(result, 'you')).toMatchObject({ style: 'refers_to', scope: 'Your cover', definition: 'the policyholder only.' });
  });

  it('splits variants sharing one definition and strips numbering', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('Def. 1. Accident means a sudden, unforeseen and involuntary event.'),
      para('Serious injury, serious illness Means a critical condition.'),
      para('We/Us/Our: the insurer named in the schedule.'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => t.term)).toEqual(['Accident', 'Serious injury', 'serious illness', 'We', 'Us', 'Our']);
    expect(byTerm(result, 'Us').definition).toBe('the insurer named in the schedule.');
  });

  it('takes a bold term-only line as the term of the following clause', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('Valuables', { bold: true, boldSpans: ['Valuables'] }),
      para('Jewellery, watches and furs.'),
      para('Money', { bold: true, boldSpans: ['Money'] }),
      para('Cash and cheques.'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.definition])).toEqual([
      ['Valuables', 'Jewellery, watches and furs.'],
      ['Money', 'Cash and cheques.'],
    ]);
  });

  it('does not take sentences that merely use "means" as definitions', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('Flood means water.'),
      para('This means you must tell us.'),
      heading('Claims'),
      para('Doing this means we can pay quickly. Fraud means we may cancel.'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => t.term)).toEqual(['Flood']);
    // The "This means" line continues the Flood definition rather than defining "This".
    expect(result.terms[0].definition).toBe('water. This means you must tell us.');
  });
});

describe('extractDefinitions usages', () => {
  it('matches plurals and possessives on word boundaries, case-insensitively', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('valuable means jewellery or watches.'),
      para('property means anything you own.'),
      heading('Cover'),
      para('we pay for valuables and properties.'),
      para("the valuable's case is covered."),
      para('invaluable advice is not covered.'),
    ]);
    const result = extractDefinitions(layout);
    expect(byTerm(result, 'valuable').usedIn).toEqual(['c0005', 'c0006']);
    expect(byTerm(result, 'property').usedIn).toEqual(['c0005']);
  });

  it('counts only capitalised usages when the policy capitalises its defined terms', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('"Flood" means water from outside.'),
      para('"Home" means the dwelling.'),
      heading('Cover'),
      para('We cover Flood damage to the Home.'),
      para('We cover the Home against Flood.'),
      para('Your Home is covered for Flood.'),
      para('a flood of letters reached home.'),
    ]);
    const result = extractDefinitions(layout);
    expect(byTerm(result, 'Flood').usedIn).toEqual(['c0005', 'c0006', 'c0007']);
    expect(byTerm(result, 'Home').usedIn).toEqual(['c0005', 'c0006', 'c0007']);
  });

  it('prefers the longest term at a position', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('Accidental Damage means sudden damage.'),
      para('Damage means physical harm.'),
      heading('Cover'),
      para('We cover Accidental Damage.'),
      para('We cover Damage.'),
    ]);
    const result = extractDefinitions(layout);
    expect(byTerm(result, 'Accidental Damage').usedIn).toEqual(['c0005']);
    // c0003 is Damage's own clause; the lower-case 'damage' in c0002 does not count in a capitalising policy.
    expect(byTerm(result, 'Damage').usedIn).toEqual(['c0006']);
  });

  // Speed is for benchmarks (shared machines make timings noisy); this checks the result at scale.
  it('handles 3,000 clauses and 200 terms', () => {
    const specs = [heading('Definitions')];
    for (let i = 0; i < 200; i++) specs.push(para(`Term${i} Thing means item number ${i}.`));
    specs.push(heading('Cover'));
    for (let i = 0; i < 2800; i++) specs.push(para(`We cover Term${i % 200} Thing and Term${(i * 7) % 200} Thing against loss, subject to the limits shown in the schedule.`));
    const layout = buildLayout(specs);
    const result = extractDefinitions(layout);
    expect(result.terms).toHaveLength(200);
    expect(result.terms[0].usedIn.length).toBe(14);
  });
});

describe('extractDefinitions regressions from real wordings', () => {
  it('cleans "means" and colons off term headings, and keeps lower-case "includes" sub-items in the definition', () => {
    const layout = buildLayout([
      heading('Section A. Other important terms you should know'),
      heading('Definitions', 2),
      heading('Critical Illness means', 3),
      para('any of the illnesses listed below.'),
      para('Communicable Disease: any disease where:'),
      item('1) the substance or agent includes a virus;'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.scope])).toEqual([
      ['Critical Illness', 'policy'],
      ['Communicable Disease', 'policy'],
    ]);
    expect(byTerm(result, 'Communicable Disease').definition).toBe('any disease where: 1) the substance or agent includes a virus;');
  });
});

describe('extractDefinitions: definitions glued together or split apart by layout', () => {
  it('splits a clause that holds two quoted definitions', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('"Travelling companion" means a person who has booked to travel with you. "Unattended" means not within your sight and not within reach at the time of the loss.'),
      heading('Section 3 Baggage'),
      para('We will not pay for baggage left Unattended.'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.definition])).toEqual([
      ['Travelling companion', 'a person who has booked to travel with you.'],
      ['Unattended', 'not within your sight and not within reach at the time of the loss.'],
    ]);
    expect(byTerm(result, 'Unattended')).toMatchObject({ clauseId: 'c0002', usedIn: ['c0004'] });
  });

  it('splits "Term: means" and bold terms that start a new sentence inside a definition', () => {
    const layout = buildLayout([
      heading('Words with special meanings'),
      para('British Isles The United Kingdom and the Isle of Man. Buildings The home and its walls, fences and gates.', { boldSpans: ['British Isles', 'Buildings', 'home'] }),
      para('Partner: means someone you live with. Period of insurance – means the period shown on your schedule.'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.definition])).toEqual([
      ['British Isles', 'The United Kingdom and the Isle of Man.'],
      ['Buildings', 'The home and its walls, fences and gates.'],
      ['Partner', 'someone you live with.'],
      ['Period of insurance', 'the period shown on your schedule.'],
    ]);
  });

  it('reads a restated term as more of its own definition, not as a second definition', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('Contents Household items that you own.', { boldSpans: ['Contents'] }),
      para("Contents doesn't mean the following:", { boldSpans: ['Contents'] }),
      item('any living creature.'),
      para('Outbuildings Sheds and greenhouses.', { boldSpans: ['Outbuildings'] }),
      para('Outbuildings are not:', { boldSpans: ['Outbuildings'] }),
      item('inflatable structures.'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.definition])).toEqual([
      ['Contents', "Household items that you own. Contents doesn't mean the following: any living creature."],
      ['Outbuildings', 'Sheds and greenhouses. Outbuildings are not: inflatable structures.'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a bold term that opens the list a definition announces inside that definition', () => {
    const layout = buildLayout([
      heading('Meanings of defined terms'),
      heading('Contents', 2),
      para('Household goods. The following items are not included in this definition:'),
      heading('Vehicles or craft', 2),
      para('Any living creature.'),
      heading('Money', 2),
      para('Coins and bank notes.'),
      heading('Vehicles or craft', 2),
      para('Electrically propelled vehicles, boats and aircraft.'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.definition])).toEqual([
      ['Contents', 'Household goods. The following items are not included in this definition: Vehicles or craft Any living creature.'],
      ['Money', 'Coins and bank notes.'],
      ['Vehicles or craft', 'Electrically propelled vehicles, boats and aircraft.'],
    ]);
  });

  it('gives a term heading its wording even when the wording itself reads like "X includes Y"', () => {
    const layout = buildLayout([
      heading('Meanings of defined terms'),
      heading('Policy', 2),
      para('Your policy booklet and most recent schedule which includes any endorsement(s).'),
      para('First Heart Attack: :', { boldSpans: ['First Heart Attack'] }),
      para('The first occurrence of myocardial infarction which means the death of a portion of the heart muscle.'),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.definition])).toEqual([
      ['Policy', 'Your policy booklet and most recent schedule which includes any endorsement(s).'],
      ['First Heart Attack', 'The first occurrence of myocardial infarction which means the death of a portion of the heart muscle.'],
    ]);
  });

  it('joins a term that wrapped onto the next line of a two-column list, and skips bold words used in sentences', () => {
    const layout = buildLayout([
      heading('Definitions'),
      para('We use some words with special meanings.', { boldSpans: ['We'] }),
      para('Accidental Sudden and unexpected physical breakage that', { boldSpans: ['Accidental'] }),
      para('Breakage can be seen.', { boldSpans: ['Breakage'] }),
      para('Contents Household goods including:', { boldSpans: ['Contents'] }),
      item('pedal cycles;'),
      item('money;', { boldSpans: ['money'] }),
      para('Money Current legal tender.', { boldSpans: ['Money'] }),
    ]);
    const result = extractDefinitions(layout);
    expect(result.terms.map((t) => [t.term, t.definition])).toEqual([
      ['Accidental Breakage', 'Sudden and unexpected physical breakage that can be seen.'],
      ['Contents', 'Household goods including: pedal cycles; money;'],
      ['Money', 'Current legal tender.'],
    ]);
  });
});
