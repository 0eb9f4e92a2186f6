import { changeSchema, definitionChangeSchema, keyFigureSchema } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../alignment/align-clauses.js';
import { type ClauseSpec, type DocumentSpec, buildDocument } from '../alignment/test-fixtures.js';
import type { AlignmentResult, MoneyAmount, Period } from '../types.js';
import { interpretDeltas } from './interpret-deltas.js';

function compare(specA: DocumentSpec | ClauseSpec[], specB: DocumentSpec | ClauseSpec[]) {
  const a = buildDocument(specA);
  const b = buildDocument(specB);
  const result = interpretDeltas(a, b, alignClauses(a, b));
  for (const change of result.changes) changeSchema.parse(change);
  for (const d of result.definitions) definitionChangeSchema.parse(d);
  for (const k of result.keyFigures) keyFigureSchema.parse(k);
  return result;
}

function money(value: number, role: MoneyAmount['role'], subject: string | null, basis: MoneyAmount['basis'] = null): MoneyAmount {
  return { value, currency: 'GBP', raw: `£${value.toLocaleString('en-GB')}`, role, basis, subject };
}

function period(value: number, role: Period['role']): Period {
  return { value, unit: 'day', days: value, raw: `${value} days`, role };
}

const FIRE = 'We will pay for loss or damage to the buildings caused by fire, lightning, explosion or earthquake.';
const THEFT_EXCL = 'We will not pay for theft or attempted theft from any part of the home that is lent, let or sublet.';
const GRANT = { type: 'coverage_grant', coverArea: 'Buildings' } as const;

describe('interpretDeltas: added and removed clauses', () => {
  it('a new exclusion is added, narrower and high materiality', () => {
    const newExclusion = 'We will not pay for loss or damage caused by wear and tear, rot, fungus or gradual deterioration.';
    const result = compare(
      [{ text: FIRE, ...GRANT }],
      [{ text: FIRE, ...GRANT }, { text: newExclusion, type: 'exclusion', coverArea: 'Buildings' }],
    );
    const added = result.changes.find((c) => c.status === 'added')!;
    expect(added).toMatchObject({ status: 'added', clause_type: 'exclusion', direction: 'narrower', materiality: 'high', a: null });
    expect(added.deltas).toHaveLength(1);
    expect(added.deltas[0]).toMatchObject({ type: 'clause_added', direction: 'narrower', from: null });
    expect(added.b).toMatchObject({ clause_id: 'c0002', page_start: 1, page_end: 1 });
    expect(added.diff).toEqual([{ op: 'insert', text: newExclusion }]);
    expect(result.changes.find((c) => c.a?.clause_id === 'c0001')).toMatchObject({ status: 'unchanged', diff: [], deltas: [] });
  });

  it('a removed exclusion is broader; a removed cover grant is narrower; an added condition is narrower', () => {
    const cover = 'We will pay for accidental damage to televisions, audio and video equipment in the home.';
    const condition = 'You must keep all doors and windows locked whenever the home is left unattended.';
    const result = compare(
      [{ text: FIRE, ...GRANT }, { text: THEFT_EXCL, type: 'exclusion' }, { text: cover, type: 'coverage_grant' }],
      [{ text: FIRE, ...GRANT }, { text: condition, type: 'condition' }],
    );
    const byText = (t: string) => result.changes.find((c) => (c.a ?? c.b)!.text === t)!;
    expect(byText(THEFT_EXCL)).toMatchObject({ status: 'removed', direction: 'broader', b: null });
    expect(byText(THEFT_EXCL).deltas[0].type).toBe('clause_removed');
    expect(byText(cover)).toMatchObject({ status: 'removed', direction: 'narrower' });
    expect(byText(condition)).toMatchObject({ status: 'added', direction: 'narrower' });
  });
});

describe('interpretDeltas: what a whole limit or definition clause means', () => {
  it('a removed limit clause that grants cover loses that cover; an added bare cap restricts it', () => {
    const marquees = 'We will pay up to £1,000 for loss of or damage to marquees hired for a family event at the home.';
    const cap = 'The most we will pay for all claims arising from one event under this section is £25,000.';
    const result = compare(
      [{ text: FIRE, ...GRANT }, { text: marquees, type: 'sublimit' }],
      [{ text: FIRE, ...GRANT }, { text: cap, type: 'limit' }],
    );
    expect(result.changes.find((c) => c.a?.text === marquees)).toMatchObject({ status: 'removed', direction: 'narrower' });
    expect(result.changes.find((c) => c.b?.text === cap)).toMatchObject({ status: 'added', direction: 'narrower' });
  });

  it('an added sub-limit without grant wording is narrower; a removed definition is neutral on its own', () => {
    const sublimit = 'Cover for jewellery and watches kept in a bank safe deposit box is subject to a separate limit per item.';
    const definition = '"Money" means cash, cheques, postal orders and current postage stamps held for private purposes.';
    const result = compare(
      [{ text: FIRE, ...GRANT }, { text: definition, type: 'definition' }],
      [{ text: FIRE, ...GRANT }, { text: sublimit, type: 'sublimit' }],
    );
    expect(result.changes.find((c) => c.b?.text === sublimit)).toMatchObject({ status: 'added', direction: 'narrower' });
    expect(result.changes.find((c) => c.a?.text === definition)).toMatchObject({ status: 'removed', direction: 'neutral' });
  });
});

describe('interpretDeltas: scope and carve-outs follow the clause polarity', () => {
  const EXCL_A = 'We will not pay for loss or damage caused by frost or by storm to gates, hedges and fences.';
  const EXCL_B = 'We will not pay for loss or damage caused by frost, flood or by storm to gates, hedges and fences.';

  it('an exclusion widened by a peril is narrower cover', () => {
    const result = compare(
      [{ text: EXCL_A, type: 'exclusion', dna: { perils: ['frost', 'storm'] } }],
      [{ text: EXCL_B, type: 'exclusion', dna: { perils: ['frost', 'flood', 'storm'] } }],
    );
    const change = result.changes[0];
    expect(change.status).toBe('modified');
    expect(change.direction).toBe('narrower');
    expect(change.deltas).toHaveLength(1);
    expect(change.deltas[0]).toMatchObject({ type: 'scope_change', direction: 'narrower', from: null, to: 'flood' });
    expect(change.deltas[0].evidence.b_quote).toContain('flood');
    expect(change.materiality).toBe('high');
  });

  it('the same peril added to a cover grant is broader cover', () => {
    const result = compare(
      [{ text: EXCL_A.replace('will not pay', 'will pay'), ...GRANT, dna: { perils: ['frost', 'storm'] } }],
      [{ text: EXCL_B.replace('will not pay', 'will pay'), ...GRANT, dna: { perils: ['frost', 'flood', 'storm'] } }],
    );
    expect(result.changes[0].deltas[0]).toMatchObject({ type: 'scope_change', direction: 'broader' });
    expect(result.changes[0].direction).toBe('broader');
  });

  it('a carve-out added to an exclusion is broader cover; removed it is narrower', () => {
    const base = 'We will not pay for loss or damage caused by water escaping from a shower or bath';
    const carve = 'unless the damage was sudden and unforeseen';
    const withCarve = `${base}, ${carve}.`;
    const added = compare(
      [{ text: `${base}.`, type: 'exclusion' }],
      [{ text: withCarve, type: 'exclusion', dna: { carveOuts: [{ trigger: 'unless', text: carve }] } }],
    );
    expect(added.changes[0].deltas).toEqual([
      expect.objectContaining({ type: 'carve_out_change', direction: 'broader', from: null, to: carve }),
    ]);
    expect(added.changes[0].direction).toBe('broader');
    const removed = compare(
      [{ text: withCarve, type: 'exclusion', dna: { carveOuts: [{ trigger: 'unless', text: carve }] } }],
      [{ text: `${base}.`, type: 'exclusion' }],
    );
    expect(removed.changes[0].deltas[0]).toMatchObject({ type: 'carve_out_change', direction: 'narrower', from: carve, to: null });
  });
});

describe('interpretDeltas: numbers are paired by what they are', () => {
  it('a limit halved is a numeric_change, narrower, with from and to values', () => {
    const result = compare(
      [{ text: 'The most we will pay for any one claim for valuables is £10,000.', type: 'limit', dna: { amounts: [money(10000, 'limit', 'valuables', 'per_claim')] } }],
      [{ text: 'The most we will pay for any one claim for valuables is £5,000.', type: 'limit', dna: { amounts: [money(5000, 'limit', 'valuables', 'per_claim')] } }],
    );
    const change = result.changes[0];
    expect(change.deltas).toEqual([
      {
        type: 'numeric_change',
        direction: 'narrower',
        description: 'The valuables limit is reduced from £10,000 to £5,000.',
        from: '£10,000',
        to: '£5,000',
        evidence: {
          a_quote: 'The most we will pay for any one claim for valuables is £10,000.',
          b_quote: 'The most we will pay for any one claim for valuables is £5,000.',
        },
        rule: 'figure.amount-by-role',
        role: 'sublimit',
        polarity: null,
        why: 'valuables limit reduced £10,000 → £5,000 → narrower',
      },
    ]);
    // A limit on a named thing is an inner limit: low, a level up (medium) when it halves.
    expect(change).toMatchObject({ direction: 'narrower', materiality: 'medium', status: 'modified', rules: ['change.own-deltas'], why: 'valuables limit reduced £10,000 → £5,000 → narrower' });
  });

  it('the flood limit pairs with the flood limit even when the order of amounts changes', () => {
    const result = compare(
      [
        {
          text: 'We will pay up to £5,000 for storm damage and up to £10,000 for flood damage to outbuildings.',
          ...GRANT,
          dna: { amounts: [money(5000, 'sublimit', 'storm'), money(10000, 'sublimit', 'flood')] },
        },
      ],
      [
        {
          text: 'We will pay up to £5,000 for flood damage and up to £5,000 for storm damage to outbuildings.',
          ...GRANT,
          dna: { amounts: [money(5000, 'sublimit', 'flood'), money(5000, 'sublimit', 'storm')] },
        },
      ],
    );
    const numeric = result.changes[0].deltas.filter((d) => d.type === 'numeric_change');
    expect(numeric).toHaveLength(1);
    expect(numeric[0]).toMatchObject({ direction: 'narrower', from: '£10,000', to: '£5,000' });
    expect(numeric[0].description).toContain('flood');
  });

  it('flood pairs with flood by context when the DNA gives no subject', () => {
    const result = compare(
      [{ text: 'Storm damage is covered up to £2,000. Flood damage is covered up to £8,000.', ...GRANT, dna: { amounts: [money(2000, 'sublimit', null), money(8000, 'sublimit', null)] } }],
      [{ text: 'Flood damage is covered up to £4,000. Storm damage is covered up to £2,000.', ...GRANT, dna: { amounts: [money(4000, 'sublimit', null), money(2000, 'sublimit', null)] } }],
    );
    const numeric = result.changes[0].deltas.filter((d) => d.type === 'numeric_change');
    expect(numeric).toEqual([expect.objectContaining({ from: '£8,000', to: '£4,000', direction: 'narrower' })]);
  });

  it('an excess going up is narrower, going down broader', () => {
    const text = (v: string) => `You must pay the first ${v} of every claim for escape of water.`;
    const up = compare(
      [{ text: text('£250'), type: 'excess', dna: { amounts: [money(250, 'excess', 'escape of water')] } }],
      [{ text: text('£500'), type: 'excess', dna: { amounts: [money(500, 'excess', 'escape of water')] } }],
    );
    expect(up.changes[0].deltas[0]).toMatchObject({ type: 'numeric_change', direction: 'narrower', from: '£250', to: '£500' });
    expect(up.changes[0].materiality).toBe('high');
    const down = compare(
      [{ text: text('£500'), type: 'excess', dna: { amounts: [money(500, 'excess', 'escape of water')] } }],
      [{ text: text('£250'), type: 'excess', dna: { amounts: [money(250, 'excess', 'escape of water')] } }],
    );
    expect(down.changes[0].direction).toBe('broader');
  });

  it('a waiting period from 30 to 90 days is a narrower temporal_change', () => {
    const text = (d: number) => `No benefit is payable for any illness which first shows itself within ${d} days of the start date.`;
    const result = compare(
      [{ text: text(30), type: 'waiting_period', dna: { periods: [period(30, 'waiting_period')] } }],
      [{ text: text(90), type: 'waiting_period', dna: { periods: [period(90, 'waiting_period')] } }],
    );
    expect(result.changes[0].deltas).toEqual([
      expect.objectContaining({ type: 'temporal_change', direction: 'narrower', from: '30 days', to: '90 days' }),
    ]);
    expect(result.changes[0].materiality).toBe('high');
  });

  it('the same period written in other units ("12 months" → "1 year") is no temporal change', () => {
    const text = (p: string) => `No benefit is payable for any illness which first shows itself within ${p} of the start date.`;
    const months: Period = { value: 12, unit: 'month', days: 360, raw: '12 months', role: 'waiting_period' };
    const year: Period = { value: 1, unit: 'year', days: 365, raw: '1 year', role: 'waiting_period' };
    const result = compare(
      [{ text: text('12 months'), type: 'waiting_period', dna: { periods: [months] } }],
      [{ text: text('1 year'), type: 'waiting_period', dna: { periods: [year] } }],
    );
    expect(result.changes[0].deltas.map((d) => d.type)).not.toContain('temporal_change');
  });

  it('a shorter notice period is narrower', () => {
    const text = (d: number) => `You must tell us about any claim within ${d} days of discovering the loss or damage.`;
    const result = compare(
      [{ text: text(60), type: 'claims_procedure', dna: { periods: [period(60, 'notice')] } }],
      [{ text: text(30), type: 'claims_procedure', dna: { periods: [period(30, 'notice')] } }],
    );
    expect(result.changes[0].deltas[0]).toMatchObject({ type: 'temporal_change', direction: 'narrower' });
  });
});

describe('interpretDeltas: strictness and burden', () => {
  it('"as soon as possible" becoming "immediately" is stricter', () => {
    const text = (t: string) => `You must tell the police ${t} if property is lost, stolen or maliciously damaged.`;
    const result = compare(
      [{ text: text('as soon as possible'), type: 'claims_procedure' }],
      [{ text: text('immediately'), type: 'claims_procedure' }],
    );
    expect(result.changes[0].deltas).toEqual([
      expect.objectContaining({ type: 'strictness_change', direction: 'narrower', from: 'as soon as possible', to: 'immediately' }),
    ]);
  });

  it('"should" becoming "must" is stricter; losing "reasonable" is stricter', () => {
    const result = compare(
      [{ text: 'You should take all reasonable steps to prevent loss or damage to the property insured.', type: 'condition' }],
      [{ text: 'You must take all steps to prevent loss or damage to the property insured.', type: 'condition' }],
    );
    const deltas = result.changes[0].deltas;
    expect(deltas.map((d) => [d.type, d.direction])).toEqual([
      ['strictness_change', 'narrower'],
      ['strictness_change', 'narrower'],
    ]);
    expect(result.changes[0].direction).toBe('narrower');
  });

  it('a new obligation on the insured is a narrower burden shift', () => {
    const a = 'You must keep the property in a good state of repair.';
    const b = 'You must keep the property in a good state of repair and have the boiler serviced every year.';
    const result = compare(
      [{ text: a, type: 'condition', dna: { obligations: ['keep the property in a good state of repair'] } }],
      [{ text: b, type: 'condition', dna: { obligations: ['keep the property in a good state of repair', 'have the boiler serviced every year'] } }],
    );
    expect(result.changes[0].deltas).toEqual([
      expect.objectContaining({ type: 'burden_shift_change', direction: 'narrower', to: 'have the boiler serviced every year' }),
    ]);
  });

  it('deltas that disagree make the change ambiguous', () => {
    const result = compare(
      [{ text: 'We will pay up to £1,000 for garden plants, subject to an excess of £100.', ...GRANT, dna: { amounts: [money(1000, 'sublimit', 'garden plants'), money(100, 'excess', null)] } }],
      [{ text: 'We will pay up to £2,000 for garden plants, subject to an excess of £250.', ...GRANT, dna: { amounts: [money(2000, 'sublimit', 'garden plants'), money(250, 'excess', null)] } }],
    );
    expect(result.changes[0].deltas.map((d) => d.direction).sort()).toEqual(['broader', 'narrower']);
    expect(result.changes[0].direction).toBe('ambiguous');
  });
});

describe('interpretDeltas: wording and formatting', () => {
  it('cosmetic rewording is wording_only, neutral and low', () => {
    const result = compare(
      [{ text: 'We will pay for loss of or damage to your contents caused by fire or smoke while they are in the home.', ...GRANT }],
      [{ text: 'We will pay for loss of or damage to your contents which is caused by fire or smoke whilst they are in your home.', ...GRANT }],
    );
    const change = result.changes[0];
    expect(change.status).toBe('modified');
    expect(change.deltas).toEqual([expect.objectContaining({ type: 'wording_only', direction: 'neutral' })]);
    expect(change).toMatchObject({ direction: 'neutral', materiality: 'low' });
    expect(change.materiality_score).toBeLessThan(0.35);
  });

  it('pure formatting differences are unchanged with an empty diff', () => {
    const result = compare(
      [{ text: 'The insured’s “sub-limit” applies to each claim.', type: 'sublimit' }],
      [{ text: 'The Insured\'s "sublimit"   applies to each claim.', type: 'sublimit' }],
    );
    expect(result.changes).toEqual([expect.objectContaining({ status: 'unchanged', diff: [], deltas: [], direction: 'neutral' })]);
  });

  it('an unchanged clause that moved keeps status moved', () => {
    const others = [
      'We will pay for loss or damage caused by storm or flood.',
      'We will pay for loss or damage caused by theft or attempted theft.',
      'We will pay for loss or damage caused by subsidence or heave of the site.',
    ];
    const result = compare(
      [{ text: FIRE }, ...others.map((text) => ({ text }))],
      [...others.map((text) => ({ text })), { text: FIRE }],
    );
    expect(result.changes.find((c) => c.a?.text === FIRE)).toMatchObject({ status: 'moved', deltas: [], diff: [] });
  });

  it('headings and table-of-contents lines produce no changes of their own', () => {
    const result = compare(
      { clauses: [{ text: 'Contents: Section 1 ..... 3', page: 1 }, { text: 'Section 1 Your buildings', type: 'heading', page: 2 }, { text: FIRE, page: 2 }], tocPages: [1] },
      [{ text: 'Part A: Buildings cover', type: 'heading' }, { text: FIRE }],
    );
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ status: 'unchanged' });
  });
});

describe('interpretDeltas: definitions', () => {
  const FLOOD_A = '"Flood" means water entering the home from rivers or the sea.';
  const FLOOD_B = '"Flood" means water entering the home from rivers, the sea or surface water run-off.';
  const FLOOD_COVER = 'We will pay for loss or damage to the buildings caused by flood, storm or lightning.';
  const FLOOD_COVER_B = 'We will pay for loss or damage to the buildings caused by flood, storm or lightning anywhere at the home.';

  it('reports a changed definition, its direction from where the term is used, and the impacted changes', () => {
    const result = compare(
      {
        clauses: [
          { text: FLOOD_A, type: 'definition', dna: { perils: ['rivers', 'sea'] } },
          { text: FLOOD_COVER, ...GRANT, dna: { definedTerms: ['Flood'] } },
        ],
        terms: [{ term: 'Flood', definition: 'water entering the home from rivers or the sea', clause: 0, usedIn: [1] }],
      },
      {
        clauses: [
          { text: FLOOD_B, type: 'definition', dna: { perils: ['rivers', 'sea', 'surface water run-off'] } },
          { text: FLOOD_COVER_B, ...GRANT, dna: { definedTerms: ['Flood'] } },
        ],
        terms: [{ term: 'Flood', definition: 'water entering the home from rivers, the sea or surface water run-off', clause: 0, usedIn: [1] }],
      },
    );
    expect(result.definitions).toEqual([
      {
        term: 'Flood',
        status: 'changed',
        a_text: 'water entering the home from rivers or the sea',
        b_text: 'water entering the home from rivers, the sea or surface water run-off',
        direction: 'broader',
        impacted_change_ids: [result.changes[1].id],
      },
    ]);
    const definition = result.changes[0];
    expect(definition.deltas[0]).toMatchObject({ type: 'definition_change', direction: 'broader' });
    const cover = result.changes[1];
    expect(cover.deltas.map((d) => d.type)).toEqual(['wording_only', 'definition_dependency_change']);
    expect(cover.deltas[1].direction).toBe('broader');
    // The change is the definition's, flagged there; the cover only reworded is not flagged again.
    expect(definition.materiality).not.toBe('low');
    expect(cover.materiality).toBe('low');
  });

  it('a definition used by covers and exclusions alike follows the covers; a new term is listed as added', () => {
    const result = compare(
      {
        clauses: [
          { text: FLOOD_A, type: 'definition', dna: { perils: ['rivers', 'sea'] } },
          { text: FLOOD_COVER, ...GRANT },
          { text: 'We will not pay for flood damage to fences, gates and hedges.', type: 'exclusion' },
        ],
        terms: [{ term: 'Flood', definition: 'water from rivers or the sea', clause: 0, usedIn: [1, 2] }],
      },
      {
        clauses: [
          { text: FLOOD_B, type: 'definition', dna: { perils: ['rivers', 'sea', 'surface water run-off'] } },
          { text: FLOOD_COVER, ...GRANT },
          { text: 'We will not pay for flood damage to fences, gates and hedges.', type: 'exclusion' },
          { text: '"Home" means the private dwelling at the address shown in the schedule.', type: 'definition' },
        ],
        terms: [
          { term: 'Flood', definition: 'water from rivers, the sea or surface water', clause: 0, usedIn: [1, 2] },
          { term: 'Home', definition: 'the private dwelling at the address shown in the schedule', clause: 3, usedIn: [] },
        ],
      },
    );
    const flood = result.definitions.find((d) => d.term === 'Flood')!;
    expect(flood.direction).toBe('broader');
    expect(flood.impacted_change_ids).toHaveLength(2);
    expect(result.definitions.find((d) => d.term === 'Home')).toMatchObject({ status: 'added', a_text: null });
  });
});

describe('interpretDeltas: key figures', () => {
  it('pairs key figures by category and label with change and direction', () => {
    const fig = (label: string, category: 'limit' | 'excess' | 'premium', value: number) => ({
      label,
      category,
      value,
      currency: 'GBP',
      text: `£${value.toLocaleString('en-GB')}`,
      page: 1,
      clauseId: 'c0001',
    });
    const result = compare(
      { clauses: [{ text: FIRE }], keyFigures: [fig('Contents sum insured', 'limit', 50000), fig('Standard excess', 'excess', 100), fig('Annual premium', 'premium', 300)] },
      { clauses: [{ text: FIRE }], keyFigures: [fig('Standard excess', 'excess', 250), fig('Contents sum insured', 'limit', 60000), fig('Annual premium', 'premium', 330)] },
    );
    const byLabel = Object.fromEntries(result.keyFigures.map((k) => [k.label, k]));
    expect(byLabel['Contents sum insured']).toMatchObject({ change_abs: 10000, change_pct: 20, direction: 'broader' });
    expect(byLabel['Standard excess']).toMatchObject({ change_abs: 150, change_pct: 150, direction: 'narrower' });
    expect(byLabel['Annual premium']).toMatchObject({ change_abs: 30, direction: 'neutral' });
    expect(result.keyFigures).toHaveLength(3);
  });
});

describe('interpretDeltas: passages, restatements and cosmetic differences', () => {
  const KEPT = [
    { text: FIRE, ...GRANT },
    { text: 'You must tell us as soon as possible about any incident which may give rise to a claim.', type: 'condition' },
  ] as const;
  const ENDORSEMENT = [
    { text: 'Pandemic cover endorsement', kind: 'heading', type: 'heading' },
    { text: 'We will pay medical expenses overseas if the insured person tests positive for the virus during the trip.', type: 'coverage_grant' },
    { text: 'We will not pay for treatment that a government healthcare programme covers.', type: 'exclusion' },
    { text: 'You must follow every quarantine order issued by the local authorities.', type: 'condition' },
    { text: 'We will pay a daily benefit for each full day the insured person spends in quarantine abroad.', type: 'coverage_grant' },
  ] as const;

  it('reports a dropped passage of several clauses as one removed change with its full text and title', () => {
    const result = compare([...ENDORSEMENT, ...KEPT], [...KEPT]);
    const removed = result.changes.filter((c) => c.status === 'removed');
    expect(removed).toHaveLength(1);
    const passage = removed[0];
    expect(passage).toMatchObject({ direction: 'narrower', materiality: 'high', b: null, clause_type: 'coverage_grant' });
    expect(passage.a!.text.startsWith('Pandemic cover endorsement We will pay medical expenses')).toBe(true);
    expect(passage.a!.text).toContain('daily benefit');
    // One summary delta, then one per clause: the passage's own exclusion and condition went with its cover.
    expect(passage.deltas).toHaveLength(5);
    expect(passage.deltas.slice(1).map((d) => d.direction)).toEqual(['narrower', 'neutral', 'neutral', 'narrower']);
  });

  it('still reports two neighbouring one-sided clauses one by one', () => {
    const result = compare([...ENDORSEMENT.slice(1, 3), ...KEPT], [...KEPT]);
    expect(result.changes.filter((c) => c.status === 'removed')).toHaveLength(2);
  });

  it('calls an added copy of a clause the other document already has a neutral, low restatement', () => {
    const excess = 'The amount of the excess shown in your schedule for each and every claim.';
    const result = compare(
      [{ text: FIRE, ...GRANT }, { text: excess, type: 'exclusion' }],
      [{ text: FIRE, ...GRANT }, { text: excess, type: 'exclusion' }, { text: THEFT_EXCL, type: 'exclusion' }, { text: excess, type: 'exclusion' }],
    );
    const copy = result.changes.find((c) => c.status === 'added' && c.b!.text === excess)!;
    expect(copy).toMatchObject({ direction: 'neutral', materiality: 'low' });
    expect(copy.deltas[0].description).toContain('restates a clause A has at p. 1');
    expect(result.changes.find((c) => c.b?.text === THEFT_EXCL)).toMatchObject({ status: 'added', direction: 'narrower', materiality: 'high' });
  });

  it('reports text lost where one PDF drops curly apostrophes as neutral and low, and warns about it', () => {
    const filler = Array.from({ length: 9 }, (_, k) => ({ text: `Section ${k + 1}: the insured person\u2019s obligations under clause ${k + 1} apply in full.`, type: 'condition' as const }));
    const fillerB = filler.map((f) => ({ ...f, text: f.text.replace('person\u2019s obligations', 'person') }));
    const cash = 'We will pay for loss of an insured person\u2019s cash, banknotes or traveller\u2019s cheques carried for social purposes.';
    const lossy = 'We will pay for loss of an insured person cheques carried for social purposes.';
    const result = compare([...filler, { text: cash, type: 'coverage_grant' }], [...fillerB, { text: lossy, type: 'coverage_grant' }]);
    const change = result.changes.find((c) => c.a?.text === cash)!;
    expect(change).toMatchObject({ status: 'modified', direction: 'neutral', materiality: 'low' });
    expect(change.deltas.map((d) => d.type)).toEqual(['wording_only']);
    expect(result.warnings.some((w) => w.includes("Document B's PDF text never contains"))).toBe(true);
  });

  it('reads a definition whose list gains several items as wider, and a one-word swap as a low rewording', () => {
    const vehiclesA = '"Vehicles" means motorcycles, quad bikes and powered transporters.';
    const vehiclesB = '"Vehicles" means plant machinery, mini diggers, fork lift trucks, motorcycles, quad bikes and powered transporters.';
    const exclusion = 'We will not pay for loss of or damage to vehicles or their keys.';
    const outA = '"Outbuildings" means sheds and garages which do not form part of the main structure of the home.';
    const outB = '"Outbuildings" means sheds and garages which do not form part of the main building of the home.';
    const spec = (vehicles: string, out: string): DocumentSpec => ({
      clauses: [
        { text: vehicles, type: 'definition' },
        { text: out, type: 'definition' },
        { text: exclusion, type: 'exclusion' },
      ],
      terms: [
        { term: 'Vehicles', definition: vehicles, clause: 0, usedIn: [2] },
        { term: 'Outbuildings', definition: out, clause: 1, usedIn: [2] },
      ],
    });
    const result = compare(spec(vehiclesA, outA), spec(vehiclesB, outB));
    expect(result.definitions.find((d) => d.term === 'Vehicles')).toMatchObject({ status: 'changed', direction: 'narrower' });
    const reworded = result.changes.find((c) => c.a?.text === outA)!;
    expect(reworded.materiality).toBe('low');
  });
});

describe('interpretDeltas: polarity-aware direction from the wording itself', () => {
  it('an exclusion that loses a listed item is broader cover, read from the diff when the DNA says nothing', () => {
    const result = compare(
      [{ text: 'We will not pay for liability arising from the use of any mechanically propelled vehicle, aircraft or watercraft.', type: 'exclusion' }],
      [{ text: 'We will not pay for liability arising from the use of any mechanically propelled vehicle or aircraft.', type: 'exclusion' }],
    );
    expect(result.changes[0]).toMatchObject({ status: 'modified', direction: 'broader' });
    expect(result.changes[0].deltas[0]).toMatchObject({ type: 'scope_change', direction: 'broader' });
    expect(['high', 'medium']).toContain(result.changes[0].materiality);
  });

  it('an exception the DNA missed ("but we do cover…") is a carve-out, and its words are not scope', () => {
    const base = 'We will not pay for loss or damage caused by rust, corrosion, wear and tear, or gradual deterioration';
    const result = compare(
      [{ text: `${base}.`, type: 'exclusion', dna: { perils: ['wear and tear'] } }],
      [{ text: `${base}, but we do cover any resulting damage caused by fire.`, type: 'exclusion', dna: { perils: ['wear and tear', 'fire'] } }],
    );
    expect(result.changes[0].direction).toBe('broader');
    expect(result.changes[0].deltas.map((d) => d.type)).toEqual(['carve_out_change']);
  });

  it('a floor on a delay raised in a cover is narrower; a ceiling on a notice window raised is broader', () => {
    const delay = (h: number) => `If your checked baggage is delayed for more than ${h} hours, we will pay for emergency purchases.`;
    const raised = compare(
      [{ text: delay(6), ...GRANT, dna: { periods: [{ value: 6, unit: 'hour', days: 0.25, raw: '6 hours', role: 'time_limit' }] } }],
      [{ text: delay(12), ...GRANT, dna: { periods: [{ value: 12, unit: 'hour', days: 0.5, raw: '12 hours', role: 'time_limit' }] } }],
    );
    expect(raised.changes[0]).toMatchObject({ direction: 'narrower' });
    const report = (d: number) => `You must report any theft to the police within ${d} days of discovering it.`;
    const longer = compare(
      [{ text: report(2), type: 'condition', dna: { periods: [period(2, 'notice')] } }],
      [{ text: report(7), type: 'condition', dna: { periods: [period(7, 'notice')] } }],
    );
    expect(longer.changes[0]).toMatchObject({ direction: 'broader' });
  });

  it('an excess stated as "the first X of each claim" inside a limit clause is an excess', () => {
    const text = (x: number) => `The most we will pay is £3,000 for each journey, and the first £${x} of each claim is not covered.`;
    const result = compare(
      [{ text: text(250), type: 'limit', dna: { amounts: [money(3000, 'limit', null), money(250, 'limit', null)] } }],
      [{ text: text(400), type: 'limit', dna: { amounts: [money(3000, 'limit', null), money(400, 'limit', null)] } }],
    );
    expect(result.changes[0].direction).toBe('narrower');
    expect(result.changes[0].deltas[0].description).toContain('excess');
  });

  it('"shall" → "will" and "forthwith" → "immediately" are a neutral, low rewording', () => {
    const result = compare(
      [{ text: 'You shall send us forthwith every letter, claim, writ or summons you receive in respect of the claim.', type: 'condition' }],
      [{ text: 'You will send us immediately every letter, claim, writ or summons you receive for the claim.', type: 'condition' }],
    );
    expect(result.changes[0]).toMatchObject({ status: 'modified', direction: 'neutral', materiality: 'low' });
    expect(result.changes[0].deltas.map((d) => d.type)).toEqual(['wording_only']);
  });

  it('a clause whose own deltas give a direction keeps it although a definition it uses changed', () => {
    const excess = (x: number) => `You must pay the first £${x} of each claim for loss on your journey.`;
    const result = compare(
      {
        clauses: [
          { text: '"Journey" means a trip abroad of up to 31 days.', type: 'definition' },
          { text: excess(100), type: 'excess', dna: { amounts: [money(100, 'excess', null)], definedTerms: ['Journey'] } },
        ],
        terms: [{ term: 'Journey', definition: 'a trip abroad of up to 31 days', clause: 0, usedIn: [1] }],
      },
      {
        clauses: [
          { text: '"Journey" means a trip abroad of up to 45 days, or any other trip.', type: 'definition' },
          { text: excess(150), type: 'excess', dna: { amounts: [money(150, 'excess', null)], definedTerms: ['Journey'] } },
        ],
        terms: [{ term: 'Journey', definition: 'a trip abroad of up to 45 days, or any other trip', clause: 0, usedIn: [1] }],
      },
    );
    const clause = result.changes.find((c) => c.clause_type === 'excess')!;
    expect(clause.deltas.map((d) => d.type)).toContain('definition_dependency_change');
    expect(clause.direction).toBe('narrower');
  });

  it('a definition narrowed in a term used mainly in exclusions is broader cover; the changed term of a shared clause is the one reported', () => {
    const unattended = (extra: string) => `not within your sight and not within reach at the time of the loss${extra}`;
    const spec = (extra: string): DocumentSpec => ({
      clauses: [
        { text: `"Excess" means the amount you pay. "Unattended" means ${unattended(extra)}.`, type: 'definition' },
        { text: 'We will not pay for baggage left unattended.', type: 'exclusion' },
        { text: 'We will not pay for money left unattended.', type: 'exclusion' },
        { text: 'We will not pay for valuables left unattended.', type: 'exclusion' },
      ],
      terms: [
        { term: 'Excess', definition: 'the amount you pay', clause: 0, usedIn: [] },
        { term: 'Unattended', definition: unattended(extra), clause: 0, usedIn: [1, 2, 3] },
      ],
    });
    const result = compare(spec(', including items left in a vehicle or with a carrier'), spec(''));
    expect(result.definitions.find((d) => d.term === 'Unattended')).toMatchObject({ status: 'changed', direction: 'broader' });
    const change = result.changes.find((c) => c.clause_type === 'definition')!;
    expect(change.direction).toBe('broader');
    expect(change.deltas[0].description).toContain('"Unattended" becomes narrower');
  });

  it('a schedule row of a few words whose figure changed is not discounted as a fragment', () => {
    const row = (v: string) => ({ text: `Emergency medical evacuation ${v}`, type: 'schedule' as const });
    const result = compare(
      [{ ...row('£1,000,000'), dna: { amounts: [{ ...money(1_000_000, 'other', null), raw: '£1,000,000' }] } }],
      [{ ...row('£1,500,000'), dna: { amounts: [{ ...money(1_500_000, 'other', null), raw: '£1,500,000' }] } }],
    );
    expect(result.changes[0]).toMatchObject({ direction: 'broader', materiality: 'high' });
  });
});

describe('interpretDeltas: layout differences that are not wording changes', () => {
  // Nine clauses that establish that B's PDF never extracts "’" although A uses it everywhere.
  const filler = Array.from({ length: 9 }, (_, k) => ({
    text: `Section ${k + 1}: the policyholder\u2019s duties under clause ${k + 1} apply in full to every claim.`,
    type: 'condition' as const,
  }));
  const fillerB = filler.map((f) => ({ ...f, text: f.text.replace('policyholder\u2019s duties', 'policyholder') }));
  const BEFORE = { text: 'We will not pay for liability arising from loss of or damage to property in your custody or control;', type: 'exclusion' as const };
  const AFTER = { text: 'We will not pay for liability arising from owning or occupying any land or buildings other than your home.', type: 'exclusion' as const };
  const TRADE = 'the insured person\u2019s employment, trade, business, profession, occupation or any other activity carried on for reward;';

  it('still reports the exclusion as removed, broader and high when nothing of it is left in B', () => {
    const result = compare([...filler, BEFORE, { text: TRADE, type: 'exclusion' }, AFTER], [...fillerB, BEFORE, AFTER]);
    expect(result.changes.find((c) => c.a?.text === TRADE)).toMatchObject({ status: 'removed', direction: 'broader', materiality: 'high' });
  });

  it('reads a definition that differs only where the lossy PDF dropped text as unchanged', () => {
    const defA = '"Serious condition" means a condition which needs treatment to avoid impairment to a person\u2019s immediate or long-term health.';
    const defB = '"Serious condition" means a condition which needs treatment to avoid impairment to a person';
    const spec = (clauses: typeof filler, def: string): DocumentSpec => ({
      clauses: [...clauses, { text: def, type: 'definition' }, BEFORE],
      terms: [{ term: 'Serious condition', definition: def.slice(def.indexOf('means')), clause: clauses.length, usedIn: [clauses.length + 1] }],
    });
    const result = compare(spec(filler, defA), spec(fillerB, defB));
    expect(result.definitions.find((d) => d.term === 'Serious condition')).toMatchObject({ status: 'unchanged' });
    // The definitions stage folds curly quotes to straight ones: the loss still shows.
    const straight = compare(spec(filler, defA.replace('\u2019', "'")), spec(fillerB, defB));
    expect(straight.definitions.find((d) => d.term === 'Serious condition')).toMatchObject({ status: 'unchanged' });
    expect(result.changes.find((c) => c.a?.text === defA)).toMatchObject({ direction: 'neutral', materiality: 'low' });
  });

  // Three items of one exclusion list, cut into clauses differently by the boundary-shift tests.
  const item1 = '1 an agreement which imposes a liability on you which you would not be under in the absence of such agreement';
  const item2 = '2 the use of the home for any business, trade, profession or employment';
  const item3 = '3 death, bodily injury or damage caused by lifts, hoists or vehicles or craft';

  it('reads an item that ends one clause in A and starts the next in B as moved across the boundary, not removed and added', () => {
    const result = compare(
      [{ text: FIRE, ...GRANT }, { text: `${item1} ${item2}`, type: 'exclusion' }, { text: item3, type: 'exclusion' }],
      [{ text: FIRE, ...GRANT }, { text: item1, type: 'exclusion' }, { text: `${item2} ${item3}`, type: 'exclusion' }],
    );
    const modified = result.changes.filter((c) => c.status === 'modified');
    expect(modified).toHaveLength(2);
    for (const change of modified) {
      expect(change).toMatchObject({ direction: 'neutral', materiality: 'low' });
      expect(change.deltas[0].description).toContain('moved across the boundary');
      expect(change.diff.some((op) => op.op !== 'equal')).toBe(true);
    }
  });

  it('keeps an item dropped from the end of a clause as a real change when the next clause does not start with it', () => {
    const result = compare(
      [{ text: FIRE, ...GRANT }, { text: `${item1} ${item2}`, type: 'exclusion' }, { text: item3, type: 'exclusion' }],
      [{ text: FIRE, ...GRANT }, { text: item1, type: 'exclusion' }, { text: item3, type: 'exclusion' }],
    );
    expect(result.changes.find((c) => c.a?.text === `${item1} ${item2}`)).toMatchObject({ status: 'modified', direction: 'broader', materiality: 'high' });
  });

  // Items of a liability exclusion list, cut and lightly edited differently by two wordings.
  const drones = '4 owning, possessing or using drones including mechanically propelled aerial toys, models or devices';
  const dronesB = '4 owning, possessing or using drones including mechanically propelled aerial toys, models and devices';
  const dogs = '5 owning, possessing or using any dangerous dogs as listed under the Dangerous Dogs Act 1991';
  const horses = '7 owning, possessing or using any species of horse including ponies, donkeys and mules';

  /** Compared with the alignment given (a: b clause numbers; null for one-sided), as a real aligner may pair them. */
  function compareAligned(specA: ClauseSpec[], specB: ClauseSpec[], pairs: Array<[number | null, number | null]>) {
    const a = buildDocument(specA);
    const b = buildDocument(specB);
    const id = (n: number | null): string | null => (n === null ? null : `c${String(n).padStart(4, '0')}`);
    // A clause named in two pairs is split (A) or merged into (B).
    const count = (side: 0 | 1, n: number | null): number => pairs.filter((p) => n !== null && p[side] === n).length;
    const alignment: AlignmentResult = {
      pairs: pairs.map(([x, y]) => ({
        a: id(x),
        b: id(y),
        similarity: x && y ? 0.8 : 0,
        status: x && y ? 'matched' : x ? 'removed' : 'added',
        method: !x || !y ? 'none' : count(0, x) > 1 ? 'split' : count(1, y) > 1 ? 'merged' : 'fuzzy',
      })),
      stats: { candidates: 0, clausesA: specA.length, clausesB: specB.length },
    };
    const result = interpretDeltas(a, b, alignment);
    for (const change of result.changes) changeSchema.parse(change);
    return result;
  }

  it('reads a lightly edited item that moved into the neighbouring clause as moved wording, not as a wider exclusion', () => {
    const result = compareAligned(
      [{ text: FIRE, ...GRANT }, { text: drones, type: 'exclusion' }, { text: dogs, type: 'exclusion' }, { text: horses, type: 'exclusion' }],
      [{ text: FIRE, ...GRANT }, { text: `${dronesB} ${dogs}`, type: 'exclusion' }, { text: horses, type: 'exclusion' }],
      [[1, 1], [2, null], [3, 2], [4, 3]],
    );
    const widened = result.changes.find((c) => c.status === 'modified')!;
    expect(widened).toMatchObject({ direction: 'neutral', materiality: 'low' });
    expect(widened.deltas[0]).toMatchObject({ type: 'wording_only' });
    expect(widened.deltas[0].description).toContain('moved between clauses');
    expect(widened.diff.some((op) => op.op === 'insert')).toBe(true);
    const removed = result.changes.find((c) => c.status === 'removed')!;
    expect(removed).toMatchObject({ direction: 'neutral', materiality: 'low' });
    expect(removed.deltas[0].description).toContain('nearly the same words');
  });

  it('reads a whole sentence that moved to a clause of another kind as moved, though its full stop is common to both sides', () => {
    const inspect = 'If we ask you must allow us, an approved supplier or a loss adjuster access to inspect the damage to your buildings or contents.';
    const expenses =
      'We will only ask for information relevant to your claim and we will pay for any reasonable expenses you incur in providing us with the above information as part of your claim.';
    const proof = 'To help prove your claim we may require you to provide documentation as detailed below.';
    const result = compareAligned(
      [{ text: FIRE, ...GRANT }, { text: `n ${inspect} n ${expenses}`, type: 'condition' }, { text: proof, type: 'condition' }],
      [{ text: FIRE, ...GRANT }, { text: inspect, type: 'condition' }, { text: proof, type: 'condition' }, { text: expenses, type: 'coverage_grant' }],
      [[1, 1], [2, 2], [3, 3], [null, 4]],
    );
    const shortened = result.changes.find((c) => c.status === 'modified')!;
    expect(shortened).toMatchObject({ direction: 'neutral', materiality: 'low' });
    expect(shortened.deltas[0].description).toContain('moved between clauses');
  });

  it('reads a table title run into a column header as layout when the other side prints it as a heading between the header pieces', () => {
    const lead = 'We will pay the compensation for death or disability as described in the Table of Compensation below.';
    const result = compareAligned(
      [
        { text: lead, ...GRANT },
        { text: '% of the limit', ...GRANT },
        { text: 'Table of Compensation', kind: 'heading' },
        { text: 'for this section', ...GRANT },
      ],
      [{ text: lead, ...GRANT }, { text: '% of the limit Table of Compensation for this section', ...GRANT }],
      [[1, 1], [2, 2], [4, 2]],
    );
    const header = result.changes.find((c) => c.status === 'modified')!;
    expect(header).toMatchObject({ direction: 'neutral', materiality: 'low' });
    expect(header.deltas[0].description).toContain('as a heading between the clauses compared');
    // Words that are no heading there stay a change.
    const widened = compareAligned(
      [{ text: lead, ...GRANT }, { text: '% of the limit', ...GRANT }, { text: 'Table of Compensation', kind: 'heading' }, { text: 'for this section', ...GRANT }],
      [{ text: lead, ...GRANT }, { text: '% of the limit for this section only while abroad', ...GRANT }],
      [[1, 1], [2, 2], [4, 2]],
    );
    expect(widened.changes.find((c) => c.status === 'modified')!.deltas[0].description).not.toContain('as a heading');
  });

  it('keeps an item added to an exclusion as a wider exclusion when the other wording still prints it where it was', () => {
    const result = compareAligned(
      [{ text: FIRE, ...GRANT }, { text: drones, type: 'exclusion' }, { text: dogs, type: 'exclusion' }, { text: horses, type: 'exclusion' }],
      [{ text: FIRE, ...GRANT }, { text: drones, type: 'exclusion' }, { text: `${dronesB} ${dogs}`, type: 'exclusion' }, { text: horses, type: 'exclusion' }],
      [[1, 1], [2, 2], [3, 3], [4, 4]],
    );
    expect(result.changes.find((c) => c.status === 'modified')).toMatchObject({ direction: 'narrower', materiality: 'high' });
  });

  it('keeps a moved item as a change when it moves from a cover into an exclusion', () => {
    const cover = '1 escape of water from a fixed water, drainage or heating installation in the home';
    const result = compareAligned(
      [{ text: FIRE, ...GRANT }, { text: cover, ...GRANT }, { text: dogs, type: 'exclusion' }],
      [{ text: FIRE, ...GRANT }, { text: `${cover} ${dogs}`, type: 'exclusion' }],
      [[1, 1], [2, null], [3, 2]],
    );
    const exclusion = result.changes.find((c) => c.status === 'modified')!;
    expect(exclusion.deltas.some((d) => d.type === 'wording_only')).toBe(false);
    expect(exclusion.direction).toBe('narrower');
  });

  it('does not call a definition removed when the other document prints it without marking it as one', () => {
    const rings = 'the rings exchanged or to be exchanged by the bride and groom at the overseas wedding ceremony venue.';
    const result = compare(
      { clauses: [{ text: FIRE, ...GRANT }, { text: `Wedding rings means ${rings}`, type: 'definition' }], terms: [{ term: 'Wedding rings', definition: `${rings} The maximum we will pay under this section is:`, clause: 1 }] },
      { clauses: [{ text: FIRE, ...GRANT }, { text: `Wedding rings means ${rings}`, type: 'coverage_grant' }] },
    );
    expect(result.definitions.find((d) => d.term === 'Wedding rings')).toMatchObject({ status: 'unchanged' });
    const gone = compare(
      { clauses: [{ text: FIRE, ...GRANT }, { text: `Wedding rings means ${rings}`, type: 'definition' }], terms: [{ term: 'Wedding rings', definition: rings, clause: 1 }] },
      { clauses: [{ text: FIRE, ...GRANT }, { text: 'Wedding rings are not covered.', type: 'exclusion' }] },
    );
    expect(gone.definitions.find((d) => d.term === 'Wedding rings')).toMatchObject({ status: 'removed' });
  });

  it('reports a removed definition of a term the other document never uses at low materiality', () => {
    const spec = (withCard: boolean): DocumentSpec => ({
      clauses: [
        { text: FIRE, ...GRANT },
        ...(withCard ? [{ text: 'Payment card means a bank, charge, cheque, credit, debit or cash dispenser card.', type: 'definition' as const }] : []),
        { text: 'Flood means water entering the home from outside, other than from a fixed installation.', type: 'definition' },
        { text: 'We will pay for loss or damage caused by flood to the buildings.', ...GRANT },
        ...(withCard ? [{ text: 'We will pay up to £1,000 for the misuse of your card by someone who stole it.', ...GRANT }] : []),
      ],
      terms: [
        ...(withCard ? [{ term: 'Payment card', definition: 'a bank, charge, cheque, credit, debit or cash dispenser card.', clause: 1, usedIn: [4, 4, 4] }] : []),
        { term: 'Flood', definition: 'water entering the home from outside, other than from a fixed installation.', clause: withCard ? 2 : 1, usedIn: [withCard ? 3 : 2] },
      ],
    });
    const removed = compare(spec(true), spec(false)).changes.find((c) => c.status === 'removed')!;
    expect(removed).toMatchObject({ clause_type: 'definition', materiality: 'low' });
    expect(removed.deltas[0].description).toContain('B never uses the term');
  });

  it('reads a paragraph whose words are two heading lines of the other document as layout, neutral and low', () => {
    const result = compare(
      [
        { text: FIRE, ...GRANT },
        { text: 'Sub-limits', kind: 'heading', type: 'heading' },
        { text: 'Sections extended under this section 52', kind: 'heading', type: 'heading' },
        { text: THEFT_EXCL, type: 'exclusion' },
      ],
      [{ text: FIRE, ...GRANT }, { text: 'Sub-limits Sections extended under this section 52', type: 'coverage_grant' }, { text: THEFT_EXCL, type: 'exclusion' }],
    );
    const added = result.changes.find((c) => c.status === 'added')!;
    expect(added).toMatchObject({ direction: 'neutral', materiality: 'low' });
    expect(added.deltas[0].description).toContain('as a heading');
  });
});

describe('interpretDeltas: titles and guidance sections', () => {
  const LIMIT = (amount: string) =>
    `We will pay up to ${amount} for any one claim for compensation you become legally liable to pay for injury to visitors.`;

  it('a modified clause under differently worded titles is reported with the titles above it', () => {
    const result = compare(
      [
        { text: 'Part 7 – Household liability', type: 'heading' },
        { text: 'Benefits', type: 'heading' },
        { text: LIMIT('£3,000,000'), type: 'limit', dna: { amounts: [money(3000000, 'limit', 'liability')] } },
      ],
      [
        { text: 'Part 9 – Occupier liability', type: 'heading' },
        { text: 'Benefits', type: 'heading' },
        { text: LIMIT('£1,000,000'), type: 'limit', dna: { amounts: [money(1000000, 'limit', 'liability')] } },
      ],
    );
    const modified = result.changes.find((c) => c.status === 'modified')!;
    expect(modified.a!.text).toBe(`Part 7 – Household liability Benefits ${LIMIT('£3,000,000')}`);
    expect(modified.b!.text).toBe(`Part 9 – Occupier liability Benefits ${LIMIT('£1,000,000')}`);
    expect(modified.a!.clause_id).toBe('c0003');
    expect(modified.a!.bboxes).toHaveLength(3);
    // The diff still rebuilds each side's reported text.
    const side = (own: 'delete' | 'insert') => modified.diff.filter((op) => op.op === 'equal' || op.op === own).map((op) => op.text).join('');
    expect(side('delete')).toBe(modified.a!.text);
    expect(side('insert')).toBe(modified.b!.text);
    expect(modified.deltas.some((d) => d.type === 'numeric_change' && d.direction === 'narrower')).toBe(true);
  });

  it('titles that differ only in numbering are not repeated in the change', () => {
    const result = compare(
      [{ text: 'Part 7 – Household liability', type: 'heading' }, { text: LIMIT('£3,000,000'), type: 'limit' }],
      [{ text: 'Part 9 – Household liability', type: 'heading' }, { text: LIMIT('£1,000,000'), type: 'limit' }],
    );
    const modified = result.changes.find((c) => c.status === 'modified')!;
    expect(modified.a!.text).toBe(LIMIT('£3,000,000'));
    expect(modified.b!.text).toBe(LIMIT('£1,000,000'));
  });

  it('a change inside a section the document says is not part of the policy is low, with its direction kept', () => {
    const tips = ['Helpful tips'];
    const note = 'This section does not form part of your policy and only gives examples.';
    const tip = (days: number) => `Remember that cover for burst pipes stops once the home has been empty for more than ${days} days.`;
    const grant = (days: number) => `We will pay for damage caused by burst pipes unless the home has been unoccupied for more than ${days} days.`;
    const doc = (days: number): ClauseSpec[] => [
      { text: 'Helpful tips', type: 'heading', headingPath: tips },
      { text: note, type: 'admin', headingPath: tips },
      { text: tip(days), type: 'exclusion', headingPath: tips, dna: { periods: [period(days, 'other')] } },
      { text: 'Section 1 – Buildings', type: 'heading', headingPath: ['Section 1 – Buildings'] },
      { text: grant(days), type: 'exclusion', headingPath: ['Section 1 – Buildings'], dna: { periods: [period(days, 'other')] } },
      { text: FIRE, ...GRANT, headingPath: ['Section 1 – Buildings'] },
    ];
    const result = compare(doc(60), doc(30));
    const inTips = result.changes.find((c) => c.a?.text === tip(60))!;
    const inPolicy = result.changes.find((c) => c.a?.text === grant(60))!;
    expect(inTips).toMatchObject({ status: 'modified', materiality: 'low' });
    expect(inTips.direction).toBe(inPolicy.direction);
    expect(inTips.deltas[0].description).toContain('not part of the policy');
    expect(inPolicy.materiality).not.toBe('low');
  });

  it('a removed list item reads with its lead-in: a benefit under "We will pay:" is cover lost', () => {
    const item = 'a £20,000 if the injury results in the death of the policyholder within twelve months of the accident';
    const result = compare(
      [{ text: FIRE, ...GRANT }, { text: 'We will pay:', type: 'admin' }, { text: item, type: 'sublimit' }, { text: THEFT_EXCL, type: 'exclusion' }],
      [{ text: FIRE, ...GRANT }, { text: 'We will pay:', type: 'admin' }, { text: THEFT_EXCL, type: 'exclusion' }],
    );
    expect(result.changes.find((c) => c.status === 'removed')).toMatchObject({ clause_type: 'sublimit', direction: 'narrower' });
    // Under a lead-in that caps, the same removal lifts a cap.
    const capped = compare(
      [{ text: FIRE, ...GRANT }, { text: 'The most we will pay is:', type: 'admin' }, { text: item, type: 'sublimit' }, { text: THEFT_EXCL, type: 'exclusion' }],
      [{ text: FIRE, ...GRANT }, { text: 'The most we will pay is:', type: 'admin' }, { text: THEFT_EXCL, type: 'exclusion' }],
    );
    expect(capped.changes.find((c) => c.status === 'removed')).toMatchObject({ direction: 'broader' });
  });

  it('a declaration whose section would be the whole document is not trusted', () => {
    const whole = ['Home insurance'];
    const note = 'This guide does not form part of your policy contract.';
    const grant = (days: number) => `We will pay for damage caused by burst pipes unless the home has been unoccupied for more than ${days} days.`;
    const doc = (days: number): ClauseSpec[] => [
      { text: 'Home insurance', type: 'heading', headingPath: whole },
      { text: note, type: 'admin', headingPath: whole },
      { text: grant(days), type: 'exclusion', headingPath: whole, dna: { periods: [period(days, 'other')] } },
      { text: FIRE, ...GRANT, headingPath: whole },
    ];
    const result = compare(doc(60), doc(30));
    expect(result.changes.find((c) => c.a?.text === grant(60))!.materiality).toBe('high');
  });
});
