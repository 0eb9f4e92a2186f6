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

  it('"loss or damage" is one head noun: stating it where a list number stood widens nothing', () => {
    expect(readBreadth('Item 4 riots and civil commotion.', 'Item loss or damage caused by riot and civil commotion.', clause).breadth).toBe('unknown');
    expect(readBreadth('Hired equipment.', 'Loss of or damage to hired equipment.', clause).breadth).toBe('unknown');
    // A real alternative still opens the scope.
    expect(readBreadth('Theft of bicycles.', 'Theft or loss of bicycles.', clause).breadth).toBe('wider');
  });

  it('"damage or loss" is the same head noun turned round: all damage cut to accidental damage narrows', () => {
    expect(readBreadth('Loss or damage including accidental damage to the buildings.', 'Accidental damage or loss to the buildings.', clause).breadth).toBe('narrower');
    expect(readBreadth('Loss or damage to the buildings.', 'Damage or loss to the buildings.', clause).breadth).toBe('unknown');
  });

  it('items replaced by as many others reword a list: more words are not more items', () => {
    const a = 'Migration means the right to transfer the credit gained for pre-existing conditions and time bound exclusions, with the same insurer.';
    const b = 'Migration means a facility to transfer the credits gained for pre-existing diseases and specific waiting periods from one policy to another with the same insurer.';
    expect(readBreadth(a, b, definition).breadth).toBe('unknown');
    // One more item among the replaced ones still widens.
    expect(readBreadth('Cover for fire and theft.', 'Cover for fire, flood and storm.', clause).breadth).toBe('wider');
  });

  it('a word that leaves one stretch and comes back in another moved: the sentence turned round', () => {
    expect(readBreadth('The plan cannot be cancelled, and no refund of premium will be made.', 'The plan cannot be cancelled, and the premium will not be refunded.', clause).breadth).toBe('unknown');
    expect(readBreadth('"Premises" means the location shown in the schedule at which you carry on the business.', '"Premises" means the location at which you carry on the business, as shown in the schedule.', definition).breadth).toBe('unknown');
    expect(readBreadth('"Journey" means a trip that ends at the end of the period of insurance.', '"Journey" means a trip that ends when the period of insurance ends.', definition).breadth).toBe('unknown');
    // A word that is really new still counts.
    expect(readBreadth('Theft of bicycles.', 'Theft of bicycles in the garden or a locked shed.', clause).breadth).toBe('narrower');
  });

  it('a negation turned into an exception over the same words leaves out the same cases', () => {
    expect(readBreadth('"Subsidence" means downward movement of the ground which is not caused by the weight of the buildings.', '"Subsidence" means downward movement of the ground other than movement caused by the weight of the buildings.', definition).breadth).toBe('unknown');
    // An exception that is new is not a restatement.
    expect(readBreadth('"Subsidence" means downward movement of the ground.', '"Subsidence" means downward movement of the ground other than movement caused by the weight of the buildings.', definition).breadth).toBe('narrower');
  });

  it('"provided to" names who receives something; only the conjunction "provided (that)" confines', () => {
    expect(readBreadth('Portability means the right accorded to policyholders.', 'Portability means a facility provided to policyholders.', definition).breadth).toBe('unknown');
    expect(readBreadth('We will pay for the repair.', 'We will pay for the repair provided you tell us first.', clause).breadth).toBe('narrower');
  });

  it('a modifier slipped into a phrase narrows it, whatever conjunction joins it', () => {
    expect(readBreadth('Theft from an unattended vehicle.', 'Theft from an unattended and unlocked vehicle.', clause).breadth).toBe('narrower');
    expect(readBreadth('A person licensed to practise medicine.', 'A person licensed to practise western medicine.', definition).breadth).toBe('narrower');
  });

  it('a word that only names the document is no modifier ("your schedule" → "your policy schedule")', () => {
    const a = 'We will pay up to the contents sum insured shown in your schedule for any one claim.';
    expect(readBreadth(a, a.replace('your schedule', 'your policy schedule'), clause).breadth).toBe('unknown');
  });

  it('a phrase that places or attributes what it follows narrows it, whatever "or" it holds', () => {
    expect(readBreadth('Death or illness of any person not an employee of either you or your family.', 'Death or illness of any person.', clause).breadth).toBe('wider');
    expect(readBreadth('Loss of any item.', 'Loss of any item not kept in a locked safe.', clause).breadth).toBe('narrower');
    expect(readBreadth('A person employed by you or your family to carry out domestic duties.', 'A person employed to carry out domestic duties.', definition).breadth).toBe('wider');
    expect(readBreadth('Theft of bicycles.', 'Theft of bicycles in the garden or a locked shed.', clause).breadth).toBe('narrower');
  });

  it('a cap on what is paid confines a grant ("the cost" → "up to the sum insured")', () => {
    expect(
      readBreadth('We will pay the cost to reinstate your buildings for any one claim.', 'We will pay up to the buildings sum insured shown in your schedule for any one claim.', clause).breadth,
    ).toBe('narrower');
  });

  it('proportional settlement (average) dropped widens, whatever cap wording replaces it; added it narrows', () => {
    const average =
      'If the amount shown on your schedule represents less than 100% of the full replacement value of your contents, we will settle the claim based on the proportion of the premium you paid compared to what you would have paid.';
    const cap = 'If the amount on your schedule represents less than 100% of the full replacement value of your contents, we will only pay you up to the contents sum insured.';
    expect(readBreadth(average, cap, clause).breadth).toBe('wider');
    expect(readBreadth(cap, average, clause).breadth).toBe('narrower');
    expect(readBreadth('We will pay the full cost of the claim.', 'We will pay the claim, but average will apply if you are underinsured.', clause).breadth).toBe('narrower');
  });

  it('qualifiers dropped on one side and items added on the other cancel out', () => {
    expect(
      readBreadth(
        'A person employed by you or your family to carry out domestic duties and not employed by you or your family in connection with any business trade or profession.',
        'A person employed to carry out domestic duties and not employed by you in connection with any business, trade, profession or employment.',
        definition,
      ).breadth,
    ).toBe('unknown');
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

  it('compares a bound written in another unit in days (a month counts 30 days)', () => {
    const within = (period: string) => `"Pre-existing condition" means any illness treated within ${period} before the policy starts.`;
    expect(readBreadth(within('36 months'), within('3 years'), definition).breadth).toBe('unknown');
    expect(readBreadth(within('36 months'), within('4 years'), definition).breadth).toBe('wider');
    expect(readBreadth(within('2 years'), within('12 months'), definition).breadth).toBe('narrower');
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
