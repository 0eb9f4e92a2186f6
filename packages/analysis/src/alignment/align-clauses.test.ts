import { describe, expect, it } from 'vitest';
import { alignClauses } from './align-clauses.js';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence.js';
import { maximumWeightAssignment } from './min-cost-assignment.js';
import { type ClauseSpec, buildDocument, clauseId } from './test-fixtures.js';
import { normaliseForComparison } from './text-normalise.js';

const FLOOD = 'We will pay for loss or damage to the buildings caused by flood, including water entering from overflowing rivers and the sea.';
const THEFT = 'We will pay for theft or attempted theft from the home, provided there has been forcible and violent entry into the building.';
const SUBSIDENCE = 'We will not pay for subsidence, heave or landslip affecting solid floor slabs unless the foundations beneath the external walls are damaged at the same time.';
const FIRE = 'We will pay for loss or damage caused by fire, lightning, explosion or earthquake anywhere in the home.';
const ESCAPE = 'We will pay for damage caused by water or oil escaping from a fixed water or heating installation, washing machine or dishwasher.';
const NOTICE = 'You must tell us as soon as possible about any incident which may give rise to a claim and provide all information we reasonably ask for.';
const VACANCY = 'Cover for malicious damage and escape of water stops once the home has been unoccupied for more than 60 consecutive days.';

function ids(pairs: { a: string | null; b: string | null }[]): string[] {
  return pairs.map((p) => `${p.a ?? '-'}>${p.b ?? '-'}`);
}

describe('alignClauses', () => {
  it('aligns renumbered sections by their wording, not their numbers', () => {
    const a = buildDocument([
      { text: FIRE, section: '1.1' },
      { text: FLOOD, section: '1.2' },
      { text: THEFT, section: '1.3' },
    ]);
    const b = buildDocument([
      { text: FIRE, section: '2.1' },
      { text: FLOOD, section: '2.4' },
      { text: THEFT, section: '3.1' },
    ]);
    const result = alignClauses(a, b);
    expect(ids(result.pairs)).toEqual(['c0001>c0001', 'c0002>c0002', 'c0003>c0003']);
    expect(result.pairs.every((p) => p.status === 'matched' && p.method === 'exact')).toBe(true);
  });

  it('marks a clause that changed place among its neighbours as moved', () => {
    const a = buildDocument([{ text: FIRE }, { text: FLOOD }, { text: THEFT }, { text: ESCAPE }, { text: SUBSIDENCE }]);
    const b = buildDocument([{ text: FLOOD }, { text: THEFT }, { text: ESCAPE }, { text: SUBSIDENCE }, { text: FIRE }]);
    const result = alignClauses(a, b);
    const fire = result.pairs.find((p) => p.a === 'c0001');
    expect(fire).toMatchObject({ b: 'c0005', status: 'moved' });
    expect(result.pairs.filter((p) => p.status === 'moved')).toHaveLength(1);
    expect(result.pairs.filter((p) => p.status === 'matched')).toHaveLength(4);
  });

  it('aligns a reworded clause and still reports a genuinely new one as added', () => {
    const reworded =
      'We shall pay for theft or any attempted theft from your home, but only where there has been violent and forcible entry to the building.';
    const newClause = 'We will pay up to 500 for replacing the locks to outside doors if the keys are lost or stolen.';
    const a = buildDocument([{ text: FIRE }, { text: THEFT }, { text: SUBSIDENCE }]);
    const b = buildDocument([{ text: FIRE }, { text: reworded }, { text: newClause }, { text: SUBSIDENCE }]);
    const result = alignClauses(a, b);
    const theft = result.pairs.find((p) => p.a === 'c0002');
    expect(theft).toMatchObject({ b: 'c0002', status: 'matched', method: 'fuzzy' });
    expect(theft!.similarity).toBeGreaterThan(0.42);
    expect(theft!.similarity).toBeLessThan(1);
    expect(result.pairs.find((p) => p.b === 'c0003')).toMatchObject({ a: null, status: 'added' });
    // Added clause sits between its neighbours in reading order.
    expect(ids(result.pairs)).toEqual(['c0001>c0001', 'c0002>c0002', '->c0003', 'c0003>c0004']);
  });

  it('reports clauses with no counterpart as removed rather than forcing a poor match', () => {
    const a = buildDocument([{ text: FIRE }, { text: VACANCY }]);
    const b = buildDocument([{ text: FIRE }, { text: NOTICE }]);
    const result = alignClauses(a, b);
    expect(result.pairs.find((p) => p.a === 'c0002')).toMatchObject({ b: null, status: 'removed' });
    expect(result.pairs.find((p) => p.b === 'c0002')).toMatchObject({ a: null, status: 'added' });
  });

  it('aligns two insurers structures: different headings, numbering and section order', () => {
    const a = buildDocument([
      { text: 'Section 1 Buildings', type: 'heading' },
      { text: FIRE, section: '1.1', type: 'coverage_grant' },
      { text: FLOOD, section: '1.2', type: 'coverage_grant' },
      { text: 'General exclusions', type: 'heading' },
      { text: SUBSIDENCE, section: '5.1', type: 'exclusion' },
      { text: 'Claims conditions', type: 'heading' },
      { text: NOTICE, section: '7.1', type: 'condition' },
    ]);
    const b = buildDocument([
      { text: 'What you must do', type: 'heading' },
      { text: NOTICE.replace('as soon as possible', 'as soon as reasonably possible'), section: 'A', type: 'condition' },
      { text: 'Your buildings cover', type: 'heading' },
      { text: FLOOD.replace('buildings', 'home'), section: 'B(i)', type: 'coverage_grant' },
      { text: FIRE, section: 'B(ii)', type: 'coverage_grant' },
      { text: 'What is not covered', type: 'heading' },
      { text: SUBSIDENCE, section: 'C', type: 'exclusion' },
    ]);
    const result = alignClauses(a, b);
    const map = Object.fromEntries(result.pairs.map((p) => [p.a, p.b]));
    expect(map).toMatchObject({ c0002: 'c0005', c0003: 'c0004', c0005: 'c0007', c0007: 'c0002' });
    expect(result.pairs.some((p) => p.status === 'added' || p.status === 'removed')).toBe(false);
    // Headings never appear among the compared pairs; they are aligned on their own.
    expect(result.pairs.some((p) => ['c0001', 'c0004', 'c0006'].includes(p.a ?? ''))).toBe(false);
    expect(result.headings.length).toBeGreaterThanOrEqual(3);
    expect(result.stats).toMatchObject({ clausesA: 4, clausesB: 4 });
  });

  it('ignores clauses on table-of-contents pages', () => {
    const a = buildDocument({
      clauses: [{ text: 'Section 1 Buildings ...... 4', page: 1 }, { text: FIRE, page: 2 }],
      tocPages: [1],
    });
    const b = buildDocument([{ text: FIRE, page: 1 }]);
    const result = alignClauses(a, b);
    expect(ids(result.pairs)).toEqual(['c0002>c0001']);
  });

  it('detects a clause split into two adjacent clauses', () => {
    const whole = `${FLOOD} ${VACANCY}`;
    const a = buildDocument([{ text: FIRE }, { text: whole }, { text: THEFT }]);
    const b = buildDocument([{ text: FIRE }, { text: FLOOD }, { text: VACANCY }, { text: THEFT }]);
    const result = alignClauses(a, b);
    const split = result.pairs.filter((p) => p.method === 'split');
    expect(ids(split)).toEqual(['c0002>c0002', 'c0002>c0003']);
    expect(split.every((p) => p.status === 'matched')).toBe(true);
    expect(result.pairs.some((p) => p.status === 'added' || p.status === 'removed')).toBe(false);
  });

  it('detects two adjacent clauses merged into one', () => {
    const a = buildDocument([{ text: FIRE }, { text: ESCAPE }, { text: NOTICE }, { text: THEFT }]);
    const b = buildDocument([{ text: FIRE }, { text: `${ESCAPE} ${NOTICE}` }, { text: THEFT }]);
    const result = alignClauses(a, b);
    const merged = result.pairs.filter((p) => p.method === 'merged');
    expect(ids(merged)).toEqual(['c0002>c0002', 'c0003>c0002']);
    expect(result.pairs.some((p) => p.status === 'added' || p.status === 'removed')).toBe(false);
  });

  it('detects a bulleted list printed as one paragraph on one side and one paragraph per item on the other', () => {
    const items = [
      'Urgently inform the police and obtain a crime reference number if property is lost or stolen.',
      'Contact us as soon as possible by phone on the appropriate helpline.',
      'Take all reasonable steps to recover missing property.',
      'Take all reasonable steps to prevent further damage.',
    ];
    const youShould = ['Claims conditions', 'You should:'];
    const a = buildDocument([
      { text: FIRE },
      { text: items.map((t) => `n ${t}`).join(' '), type: 'claims_procedure', headingPath: youShould },
      { text: THEFT },
    ]);
    const b = buildDocument([
      { text: FIRE },
      ...items.map((text) => ({ text, type: 'claims_procedure' as const, headingPath: youShould })),
      { text: THEFT },
    ]);
    const result = alignClauses(a, b);
    expect(ids(result.pairs.filter((p) => p.method === 'split'))).toEqual(['c0002>c0002', 'c0002>c0003', 'c0002>c0004', 'c0002>c0005']);
    expect(result.pairs.some((p) => p.status === 'added' || p.status === 'removed')).toBe(false);
  });

  it('takes a bullet into its list even when a like sentence of another section matched it first', () => {
    const youShould = ['Claims conditions', 'You should:'];
    const identity = ['Cover 24 – Identity theft', 'Claims conditions'];
    const a = buildDocument([
      { text: 'n Contact us as soon as possible by phone on the appropriate helpline. n Take all reasonable steps to prevent further damage.', type: 'claims_procedure', headingPath: youShould },
      { text: NOTICE },
      { text: '8 take all reasonable steps to prevent further damage to your identity', type: 'claims_procedure', headingPath: identity },
    ]);
    const b = buildDocument([
      { text: 'Contact us as soon as possible by phone on the appropriate helpline.', type: 'claims_procedure', headingPath: youShould },
      { text: 'Take all reasonable steps to prevent further damage.', type: 'claims_procedure', headingPath: youShould },
      { text: NOTICE },
    ]);
    const result = alignClauses(a, b);
    expect(ids(result.pairs.filter((p) => p.method === 'split'))).toEqual(['c0001>c0001', 'c0001>c0002']);
    expect(result.pairs.find((p) => p.a === 'c0003')).toMatchObject({ b: null, status: 'removed' });
  });

  it('splits and merges two exclusions each printed with its lead-in apart on one side only', () => {
    const radioactive = ['General exclusions', 'Radioactive contamination'];
    const pollution = ['General exclusions', 'Pollution/contamination'];
    const radioLead =
      'Any loss or damage to any property or additional expense following on from the event for which you are claiming and any legal liability directly or indirectly caused by or arising from:';
    const radioItems =
      'a ionising radiations or contamination by radioactivity from any irradiated nuclear fuel or from any nuclear waste b the radioactive, toxic, explosive or other hazardous properties of any nuclear assembly.';
    const pollutionLead =
      'Pollution/contamination Any loss or damage to any property and any legal liability directly or indirectly caused by or arising from pollution or contamination unless caused by:';
    const pollutionItems = 'a a sudden and unforeseen and identifiable incident b leakage of oil from a domestic oil installation at your home.';
    const a = buildDocument([
      { text: `${radioLead} ${radioItems}`, type: 'exclusion', headingPath: radioactive },
      { text: pollutionLead, type: 'exclusion', headingPath: pollution },
      { text: pollutionItems, type: 'exclusion', headingPath: pollution },
    ]);
    const b = buildDocument([
      { text: `Radioactive contamination ${radioLead}`, type: 'exclusion', headingPath: radioactive },
      { text: radioItems, type: 'exclusion', headingPath: radioactive },
      { text: `${pollutionLead.replace('Pollution/contamination ', '')} ${pollutionItems}`, type: 'exclusion', headingPath: pollution },
    ]);
    const result = alignClauses(a, b);
    expect(ids(result.pairs.filter((p) => p.method === 'split'))).toEqual(['c0001>c0001', 'c0001>c0002']);
    expect(ids(result.pairs.filter((p) => p.method === 'merged'))).toEqual(['c0002>c0003', 'c0003>c0003']);
  });

  it('treats typographic differences as identical wording', () => {
    const a = buildDocument([{ text: 'The insured’s “sub-limit” applies  to each   claim.' }]);
    const b = buildDocument([{ text: "The Insured's \"sublimit\" applies to each claim." }]);
    expect(alignClauses(a, b).pairs[0]).toMatchObject({ method: 'exact', similarity: 1 });
    expect(normaliseForComparison('Cov-\nered   “x”')).toBe('covered "x"');
  });

  it('does not pair a cover grant with an exclusion that only shares its list of causes', () => {
    const causes = 'i malicious people ii theft or attempted theft iii escape of water from a fixed water installation, washing machine or dishwasher';
    const a = buildDocument([{ text: FIRE, type: 'coverage_grant' }, { text: causes, type: 'exclusion', heading: 'What is not covered' }]);
    const b = buildDocument([
      { text: FIRE, type: 'coverage_grant' },
      { text: 'Loss or damage caused by water leaking from a fixed water installation, washing machine or dishwasher', type: 'coverage_grant', heading: 'What is covered' },
    ]);
    expect(ids(alignClauses(a, b).pairs).sort()).toEqual(['-' + '>c0002', 'c0001>c0001', 'c0002>-'].sort());
    // The same words as two grants are one reworded clause.
    const grants = buildDocument([{ text: FIRE, type: 'coverage_grant' }, { text: causes, type: 'coverage_grant', heading: 'What is covered' }]);
    expect(ids(alignClauses(grants, b).pairs)).toContain('c0002>c0002');
  });

  it('does not split an exclusion into cover items that only share its list of causes', () => {
    const causes =
      'i malicious people ii theft or attempted theft iii escape of water from a fixed water installation, drainage installation, heating installation, washing machine, dishwasher, water bed, fridge or freezer';
    const a = buildDocument([{ text: FIRE, type: 'coverage_grant' }, { text: causes, type: 'exclusion', heading: 'What is not covered' }]);
    const b = buildDocument([
      { text: FIRE, type: 'coverage_grant' },
      { text: '1 a fixed water installation 2 a drainage installation', type: 'coverage_grant', heading: 'What is covered' },
      { text: '3 a heating installation 4 a washing machine, dishwasher, water bed, fridge or freezer.', type: 'coverage_grant', heading: 'What is covered' },
    ]);
    const pairs = alignClauses(a, b).pairs;
    expect(pairs.filter((p) => p.method === 'split' || p.method === 'merged')).toEqual([]);
    expect(pairs.find((p) => p.a === 'c0002')).toMatchObject({ b: null, status: 'removed' });
  });

  it('does not pair an item of one numbered cover with a clause of a cover whose title shares no word', () => {
    const garden = ['Policy', 'Buildings', 'Cover 9 – Garden plants', 'What is covered'];
    const malicious = ['Policy', 'Buildings standard cover', 'Cause 10 – Malicious people', 'What is covered'];
    const plants = 'We will pay up to £5,000 for loss or damage to plants, shrubs and trees in the garden caused by:';
    const a = buildDocument([
      { text: FIRE, type: 'coverage_grant' },
      { text: plants, type: 'coverage_grant', headingPath: garden },
      { text: '3 malicious people or vandals', type: 'coverage_grant', headingPath: garden },
    ]);
    const b = buildDocument([
      { text: FIRE, type: 'coverage_grant' },
      { text: plants, type: 'coverage_grant', headingPath: ['Policy', 'Buildings standard cover', 'Cover 15 – Garden plants', 'What is covered'] },
      { text: 'Loss or damage caused by malicious people or vandals.', type: 'coverage_grant', headingPath: malicious },
    ]);
    const pairs = ids(alignClauses(a, b).pairs);
    expect(pairs).toContain('c0002>c0002');
    expect(pairs).toContain('c0003>-');
    expect(pairs).toContain('->c0003');
  });

  it('pairs repeated identical clauses in reading order', () => {
    const a = buildDocument([{ text: 'Not applicable.' }, { text: FIRE }, { text: 'Not applicable.' }]);
    const b = buildDocument([{ text: 'Not applicable.' }, { text: FIRE }, { text: 'Not applicable.' }]);
    expect(ids(alignClauses(a, b).pairs)).toEqual(['c0001>c0001', 'c0002>c0002', 'c0003>c0003']);
  });

  it('pairs a wording repeated more often on one side with the copy where its neighbours predict it', () => {
    // A opens with an endorsement that also says "To avoid any doubt,"; B only has the base wording's copy.
    const endorsement = 'This endorsement extends the medical expenses section to claims relating to the pandemic.';
    const a = buildDocument([{ text: endorsement }, { text: 'To avoid any doubt,' }, { text: FIRE }, { text: THEFT }, { text: 'To avoid any doubt,' }, { text: FLOOD }]);
    const b = buildDocument([{ text: FIRE }, { text: THEFT }, { text: 'To avoid any doubt,' }, { text: FLOOD }]);
    const pairs = ids(alignClauses(a, b).pairs);
    expect(pairs).toContain('c0005>c0003');
    expect(pairs).toContain('c0002>-');
  });
});

describe('maximumWeightAssignment', () => {
  it('finds the global optimum where a greedy choice would not', () => {
    // Greedy takes 0.9 (0→0) and then only 0.1 is left; optimal is 0.8 + 0.8.
    const result = maximumWeightAssignment(2, 2, [
      { a: 0, b: 0, weight: 0.9 },
      { a: 0, b: 1, weight: 0.8 },
      { a: 1, b: 0, weight: 0.8 },
      { a: 1, b: 1, weight: 0.1 },
    ]);
    expect(result).toEqual([1, 0]);
  });

  it('leaves rows unmatched when they have no edge, for wide and tall problems', () => {
    expect(maximumWeightAssignment(3, 1, [{ a: 2, b: 0, weight: 0.5 }])).toEqual([-1, -1, 0]);
    expect(maximumWeightAssignment(1, 3, [{ a: 0, b: 1, weight: 0.5 }])).toEqual([1]);
    expect(maximumWeightAssignment(2, 2, [{ a: 0, b: 0, weight: 0.5 }])).toEqual([0, -1]);
  });
});

describe('longestIncreasingSubsequence', () => {
  it('returns the indexes of one longest increasing run', () => {
    expect(longestIncreasingSubsequence([1, 2, 3, 0, 4])).toEqual([0, 1, 2, 4]);
    expect(longestIncreasingSubsequence([4, 0, 1, 2, 3])).toEqual([1, 2, 3, 4]);
    expect(longestIncreasingSubsequence([])).toEqual([]);
  });
});

/** Deterministic generator (mulberry32) for the synthetic large documents. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'loss damage buildings contents flood fire theft storm escape water oil subsidence heave landslip ' +
  'accidental malicious vandalism liability legal expenses alternative accommodation unoccupied locks keys ' +
  'jewellery valuables bicycles garden outbuildings freezer food tenants lodgers business equipment money ' +
  'credit cards documents pipes cables drains trace access glass sanitary ware aerials satellite dishes ' +
  'fences gates hedges swimming pools tennis courts terraces patios driveways paths walls roof chimney ' +
  'excess limit claim notify insurer period premium renewal cancellation fraud condition warranty ' +
  'endorsement schedule territory europe days months years amount sum insured market value indemnity'
).split(' ');

function syntheticClause(random: () => number, n: number): string {
  const words: string[] = [];
  const length = 18 + Math.floor(random() * 30);
  for (let k = 0; k < length; k += 1) words.push(VOCABULARY[Math.floor(random() * VOCABULARY.length)]);
  return `Clause ${n}: we will ${words.join(' ')}.`;
}

describe('alignClauses at scale', () => {
  it('aligns 2 × 3,000 clauses with reordering, rewording, additions and removals', () => {
    const random = seeded(42);
    const specsA: ClauseSpec[] = [];
    for (let i = 0; i < 3000; i += 1) specsA.push({ text: syntheticClause(random, i), section: `${Math.floor(i / 20)}.${i % 20}` });
    const specsB: ClauseSpec[] = specsA.map((c, i) => {
      if (i % 10 !== 3) return { ...c };
      const words = c.text.split(' ');
      words[5] = 'reworded';
      words[9] = 'differently';
      return { ...c, text: words.join(' ') };
    });
    // Move one 20-clause section to the end, drop 25 clauses, add 25 new ones.
    const moved = specsB.splice(200, 20);
    specsB.push(...moved);
    specsB.splice(1000, 25);
    for (let k = 0; k < 25; k += 1) specsB.splice(2000, 0, { text: `${syntheticClause(random, 9000 + k)} fresh wording only here ${k}` });
    const a = buildDocument(specsA);
    const b = buildDocument(specsB);
    const started = performance.now();
    const result = alignClauses(a, b);
    const elapsed = performance.now() - started;
    console.log(`alignClauses 2 × 3,000 clauses: ${elapsed.toFixed(0)} ms, ${result.stats.candidates} candidates scored`);
    const status = (s: string) => result.pairs.filter((p) => p.status === s).length;
    expect(status('removed')).toBe(25);
    expect(status('added')).toBe(25);
    expect(status('moved')).toBe(20);
    expect(status('matched')).toBe(2955);
    // Every match is the right clause: B was built from A, so the clause numbers agree.
    const textA = new Map(a.layout.clauses.map((c) => [c.id, c.text.split(':')[0]]));
    const textB = new Map(b.layout.clauses.map((c) => [c.id, c.text.split(':')[0]]));
    const wrong = result.pairs.filter((p) => p.a && p.b && textA.get(p.a) !== textB.get(p.b));
    expect(wrong).toEqual([]);
    expect(result.pairs.find((p) => p.a === clauseId(200))?.status).toBe('moved');
  });
});
