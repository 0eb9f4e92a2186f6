import { describe, expect, it } from 'vitest';
import { exceptionEdits, readBreadth } from './scope-breadth.js';

const clause = { skipExceptions: true, readNumbers: false };
const definition = { skipExceptions: false, readNumbers: true };

describe('readBreadth: what an edited wording reaches', () => {
  it('items added to a list widen, items removed narrow', () => {
    expect(
      readBreadth(
        'We will not pay for expenses related to sterility and infertility.',
        'We will not pay for expenses related to sterility, infertility and contraception.',
        clause,
      ).breadth,
    ).toBe('wider');
    expect(
      readBreadth(
        'We will not pay for liability arising from the use of any vehicle, aircraft or watercraft.',
        'We will not pay for liability arising from the use of any vehicle or aircraft.',
        clause,
      ).breadth,
    ).toBe('narrower');
  });

  it('opening words gained widen ("any", "however", "whether or not"); confining ones gained narrow', () => {
    expect(readBreadth('"Flood" means a sudden and unexpected inundation of water.', '"Flood" means any inundation of water.', definition).breadth).toBe('wider');
    expect(
      readBreadth(
        'We do not cover damage while it is being worked on, where the damage results from the work.',
        'We do not cover damage while it is being worked on, however the damage is caused.',
        clause,
      ).breadth,
    ).toBe('wider');
    expect(readBreadth('Loss caused by any person lawfully in the home.', 'Loss caused only by you.', clause).breadth).toBe('narrower');
  });

  it('a modifier slipped into a phrase narrows it, whatever conjunction joins it', () => {
    expect(readBreadth('Theft from an unattended vehicle.', 'Theft from an unattended and unlocked vehicle.', clause).breadth).toBe('narrower');
    expect(readBreadth('A person licensed to practise medicine.', 'A person licensed to practise western medicine.', definition).breadth).toBe('narrower');
  });

  it('inside an exception everything reads the other way round', () => {
    expect(
      readBreadth('We will not pay for any animal other than a cat, horse or domestic dog.', 'We will not pay for any animal other than a cat or domestic dog.', clause)
        .breadth,
    ).toBe('wider');
    expect(
      readBreadth('"Contents" means household goods. Contents does not include vehicles or money.', '"Contents" means household goods. Contents does not include vehicles, boats or money.', definition)
        .breadth,
    ).toBe('narrower');
  });

  it('reads a moved bound by its sense when asked to', () => {
    expect(readBreadth('"Storm" means wind speeds of at least 47 knots.', '"Storm" means wind speeds of at least 55 knots.', definition).breadth).toBe('narrower');
    expect(readBreadth('"Unoccupied" means not lived in for more than 60 days in a row.', '"Unoccupied" means not lived in for more than 30 days in a row.', definition).breadth).toBe(
      'wider',
    );
    expect(readBreadth('Any condition treated within 36 months prior to the policy.', 'Any condition treated within 48 months prior to the policy.', definition).breadth).toBe('wider');
    expect(readBreadth('Cover for items over 15 years old.', 'Cover for items over 10 years old.', clause).breadth).toBe('unknown');
  });

  it('rewording without a list, a qualifier or a bound says nothing; nor do drafting synonyms', () => {
    expect(readBreadth('You must tell us in the event that the home is empty.', 'You must tell us if the home is empty.', clause).breadth).toBe('unknown');
    expect(readBreadth('We will pay for damage caused by flood.', 'We will pay for damage caused by flood anywhere at the home.', clause).breadth).toBe('unknown');
    expect(readBreadth('A registration from a council of any state or the Commission.', 'A registration from a council of any state, the Commission or a board of AYUSH medicine.', definition).breadth).toBe(
      'wider',
    );
  });

  it('leaves added or removed exceptions to the carve-out rules, and lists them', () => {
    const a = 'We will not pay for wear and tear or gradual deterioration.';
    const b = 'We will not pay for wear and tear or gradual deterioration, but we do cover any resulting damage.';
    expect(readBreadth(a, b, clause).breadth).toBe('unknown');
    expect(exceptionEdits(a, b)).toEqual({ added: [', but we do cover any resulting damage'], removed: [] });
    expect(exceptionEdits(b, a).removed).toHaveLength(1);
  });
});
