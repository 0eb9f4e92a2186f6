/**
 * Every rule that sets a delta's direction, a change's materiality or a cap on it, by name. The
 * result names the rule on every delta (`rule`) and the rules that decided every change
 * (`rules`); docs/delta-rules.md is generated from this list; the registry's test runs each
 * rule's examples through the analysis.
 *
 * Within a scope, the array order is precedence: of the paired rules that read a difference as
 * no change of cover (same wording … cross-reference exclusions), the first that applies decides;
 * so do the one-sided readings (restated … clause type). Rules that read what a difference does
 * (figures, scope, exceptions, obligations, standards, definitions) all fire, and the change rules
 * combine them.
 */
import type { RuleEntry } from './rule-entry.js';

const FIRE = 'We will pay for loss or damage to the buildings caused by fire, lightning, explosion or earthquake.';

/** Clauses whose curly apostrophes document B's PDF drops (with what follows them): B lacks the glyph. */
const LOSSY_FILLER = (() => {
  const a = Array.from({ length: 9 }, (_, k) => ({ text: `Section ${k + 1}: the insured person’s obligations under clause ${k + 1} apply in full.`, type: 'condition' as const }));
  return { a, b: a.map((c) => ({ ...c, text: c.text.replace('person’s obligations', 'person') })) };
})();

/** Contents insured against all risks (A) and by named causes (B), as AXA Advanced and Extra print them. */
const ALL_RISKS_CONTENTS = { text: 'Loss or damage including accidental damage to you or your family’s contents while they are in the home.', type: 'coverage_grant', headingPath: ['Policy', 'Contents', 'Cause 1 – Loss and accidental damage', 'What is covered'] } as const;
const NAMED_CAUSE_FIRE = { text: 'Loss or damage caused by fire, explosion, smoke, lightning or earthquake.', type: 'coverage_grant', headingPath: ['Policy', 'Contents standard cover', 'Cause 1 – Fire', 'What is covered'] } as const;
const NAMED_CAUSE_FIRE_EXCLUSION = { text: 'Smoke damage arising gradually or out of repeated exposure.', type: 'exclusion', headingPath: ['Policy', 'Contents standard cover', 'Cause 1 – Fire', 'What is not covered'] } as const;
const NAMED_CAUSE_WATER = { text: 'Loss or damage caused by water leaking from a fixed water installation.', type: 'coverage_grant', headingPath: ['Policy', 'Contents standard cover', 'Cause 4 – Escape of water', 'What is covered'] } as const;

export const RULES = [
  // ---- paired: a difference that is no change of cover (first applicable decides) ----
  {
    id: 'paired.same-wording',
    scope: 'paired',
    title: 'The two clauses read the same once case, spacing and punctuation are folded: unchanged (or moved).',
    effects: ['status', 'direction'],
    direction: 'neutral',
    because: 'Nothing the insured can rely on differs.',
    fires: [{ a: FIRE, b: 'We will pay for loss or damage to the Buildings caused by fire, lightning, explosion or earthquake.', type: 'coverage_grant' }],
    doesNotFire: [{ a: FIRE, b: 'We will pay for loss or damage to the buildings caused by fire, lightning or explosion.', type: 'coverage_grant' }],
  },
  {
    id: 'paired.heading-run-in',
    scope: 'paired',
    title: 'The words that differ are a heading the other document prints apart, between the clauses compared: wording only.',
    effects: ['direction'],
    direction: 'neutral',
    because: 'A heading run into the text is layout, however short.',
    fires: [
      {
        a: [{ text: 'Contents limits % of the limit Table of Compensation for this section', type: 'schedule' }],
        b: [
          { text: 'Contents limits % of the limit', type: 'schedule' },
          { text: 'Table of Compensation', asHeading: true },
          { text: 'for this section', type: 'schedule' },
        ],
      },
    ],
    doesNotFire: [{ a: 'Contents limits % of the limit for this section', b: 'Contents limits % of the sum insured for this section', type: 'schedule' }],
  },
  {
    id: 'paired.moved-between-clauses',
    scope: 'paired',
    title: 'The words that differ are printed, nearly word for word, in a neighbouring clause of the same kind in the other document: wording only.',
    effects: ['direction'],
    direction: 'neutral',
    because: 'The documents cut and lightly edit the same list differently; the words moved, they did not come or go.',
    fires: [
      {
        a: [
          { text: 'We will not pay for loss or damage caused by wear and tear or gradual deterioration. We will not pay for loss or damage caused by moth or vermin.', type: 'exclusion' },
          { text: 'We will not pay for loss or damage caused by frost to pipes in an unheated building.', type: 'exclusion' },
        ],
        b: [
          { text: 'We will not pay for loss or damage caused by wear and tear or gradual deterioration.', type: 'exclusion' },
          { text: 'We will not pay for loss or damage caused by moth or vermin. We will not pay for loss or damage caused by frost to pipes in an unheated building.', type: 'exclusion' },
        ],
      },
    ],
    doesNotFire: [
      {
        a: 'We will not pay for loss or damage caused by wear and tear or gradual deterioration.',
        b: 'We will not pay for loss or damage caused by wear and tear, gradual deterioration or moth or vermin.',
        type: 'exclusion',
      },
    ],
  },
  {
    id: 'paired.boundary-shift',
    scope: 'paired',
    title: 'The words that differ crossed the boundary with the neighbouring clause (the documents cut the same wording at different places): wording only.',
    effects: ['direction'],
    direction: 'neutral',
    because: 'The same words are printed; only where one clause ends and the next begins differs.',
    fires: [
      {
        a: [
          { text: 'You must tell us immediately about any change in circumstances. This includes a change of address.', type: 'condition' },
          { text: 'You must take reasonable care to protect the home from loss or damage.', type: 'condition' },
        ],
        b: [
          { text: 'You must tell us immediately about any change in circumstances.', type: 'condition' },
          { text: 'This includes a change of address. You must take reasonable care to protect the home from loss or damage.', type: 'condition' },
        ],
      },
    ],
    doesNotFire: [
      {
        a: 'You must tell us immediately about any change in circumstances. This includes a change of address.',
        b: 'You must tell us within 30 days about any change in circumstances. This includes a change of address.',
        type: 'condition',
      },
    ],
  },
  {
    id: 'paired.typography',
    scope: 'paired',
    title: 'Only typography differs (quotes, dashes, hyphenation, list markers): unchanged.',
    effects: ['status', 'direction'],
    direction: 'neutral',
    because: 'DOMAIN.md §6: wording only covers extraction artefacts and typography.',
    fires: [{ a: 'We will pay for loss or damage caused by: n Storm n Flood n Subsidence', b: 'We will pay for loss or damage caused by: Storm, Flood, Subsidence', type: 'coverage_grant', note: 'A Wingdings bullet extracts as a lone "n" (AXA booklets).' }],
    doesNotFire: [{ a: '"Money" means cash, cheques and postal orders held for private purposes.', b: '"Money" means cash and cheques held for private purposes.', type: 'definition' }],
  },
  {
    id: 'paired.extraction-gap',
    scope: 'paired',
    title: "The only differences are runs one document's PDF failed to extract (text starting at a curly quote or dash): wording only.",
    effects: ['direction'],
    direction: 'neutral',
    because: 'S7-C05/C06: the printed pages match; the text layer lost the runs.',
    fires: [
      {
        a: [
          ...LOSSY_FILLER.a,
          { text: 'We will pay for loss of an insured person’s cash, banknotes or traveller’s cheques carried for social purposes.', type: 'coverage_grant' },
        ],
        b: [...LOSSY_FILLER.b, { text: 'We will pay for loss of an insured person cheques carried for social purposes.', type: 'coverage_grant' }],
        note: 'MSIG TravelEasy 2023 → 2024: B drops every run that starts at a curly apostrophe.',
      },
    ],
    doesNotFire: [
      {
        a: 'Family member The insured person’s husband or wife, child, parent, stepparent, parent-in-law or grandparent.',
        b: 'Family member The insured person’s husband or wife, child or parent.',
        type: 'definition',
      },
    ],
  },
  {
    id: 'paired.cut-short',
    scope: 'paired',
    title: "One side's clause stops mid-sentence (at the foot of a column or page) and the other goes on with the same words: wording only.",
    effects: ['direction'],
    direction: 'neutral',
    because: 'S9-C05/C06: the rest of the clause is printed in the next column; nothing is added or removed.',
    fires: [
      {
        a: 'Network Provider related: The Company may modify the list of Network Providers or modify or restrict the extent of Cashless',
        b: 'Network Provider related: The Company may modify the list of Network Providers or modify or restrict the extent of Cashless Facilities that may be availed at any particular Network Provider.',
        type: 'claims_procedure',
      },
    ],
    doesNotFire: [
      {
        a: 'We will pay for loss or damage to the buildings caused by storm or flood.',
        b: 'We will pay for loss or damage to the buildings caused by storm or flood, but not by subsidence of the land.',
        type: 'coverage_grant',
      },
    ],
  },
  {
    id: 'paired.legal-synonyms',
    scope: 'paired',
    title: 'Only drafting synonyms differ ("shall" → "will", "forthwith" → "immediately"): wording only.',
    effects: ['direction'],
    direction: 'neutral',
    because: 'Modernised drafting moves no right.',
    fires: [{ a: 'The insured shall forthwith give notice in writing to the Company of any claim.', b: 'The insured will immediately give notice in writing to the Company of any claim.', type: 'condition' }],
    doesNotFire: [{ a: 'The insured shall give notice in writing to the Company of any claim within 30 days.', b: 'The insured shall give notice in writing to the Company of any claim within 7 days.', type: 'condition' }],
  },
  {
    id: 'paired.cross-reference-exclusions',
    scope: 'paired',
    title: 'Both clauses only exclude what other clauses already exclude; they differ in the sections they refer to: wording only.',
    effects: ['direction'],
    direction: 'neutral',
    because: 'A renumbered cross-reference excludes nothing of its own.',
    fires: [{ a: 'Any loss or damage specifically excluded under causes 1–11.', b: 'Any loss or damage specifically excluded under covers 12–33.', type: 'exclusion' }],
    doesNotFire: [{ a: 'Any loss or damage caused by wear and tear.', b: 'Any loss or damage caused by wear and tear or gradual deterioration.', type: 'exclusion' }],
  },
  // ---- paired: what a difference does (all fire) ----
  {
    id: 'figure.amount-by-role',
    scope: 'paired',
    title: 'An amount paired with its counterpart by role and subject moves: a limit or sum insured up is broader, an excess up is narrower, a premium or tax is neutral.',
    effects: ['direction'],
    because: 'DOMAIN.md §1: who gains when the figure grows.',
    fires: [
      { a: 'The most we will pay for any one claim for valuables is £2,500.', b: 'The most we will pay for any one claim for valuables is £750.', type: 'limit', note: 'AXA Advanced → Extra.' },
      { a: 'You will have to pay the first £100 of each and every claim (the excess).', b: 'You will have to pay the first £250 of each and every claim (the excess).', type: 'excess' },
    ],
    doesNotFire: [{ a: 'The most we will pay for any one claim for valuables is £2,500.', b: 'The most we will pay for any one claim for valuables is £2,500 in total.', type: 'limit' }],
  },
  {
    id: 'figure.amount-currency',
    scope: 'paired',
    title: 'An amount changes currency: ambiguous.',
    effects: ['direction'],
    direction: 'ambiguous',
    because: 'Which is more depends on the exchange rate on the day of the claim.',
    fires: [{ a: 'We will pay up to S$5,000 for each insured person.', b: 'We will pay up to US$5,000 for each insured person.', type: 'limit' }],
    doesNotFire: [{ a: 'We will pay up to S$5,000 for each insured person.', b: 'We will pay up to S$6,000 for each insured person.', type: 'limit' }],
  },
  {
    id: 'figure.to-schedule',
    scope: 'paired',
    title: 'An amount replaced by "the amount shown in your schedule" (or the reverse): ambiguous, since which is more depends on the schedule.',
    effects: ['direction'],
    direction: 'ambiguous',
    because: 'DOMAIN.md §1: a figure "shown in your schedule" is opaque, so fixed ↔ schedule is A [C:S1-24].',
    fires: [
      {
        a: 'We will pay the reasonable cost of transporting the insured person by road ambulance, up to Rs. 3,000 for each hospitalisation.',
        b: 'We will pay the reasonable cost of transporting the insured person by road ambulance, up to the amount specified in the policy schedule for each hospitalisation.',
        type: 'coverage_grant',
      },
    ],
    doesNotFire: [{ a: 'We will pay up to Rs. 3,000 for each hospitalisation.', b: 'We will pay up to Rs. 5,000 for each hospitalisation.', type: 'coverage_grant' }],
  },
  {
    id: 'figure.amount-removed',
    scope: 'paired',
    title: 'An amount with no counterpart on the other side disappears: a removed excess or sub-limit is broader, a removed overall limit ambiguous.',
    effects: ['direction'],
    because: 'DOMAIN.md §1: a removed excess gains the insured; a removed limit may mean unlimited or no longer covered.',
    fires: [{ a: 'We will pay for accidental damage to the buildings. You will have to pay the first £100 of each claim.', b: 'We will pay for accidental damage to the buildings.', type: 'coverage_grant' }],
    doesNotFire: [{ a: 'We will pay for accidental damage to the buildings up to £1,000.', b: 'We will pay for accidental damage to the buildings up to £1,500.', type: 'coverage_grant' }],
  },
  {
    id: 'figure.amount-introduced',
    scope: 'paired',
    title: 'An amount with no counterpart on the other side appears: a new excess or sub-limit is narrower, a new overall limit ambiguous.',
    effects: ['direction'],
    because: 'DOMAIN.md §1: a new excess type is narrower.',
    fires: [{ a: 'We will pay for accidental damage to the buildings.', b: 'We will pay for accidental damage to the buildings. You will have to pay the first £100 of each claim.', type: 'coverage_grant' }],
    doesNotFire: [{ a: 'We will pay for accidental damage to the buildings up to £1,000.', b: 'We will pay for accidental damage to the buildings up to £1,500.', type: 'coverage_grant' }],
  },
  {
    id: 'figure.percentage-by-role',
    scope: 'paired',
    title: 'A percentage paired by role moves: a co-payment or percentage excess up is narrower, a share of the limit up is broader.',
    effects: ['direction'],
    because: 'DOMAIN.md §1: co-pay gains the insurer as it grows.',
    fires: [{ a: 'We will pay 80% of the cost.', b: 'We will pay 90% of the cost.', type: 'coverage_grant', note: 'No role cue: the DNA role decides (here none, so ambiguous).' }],
    doesNotFire: [{ a: 'The Insured Person shall bear 10% of each admissible claim as co-payment.', b: 'The Insured Person shall bear 20% of each admissible claim as co-payment.', type: 'excess', note: 'A co-payment: figure.percentage-role.' }],
  },
  {
    id: 'figure.percentage-removed',
    scope: 'paired',
    title: 'A percentage with no counterpart disappears: the opposite of introducing it.',
    effects: ['direction'],
    because: 'Removing a co-payment gains the insured.',
    fires: [{ a: 'We will pay the cost of repairs, less 10%.', b: 'We will pay the cost of repairs.', type: 'coverage_grant' }],
    doesNotFire: [{ a: 'The Insured Person shall bear 10% of each admissible claim as co-payment.', b: 'The Insured Person shall bear 20% of each admissible claim as co-payment.', type: 'excess' }],
  },
  {
    id: 'figure.percentage-introduced',
    scope: 'paired',
    title: 'A percentage with no counterpart appears: a new co-payment is narrower, a new share of the limit broader.',
    effects: ['direction'],
    because: 'DOMAIN.md §1: a new co-payment is narrower.',
    fires: [{ a: 'We will pay the cost of repairs.', b: 'We will pay the cost of repairs, less 10%.', type: 'coverage_grant' }],
    doesNotFire: [{ a: 'The Insured Person shall bear 10% of each admissible claim as co-payment.', b: 'The Insured Person shall bear 20% of each admissible claim as co-payment.', type: 'excess' }],
  },
  {
    id: 'figure.percentage-role',
    scope: 'paired',
    title: 'A percentage whose role the figure-role table reads in its own words (co-payment, room rent, bonus, premium refunded…) moves: direction = who gains when it grows × which way it moved.',
    effects: ['direction'],
    because: 'DOMAIN.md §1 (tables/figure-roles.ts).',
    fires: [
      { a: 'On cancellation the Company will refund 25% of the premium.', b: 'On cancellation the Company will refund 50% of the premium.', type: 'cancellation' },
      { a: 'Room rent is covered up to 1% of the sum insured per day.', b: 'Room rent is covered up to 2% of the sum insured per day.', type: 'limit' },
    ],
    doesNotFire: [{ a: 'We will pay 80% of the cost.', b: 'We will pay 90% of the cost.', type: 'coverage_grant' }],
  },
  {
    id: 'figure.percentage-to-whole',
    scope: 'paired',
    title: 'A share dropped while the whole it was a share of stays ("refund 50% of the installment premium" → "refund the installment premium") is the share rising to 100% (and the mirror image).',
    effects: ['direction'],
    because: 'The figure did not go: it became the whole (Care Supreme 2022 → 2024 refund on instalment policies).',
    fires: [
      {
        a: 'If the policyholder cancels the policy, the Company will refund 50% of the installment premium for the unexpired installment period.',
        b: 'If the policyholder cancels the policy, the Company will refund the installment premium for the unexpired installment period.',
        type: 'cancellation',
      },
    ],
    doesNotFire: [
      { a: 'The Company will refund 50% of the installment premium.', b: 'The Company will refund 75% of the installment premium.', type: 'cancellation' },
    ],
  },
  {
    id: 'figure.refund-basis',
    scope: 'paired',
    title: 'The basis a cancelled policy\'s premium is refunded on moves along no refund < short-period scale (or "as detailed below") < pro rata for the unexpired period: up the scale is broader.',
    effects: ['direction'],
    because: 'DOMAIN.md §1 cancellation refund scale: table (75/50/25/0 %) → pro rata is B [R6][C:S9-21].',
    fires: [
      {
        a: 'The policyholder may cancel this policy and the Company shall refund premium for the unexpired policy period as detailed below.',
        b: 'The policyholder may cancel this policy and the Company shall refund proportionate premium for the unexpired policy period.',
        type: 'cancellation',
      },
      { a: 'If you cancel, we will refund the premium on a pro rata basis.', b: 'If you cancel, we will refund the premium at our short period rates.', type: 'cancellation', note: 'UK wording: narrower.' },
    ],
    doesNotFire: [{ a: 'If you cancel, we will refund the premium on a pro rata basis.', b: 'If you cancel, we will refund the premium on a pro-rata basis.', type: 'cancellation' }],
  },
  {
    id: 'figure.period-role',
    scope: 'paired',
    title: "A period whose role the figure-role table reads in its own words (grace period, free look, moratorium, the insurer's settlement deadline…) moves: direction = who gains when it grows × which way it moved. A period one side states again with another value is compared with it, not reported as new.",
    effects: ['direction'],
    because: 'DOMAIN.md §1: the same 30 → 15 days is broader as the insurer\'s deadline and narrower as the grace period (tables/figure-roles.ts).',
    fires: [
      {
        a: 'The Company shall settle or reject a claim, as the case may be, within 30 days from the date of receipt of last necessary document.',
        b: 'The Company shall settle or reject a claim, as the case may be, within 15 days from the date of receipt of last necessary document.',
        type: 'coverage_grant',
        note: 'Care Supreme 2022 → 2024, classified as a grant: the role, not the type, decides (broader).',
      },
      {
        a: 'Grace Period of 30 days would be given to pay the installment premium due for the policy.',
        b: 'Grace Period of fifteen days where premium payment mode is monthly and thirty days in all other cases would be given to pay the installment premium due for the policy.',
        type: 'condition',
      },
      { a: 'You have a 14 day cooling-off period to cancel your policy.', b: 'You have a 21 day cooling-off period to cancel your policy.', type: 'cancellation', note: 'Australian motor PDS wording.' },
    ],
    doesNotFire: [
      { a: 'We will pay for follow-up medical treatment in Singapore within 30 days of your return.', b: 'We will pay for follow-up medical treatment in Singapore within 21 days of your return.', type: 'coverage_grant' },
      { a: 'The waiting period is 30 days from the start of the policy.', b: 'The waiting period is thirty days from the start of the policy.', type: 'waiting_period' },
    ],
  },
  {
    id: 'figure.period-bound',
    scope: 'paired',
    title: "A period the wording bounds (\"more than 6 hours\", \"within 30 days\") moves: whether more cases fall inside the bound, times the clause's polarity.",
    effects: ['direction'],
    because: 'threshold-sense.ts: a floor raised lets fewer cases in; a ceiling raised lets more in.',
    fires: [
      { a: 'We will pay for follow-up medical treatment in Singapore within 30 days of your return.', b: 'We will pay for follow-up medical treatment in Singapore within 21 days of your return.', type: 'coverage_grant' },
    ],
    doesNotFire: [{ a: 'The waiting period is 30 days from the start of the policy.', b: 'The waiting period is 90 days from the start of the policy.', type: 'waiting_period' }],
  },
  {
    id: 'figure.period-by-role',
    scope: 'paired',
    title: 'A period neither the figure-role table nor a bound reads moves by the role the DNA stage gave it: a longer waiting period is narrower; a longer notice period or time limit broader; any other ambiguous.',
    effects: ['direction'],
    because: 'The last resort for a period: the DNA stage\'s role, read from a few words around it.',
    fires: [{ a: 'Temporary removal cover applies for 30 days after the move.', b: 'Temporary removal cover applies for 60 days after the move.', type: 'extension' }],
    doesNotFire: [{ a: 'The waiting period is 30 days from the start of the policy.', b: 'The waiting period is 90 days from the start of the policy.', type: 'waiting_period' }],
  },
  {
    id: 'figure.period-removed',
    scope: 'paired',
    title: 'A period neither the table nor the other side reads disappears: a removed waiting period (DNA role) is broader; any other ambiguous.',
    effects: ['direction'],
    because: 'DOMAIN.md §1: a removed wait gains the insured.',
    fires: [{ a: 'Temporary removal cover applies for 30 days after the move.', b: 'Temporary removal cover applies after the move.', type: 'extension' }],
    doesNotFire: [{ a: 'The waiting period is 30 days from the start of the policy.', b: 'The waiting period is 90 days from the start of the policy.', type: 'waiting_period' }],
  },
  {
    id: 'figure.period-introduced',
    scope: 'paired',
    title: 'A period neither the table nor the other side reads appears: a new waiting period (DNA role) is narrower; any other ambiguous.',
    effects: ['direction'],
    because: 'DOMAIN.md §1: a new wait gains the insurer.',
    fires: [{ a: 'Temporary removal cover applies after the move.', b: 'Temporary removal cover applies for 30 days after the move.', type: 'extension' }],
    doesNotFire: [{ a: 'The waiting period is 30 days from the start of the policy.', b: 'The waiting period is 90 days from the start of the policy.', type: 'waiting_period' }],
  },
  {
    id: 'sentence.added-or-removed',
    scope: 'paired',
    title: 'A whole sentence only one side of a modified clause has (its words not held by the other side, five words at least) takes its direction from its polarity: a restriction removed is broader, a duty of the insured added narrower, a grant added broader. The word-level readings then read the clause without it.',
    effects: ['direction'],
    because: 'DOMAIN.md §2: removing a restriction is broader, adding an obligation on the insured narrower, adding a benefit broader (tables/sentence-polarity.ts).',
    fires: [
      {
        a: 'Cashless facility is available at network hospitals. Cashless facility is not available for treatment taken outside India.',
        b: 'Cashless facility is available at network hospitals.',
        type: 'coverage_grant',
        note: 'Indian health wording: a restriction removed.',
      },
      {
        a: 'We will pay for emergency dental treatment abroad.',
        b: 'We will pay for emergency dental treatment abroad. Dental treatment is not covered if it could wait until you return home.',
        type: 'coverage_grant',
      },
    ],
    doesNotFire: [
      { a: 'We will not pay for damage to fragile or brittle articles, unless the damage is caused by fire.', b: 'We will not pay for damage to fragile or brittle articles.', type: 'exclusion', note: 'The same sentence without its exception: a carve-out change.' },
    ],
  },
  {
    id: 'sentence.polarity-flip',
    scope: 'paired',
    title: 'A sentence that is reworded into another polarity ("coverage will not be available" → "coverage shall be available") moves cover the way removing the old and adding the new do.',
    effects: ['direction'],
    because: 'DOMAIN.md §2: "is not available" → "need not be available" is B; a restriction that becomes a grant gives cover.',
    fires: [
      {
        a: 'During such grace period, coverage will not be available from the due date of the installment premium.',
        b: 'During such grace period, coverage shall be available from the due date of the installment premium.',
        type: 'condition',
      },
    ],
    doesNotFire: [
      { a: 'During such grace period, coverage will not be available for new claims.', b: 'During such grace period, coverage will not be available for any claim.', type: 'condition' },
    ],
  },
  {
    id: 'scope.peril-or-subject',
    scope: 'paired',
    title: "A peril or insured subject the DNA reads joins or leaves the clause: more in a grant is broader, more in an exclusion narrower.",
    effects: ['direction'],
    because: 'DOMAIN.md §2: widen scope of a grant B, of a restriction N.',
    fires: [{ a: 'We will pay for loss or damage to the buildings caused by fire or lightning.', b: 'We will pay for loss or damage to the buildings caused by fire, lightning or flood.', type: 'coverage_grant' }],
    doesNotFire: [{ a: 'We will pay for loss or damage to the buildings caused by fire or lightning.', b: 'We will pay for loss or damage to the buildings resulting from fire or lightning.', type: 'coverage_grant' }],
  },
  {
    id: 'scope.word-breadth',
    scope: 'paired',
    title: 'Read from the word diff when no peril or subject moved: opening words and list items gained widen, qualifiers gained narrow; times the polarity.',
    effects: ['direction'],
    because: 'scope-breadth.ts; a weak cue, used only when nothing stronger speaks.',
    fires: [{ a: 'We will pay for theft by you or by any person lawfully in your home.', b: 'We will pay for theft by you.', type: 'coverage_grant' }],
    doesNotFire: [{ a: 'We will pay for theft from the home.', b: 'We will pay for theft from your home.', type: 'coverage_grant' }],
  },
  {
    id: 'carve-out.exception',
    scope: 'paired',
    title: 'An exception ("unless…", "except…", "other than…") joins or leaves the clause: it cuts against the clause\'s polarity.',
    effects: ['direction'],
    because: 'DOMAIN.md §2: an exception added to an exclusion gives cover back.',
    fires: [{ a: 'We will not pay for theft from an unattended vehicle.', b: 'We will not pay for theft from an unattended vehicle unless the vehicle was locked and there are signs of forced entry.', type: 'exclusion' }],
    doesNotFire: [{ a: 'We will not pay for theft from an unattended vehicle.', b: 'We will not pay for theft from an unattended car.', type: 'exclusion' }],
  },
  {
    id: 'burden.insured-obligation',
    scope: 'paired',
    title: 'An obligation on the insured the DNA reads ("you must…") appears (narrower) or goes (broader).',
    effects: ['direction'],
    because: 'DOMAIN.md §2: a duty of the insured added is N, removed B.',
    fires: [
      {
        a: 'You must tell us about any claim as soon as possible.',
        b: 'You must tell us about any claim as soon as possible and you must also report any theft to the police.',
        type: 'condition',
        note: 'The duty joins a sentence; a whole new sentence of duty is sentence.added-or-removed.',
      },
    ],
    doesNotFire: [{ a: 'You must tell us about any claim as soon as possible.', b: 'You must tell us about any claim as soon as you can.', type: 'condition' }],
  },
  {
    id: 'burden.claim-documents',
    scope: 'paired',
    title: 'A claims clause that lists the documents the insured must send: a document or a stricter kind of it added ("and address proof", "numbered bills") is narrower, one dropped broader.',
    effects: ['direction'],
    because: 'DOMAIN.md §3 claims procedure: more documents N [C:S9-36].',
    fires: [
      { a: 'Documents to be submitted: Copy of Photo ID of Insured Person;', b: 'Documents to be submitted: Copy of Photo ID and address proof of Insured Person;', type: 'claims_procedure' },
      { a: 'You must send us original bills and receipts for the items lost.', b: 'You must send us original numbered bills and receipts for the items lost.', type: 'claims_procedure' },
    ],
    doesNotFire: [{ a: 'You must tell us about the claim as soon as possible.', b: 'You must tell us about the claim as soon as you can.', type: 'claims_procedure' }],
  },
  {
    id: 'strictness.deadline',
    scope: 'paired',
    title: 'A deadline word tightens ("as soon as reasonably possible" → "immediately": narrower) or relaxes.',
    effects: ['direction'],
    because: 'A stricter deadline is a new way to lose a claim.',
    fires: [{ a: 'You must tell us about any claim as soon as reasonably possible.', b: 'You must tell us about any claim immediately.', type: 'condition' }],
    doesNotFire: [{ a: 'You must tell us about any claim immediately.', b: 'You must tell us about any claim at once.', type: 'condition' }],
  },
  {
    id: 'strictness.modal',
    scope: 'paired',
    title: 'A recommendation becomes a requirement ("you should" → "you must": narrower), or the reverse.',
    effects: ['direction'],
    because: 'DOMAIN.md §2: must and shall bind, should is advice.',
    fires: [{ a: 'You should keep all receipts for valuables.', b: 'You must keep all receipts for valuables.', type: 'condition' }],
    doesNotFire: [{ a: 'You must keep all receipts for valuables.', b: 'You must keep all receipts for jewellery and valuables.', type: 'condition' }],
  },
  {
    id: 'strictness.reasonableness',
    scope: 'paired',
    title: 'A reasonableness qualifier joins or leaves: it loosens a duty but confines a payment; not read in exclusions.',
    effects: ['direction'],
    because: '"Take reasonable steps" is a looser duty; "the reasonable cost" pays less.',
    fires: [{ a: 'You must take steps to prevent further damage.', b: 'You must take reasonable steps to prevent further damage.', type: 'condition' }],
    doesNotFire: [{ a: 'We will not pay for damage caused by your failure to take steps.', b: 'We will not pay for damage caused by your failure to take reasonable steps.', type: 'exclusion' }],
  },
  {
    id: 'strictness.insurer-discretion',
    scope: 'paired',
    title: 'The insurer gains discretion ("at our option", "we may decide", narrower) or loses it (broader).',
    effects: ['direction'],
    because: 'DOMAIN.md §2: an insurer\'s right added is N.',
    fires: [{ a: 'We will repair or replace the damaged item.', b: 'We will repair or replace the damaged item at our option.', type: 'coverage_grant' }],
    doesNotFire: [{ a: 'We will repair or replace the damaged item at our option.', b: 'We will repair or replace the damaged property at our option.', type: 'coverage_grant' }],
  },
  {
    id: 'definition.width-by-usage',
    scope: 'paired',
    title: 'A definition becomes wider or narrower: broader when the clauses using it mostly grant cover, narrower when they mostly restrict it.',
    effects: ['direction'],
    because: 'DOMAIN.md §4: work out a definition\'s effect through its uses.',
    fires: [
      {
        a: [{ text: '"Valuables" means jewellery, watches and furs.', type: 'definition' }, { text: 'We will pay up to £1,000 for valuables stolen from the home.', type: 'coverage_grant' }],
        b: [{ text: '"Valuables" means jewellery, watches, furs and works of art.', type: 'definition' }, { text: 'We will pay up to £1,000 for valuables stolen from the home.', type: 'coverage_grant' }],
      },
    ],
    doesNotFire: [{ a: '"Valuables" means jewellery, watches and furs.', b: '"Valuables" means jewellery, watches, furs and works of art.', type: 'exclusion' }],
  },
  {
    id: 'definition.figure-role',
    scope: 'paired',
    title: 'A definition whose figure has a role the figure-role table names ("not lived in for more than 60 days", "diagnosed within 48 months prior to the policy") moves the way that role says; the term\'s own width reading does not override it.',
    effects: ['direction'],
    because: 'DOMAIN.md §4: a threshold term is a trigger (Unoccupied 60 → 30 days is N); a wider Pre-existing Disease is N, a shorter look-back B.',
    fires: [
      {
        a: [{ text: '"Unoccupied" means not lived in by you or your family for more than 60 days in a row.', type: 'definition' }, { text: 'We will not pay for theft while the home is unoccupied.', type: 'exclusion' }],
        b: [{ text: '"Unoccupied" means not lived in by you or your family for more than 30 days in a row.', type: 'definition' }, { text: 'We will not pay for theft while the home is unoccupied.', type: 'exclusion' }],
      },
    ],
    doesNotFire: [
      {
        a: [{ text: '"Storm" means wind of at least 47 knots.', type: 'definition' }, { text: 'We will pay for damage caused by storm.', type: 'coverage_grant' }],
        b: [{ text: '"Storm" means wind of at least 55 knots.', type: 'definition' }, { text: 'We will pay for damage caused by storm.', type: 'coverage_grant' }],
        note: 'No period role: the figure cuts the way the definition does (definition.figure-follows-term).',
      },
    ],
  },
  {
    id: 'definition.figure-follows-term',
    scope: 'paired',
    title: 'A figure inside a definition ("within 48 months", "at least 47 knots") moves the term: it cuts the way the definition does.',
    effects: ['direction'],
    because: 'DOMAIN.md §4: a threshold term is a trigger; its figure is not a limit of cover.',
    fires: [
      {
        a: [{ text: '"Hazardous activity" means any activity lasting more than 3 days at an altitude of over 3,000 metres.', type: 'definition' }, { text: 'We will not pay for injury during a hazardous activity.', type: 'exclusion' }],
        b: [{ text: '"Hazardous activity" means any activity lasting more than 5 days at an altitude of over 3,000 metres.', type: 'definition' }, { text: 'We will not pay for injury during a hazardous activity.', type: 'exclusion' }],
      },
    ],
    doesNotFire: [{ a: 'We will not pay for theft while the home is left empty for more than 60 days.', b: 'We will not pay for theft while the home is left empty for more than 30 days.', type: 'exclusion' }],
  },
  {
    id: 'definition.used-term-changed',
    scope: 'paired',
    title: 'A clause uses a term whose definition changed: the change reaches it, in the direction the width gives in that clause.',
    effects: ['direction'],
    because: 'DOMAIN.md §4: a changed definition changes every clause that uses it.',
    fires: [
      {
        a: [{ text: '"Valuables" means jewellery, watches and furs.', type: 'definition' }, { text: 'We will pay up to £1,000 for valuables stolen from the home.', type: 'coverage_grant' }],
        b: [{ text: '"Valuables" means jewellery, watches, furs and works of art.', type: 'definition' }, { text: 'We will pay up to £1,500 for valuables stolen from the home.', type: 'coverage_grant' }],
      },
    ],
    doesNotFire: [{ a: 'We will pay up to £1,000 for valuables stolen from the home.', b: 'We will pay up to £1,500 for valuables stolen from the home.', type: 'coverage_grant' }],
  },
  {
    id: 'paired.no-identified-meaning',
    scope: 'paired',
    title: 'The wording changes but no figure, scope, exception, obligation, standard or definition moves: wording only.',
    effects: ['direction'],
    direction: 'neutral',
    because: 'Nothing typed differs.',
    fires: [{ a: 'Please read this policy carefully and keep it in a safe place.', b: 'Please read this booklet carefully and keep it safe.', type: 'admin' }],
    doesNotFire: [{ a: 'We will pay up to £1,000 for garden plants.', b: 'We will pay up to £500 for garden plants.', type: 'limit' }],
  },
  // ---- change: how a modified clause's deltas decide it ----
  {
    id: 'change.own-deltas',
    scope: 'paired',
    title: "A modified clause takes the direction its own deltas agree on; when they disagree it is ambiguous.",
    effects: ['direction'],
    because: 'A clause\'s direction is what its own wording does.',
    fires: [{ a: 'We will pay up to £1,000 for garden plants.', b: 'We will pay up to £500 for garden plants.', type: 'limit' }],
    doesNotFire: [{ a: FIRE, b: FIRE, type: 'coverage_grant' }],
  },
  {
    id: 'change.dependency-only',
    scope: 'paired',
    title: 'A modified clause whose own deltas give no direction takes the direction of a changed definition it uses.',
    effects: ['direction'],
    because: 'DOMAIN.md §4.',
    fires: [
      {
        a: [{ text: '"Valuables" means jewellery, watches and furs.', type: 'definition' }, { text: 'Please keep valuables in a safe place at the home.', type: 'admin' }],
        b: [{ text: '"Valuables" means jewellery, watches, furs and works of art.', type: 'definition' }, { text: 'Please keep valuables safe at the home.', type: 'admin' }],
      },
    ],
    doesNotFire: [{ a: 'We will pay up to £1,000 for garden plants.', b: 'We will pay up to £500 for garden plants.', type: 'limit' }],
  },
  {
    id: 'change.fragment',
    scope: 'paired',
    title: 'A few words on each side (a table fragment) whose figures did not change weigh 0.4 of a full clause.',
    effects: ['materiality'],
    because: 'Short fragments are table headers or layout far more often than clauses.',
    fires: [{ a: 'Elite Plan', b: 'Elite Plan Classic', type: 'schedule' }],
    doesNotFire: [{ a: 'We will pay up to £1,000 for garden plants.', b: 'We will pay up to £1,000 for garden plants and trees.', type: 'limit' }],
  },
  // ---- one-sided: a clause only one document has (first applicable decides) ----
  {
    id: 'one-sided.restated',
    scope: 'one-sided',
    title: 'The clause restates what the other document says elsewhere: neutral, at most 0.1.',
    effects: ['direction', 'cap'],
    direction: 'neutral',
    cap: { name: 'NOT_A_CHANGE_MAX_SCORE', max: 0.1 },
    because: 'The same cover is printed in another place; nothing comes or goes.',
    fires: [
      {
        a: [{ text: FIRE, type: 'coverage_grant' }, { text: 'The amount of the excess shown in your schedule for each and every claim.', type: 'exclusion' }],
        b: [
          { text: FIRE, type: 'coverage_grant' },
          { text: 'The amount of the excess shown in your schedule for each and every claim.', type: 'exclusion' },
          { text: 'We will not pay for theft or attempted theft from any part of the home that is lent, let or sublet.', type: 'exclusion' },
          { text: 'The amount of the excess shown in your schedule for each and every claim.', type: 'exclusion' },
        ],
        note: 'A booklet that prints the excess line again under another cause.',
      },
    ],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will not pay for loss or damage caused by subsidence of the land beneath the buildings.', type: 'exclusion' }] }],
  },
  {
    id: 'one-sided.displaced',
    scope: 'one-sided',
    title: 'The other document prints the same words inside another clause or as a heading, cut differently: neutral, at most 0.1.',
    effects: ['direction', 'cap'],
    direction: 'neutral',
    cap: { name: 'NOT_A_CHANGE_MAX_SCORE', max: 0.1 },
    because: 'The difference is layout, not wording.',
    fires: [
      {
        a: [{ text: 'The most we will pay is shown below.', type: 'limit' }, { text: 'Sub-limits Sections extended under this section 12', type: 'coverage_grant' }],
        b: [{ text: 'The most we will pay is shown below.', type: 'limit' }, { text: 'Sub-limits', asHeading: true }, { text: 'Sections extended under this section 12', asHeading: true }],
        note: 'One layout reads two heading lines as a paragraph.',
      },
    ],
    doesNotFire: [
      {
        a: [{ text: 'Escape of water from any fixed water installation.', type: 'coverage_grant' }],
        b: [{ text: 'Escape of water from any fixed water installation.', type: 'coverage_grant' }, { text: 'We will not pay for loss or damage caused by water escaping from a shower tray or bath because of failed grout or sealant.', type: 'exclusion' }],
      },
    ],
  },
  {
    id: 'one-sided.extraction-loss',
    scope: 'one-sided',
    title: "The other document's PDF probably failed to extract the clause (it drops runs at a glyph the clause holds, and shows only the words before it there): neutral, at most 0.1.",
    effects: ['direction', 'cap'],
    direction: 'neutral',
    cap: { name: 'NOT_A_CHANGE_MAX_SCORE', max: 0.1 },
    because: 'S7-C07: the printed page holds the clause; its text layer does not.',
    fires: [
      {
        a: [
          ...LOSSY_FILLER.a,
          { text: 'We will not pay for claims arising from war, invasion or civil war.', type: 'exclusion' },
          { text: '2. the insured person’s employment, trade, business or profession;', type: 'exclusion' },
          { text: 'We will not pay for claims arising from nuclear radiation or contamination.', type: 'exclusion' },
        ],
        b: [
          ...LOSSY_FILLER.b,
          { text: 'We will not pay for claims arising from war, invasion or civil war.', type: 'exclusion' },
          { text: '2.', type: 'exclusion' },
          { text: 'We will not pay for claims arising from nuclear radiation or contamination.', type: 'exclusion' },
        ],
        note: 'MSIG TravelEasy 2024 extracts only the list number where the item starts at a curly apostrophe.',
      },
    ],
    doesNotFire: [
      {
        a: [{ text: 'We will not pay for claims arising from war.', type: 'exclusion' }],
        b: [{ text: 'We will not pay for claims arising from war.', type: 'exclusion' }, { text: 'We will not pay for claims arising from the insured person’s employment, trade or profession.', type: 'exclusion' }],
      },
    ],
  },
  {
    id: 'one-sided.advisory',
    scope: 'one-sided',
    title: 'The clause is advice or signposting ("we recommend…", "please call…"): neutral, at most 0.1.',
    effects: ['direction', 'cap'],
    direction: 'neutral',
    cap: { name: 'NOT_A_CHANGE_MAX_SCORE', max: 0.1 },
    because: 'DOMAIN.md §2: information is 0.',
    fires: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We recommend that you check your cover regularly.', type: 'condition' }] }],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'You must check the smoke alarms in the home every month.', type: 'condition' }] }],
  },
  {
    id: 'one-sided.cross-reference-exclusion',
    scope: 'one-sided',
    title: 'An exclusion that only refers to exclusions printed elsewhere: neutral, at most 0.1.',
    effects: ['direction', 'cap'],
    direction: 'neutral',
    cap: { name: 'NOT_A_CHANGE_MAX_SCORE', max: 0.1 },
    because: 'It excludes nothing of its own.',
    fires: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'Any loss or damage specifically excluded under causes 1–11.', type: 'exclusion' }] }],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'Any loss or damage caused by pets.', type: 'exclusion' }] }],
  },
  {
    id: 'one-sided.insurer-statement',
    scope: 'one-sided',
    title: "A claims clause that says what the insurer does and puts no duty on the insured: neutral, at most 0.1.",
    effects: ['direction', 'cap'],
    direction: 'neutral',
    cap: { name: 'NOT_A_CHANGE_MAX_SCORE', max: 0.1 },
    because: 'It is neither a burden added nor a relief removed.',
    fires: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will always talk to you about what damage you have.', type: 'claims_procedure' }] }],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'You must send us the original receipts within 30 days.', type: 'claims_procedure' }] }],
  },
  {
    id: 'one-sided.named-cause-within-all-risks',
    scope: 'one-sided',
    title: "A named cause only one side lists, where the other insures the same property against all risks: neutral, at most 0.1.",
    effects: ['direction', 'cap'],
    direction: 'neutral',
    cap: { name: 'NOT_A_CHANGE_MAX_SCORE', max: 0.1 },
    because: 'The all-risks grant already pays for it (S1: AXA Advanced against Extra).',
    fires: [{ a: [ALL_RISKS_CONTENTS], b: [NAMED_CAUSE_FIRE, NAMED_CAUSE_FIRE_EXCLUSION, NAMED_CAUSE_WATER], note: 'AXA Advanced (all risks) against AXA Extra (named causes).' }],
    doesNotFire: [{ a: [NAMED_CAUSE_WATER], b: [NAMED_CAUSE_FIRE, NAMED_CAUSE_WATER] }],
  },
  {
    id: 'one-sided.qualifier-of-one-sided-cover',
    scope: 'one-sided',
    title: 'An exclusion or condition of a cover that is added or removed as a whole: neutral, at most 0.3.',
    effects: ['direction', 'cap'],
    direction: 'neutral',
    cap: { name: 'NAMED_CAUSE_QUALIFIER_MAX_SCORE', max: 0.3 },
    because: 'DOMAIN.md §2: the conditions and exclusions of a removed cover are 0, not B [C:S7-02, S7-13].',
    fires: [
      {
        a: [{ text: FIRE, type: 'coverage_grant' }],
        b: [
          { text: FIRE, type: 'coverage_grant' },
          { text: 'We will pay up to £50,000 for costs following identity theft.', type: 'coverage_grant', headingPath: ['Policy', 'Contents', 'Cover 24 – Identity theft', 'What is covered'] },
          { text: 'Any loss you do not report within 30 days.', type: 'exclusion', headingPath: ['Policy', 'Contents', 'Cover 24 – Identity theft', 'What is not covered'] },
        ],
      },
    ],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will not pay for a boiler more than 15 years old.', type: 'exclusion' }] }],
  },
  {
    id: 'one-sided.grant-wording',
    scope: 'one-sided',
    title: 'A limit, schedule or admin clause whose own words grant cover ("we will pay up to £500 for marquees"): adding it is broader.',
    effects: ['direction'],
    direction: 'broader',
    because: 'Losing such a clause loses the cover it grants.',
    fires: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will pay up to £1,000 for loss of or damage to marquees hired for a family event at the home.', type: 'sublimit' }] }],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'The most we will pay for all claims arising from one event is £25,000.', type: 'limit' }] }],
  },
  {
    id: 'one-sided.cap-wording',
    scope: 'one-sided',
    title: 'A clause that caps what is paid ("the most we will pay…", "shall not exceed") without granting anything: adding it is narrower.',
    effects: ['direction'],
    direction: 'narrower',
    because: 'A new cap on its own takes cover away, whatever the classifier called it.',
    fires: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'The most we will pay for all claims arising from one event is £25,000.', type: 'limit' }] }],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will pay up to £1,000 for loss of or damage to marquees hired for a family event at the home.', type: 'sublimit' }] }],
  },
  {
    id: 'one-sided.cap-heading',
    scope: 'one-sided',
    title: 'An entry of a list of caps printed under a heading that says so ("What is the most we will pay?" / "for money – £750"): adding it is narrower.',
    effects: ['direction'],
    direction: 'narrower',
    because: 'The heading gives the entry its meaning.',
    fires: [
      {
        a: [{ text: FIRE, type: 'coverage_grant' }],
        b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'What is the most we will pay?', asHeading: true }, { text: 'for money – £750', type: 'sublimit' }],
      },
    ],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'Optional covers', asHeading: true }, { text: 'for money – £750', type: 'sublimit' }] }],
  },
  {
    id: 'one-sided.sentence-polarity',
    scope: 'one-sided',
    title: "A clause whose lead sentence's polarity (tables/sentence-polarity.ts) says otherwise than its kind: the sentence decides what adding it does (a benefit that names what is \"not payable\", a deduction from a refund).",
    effects: ['direction'],
    because: 'DOMAIN.md §2: direction = polarity of the clause × sign of the change; the classifier reads a clause by its cues, the sentence says what it does.',
    fires: [
      {
        a: [{ text: FIRE, type: 'coverage_grant' }],
        b: [
          { text: FIRE, type: 'coverage_grant' },
          { text: 'If a claim has been accepted under this benefit, then the items which are not payable as per List-I under Annexure I related to the particular claim, will become payable.', type: 'exclusion' },
        ],
        note: 'Care Supreme 2024 Claim Shield: an optional benefit the classifier reads as an exclusion.',
      },
      {
        a: [{ text: FIRE, type: 'coverage_grant' }],
        b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'If the risk has already commenced, the expenses such as pre-policy medical examination will be deducted before refunding the premium.', type: 'cancellation' }],
      },
    ],
    doesNotFire: [
      { a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will not pay for loss or damage caused by wear and tear.', type: 'exclusion' }] },
      {
        a: [{ text: FIRE, type: 'coverage_grant' }],
        b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'Your vehicle being driven by someone unlicensed. We will pay a claim for you if you can prove that you did not know.', type: 'exclusion' }],
        note: 'The lead sentence has no polarity to read; the carve-back after it does not decide.',
      },
    ],
  },
  {
    id: 'one-sided.clause-type',
    scope: 'one-sided',
    title: 'Otherwise the kind of clause decides: a grant or extension added is broader; an exclusion, condition, excess or waiting period added narrower; a definition neutral until a clause uses it.',
    effects: ['direction'],
    because: 'DOMAIN.md §3: clause types, default direction.',
    fires: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will not pay for loss or damage caused by wear and tear, rot, fungus or gradual deterioration.', type: 'exclusion' }] }],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We recommend that you check your cover regularly.', type: 'condition' }] }],
  },
  {
    id: 'one-sided.claim-document',
    scope: 'one-sided',
    title: 'An item added to or dropped from the list of documents a claim needs (a claims clause, or an item of a list under a claims lead-in): at most 0.3.',
    effects: ['cap'],
    cap: { name: 'CLAIM_DOCUMENT_MAX_SCORE', max: 0.3 },
    because: 'DOMAIN.md §6: claim documents are low; the direction stays (more documents N).',
    fires: [
      {
        a: [{ text: 'How to make a claim', asHeading: true }, { text: 'You must send us the following documents:', type: 'claims_procedure' }, { text: 'The original receipts for the items lost.', type: 'claims_procedure' }],
        b: [
          { text: 'How to make a claim', asHeading: true },
          { text: 'You must send us the following documents:', type: 'claims_procedure' },
          { text: 'The original receipts for the items lost.', type: 'claims_procedure' },
          { text: 'Written confirmation from the carrier of the length and cause of any delay.', type: 'claims_procedure' },
        ],
      },
      {
        // A later item of a list of conditions under a claims lead-in is a claim document too.
        a: [
          { text: 'What you must do', asHeading: true },
          { text: 'To support your claim you must give us, within 30 days of our request:', type: 'condition' },
          { text: 'A copy of the police report.', type: 'condition', asListItem: true },
          { text: 'Photographs of the damage.', type: 'condition', asListItem: true },
        ],
        b: [
          { text: 'What you must do', asHeading: true },
          { text: 'To support your claim you must give us, within 30 days of our request:', type: 'condition' },
          { text: 'A copy of the police report.', type: 'condition', asListItem: true },
          { text: 'Photographs of the damage.', type: 'condition', asListItem: true },
          { text: 'A written statement from each witness to the accident.', type: 'condition', asListItem: true },
        ],
      },
    ],
    doesNotFire: [
      {
        a: [{ text: FIRE, type: 'coverage_grant' }],
        b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will not pay for loss or damage caused by wear and tear.', type: 'exclusion' }],
      },
    ],
  },
  {
    id: 'one-sided.term-unused-in-other',
    scope: 'one-sided',
    title: 'A definition of a term the other document never uses: at most 0.3.',
    effects: ['cap'],
    cap: { name: 'UNUSED_TERM_MAX_SCORE', max: 0.3 },
    because: 'It comes or goes with the clauses that use it, each reported on its own.',
    fires: [
      {
        a: [{ text: FIRE, type: 'coverage_grant' }],
        b: [
          { text: FIRE, type: 'coverage_grant' },
          { text: '"Marquee" means a large tent hired for a family event.', type: 'definition' },
          { text: 'We will pay up to £1,000 for a marquee.', type: 'sublimit' },
          { text: 'We will pay up to £500 for a marquee floor.', type: 'sublimit' },
          { text: 'We will not pay for a marquee left up for more than 7 days.', type: 'exclusion' },
        ],
      },
    ],
    doesNotFire: [
      {
        a: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will pay up to £1,000 for a marquee.', type: 'sublimit' }],
        b: [{ text: FIRE, type: 'coverage_grant' }, { text: '"Marquee" means a large tent hired for a family event.', type: 'definition' }, { text: 'We will pay up to £1,000 for a marquee.', type: 'sublimit' }],
      },
    ],
  },
  {
    id: 'one-sided.qualifier-of-named-cause',
    scope: 'one-sided',
    title: "An exclusion or condition under a named cause the other side's all-risks grant covers: keeps its direction, at most 0.3.",
    effects: ['cap'],
    cap: { name: 'NAMED_CAUSE_QUALIFIER_MAX_SCORE', max: 0.3 },
    because: 'It does cut into what all risks gave, but the move from all risks to named causes is the change, reported where the grants are compared.',
    fires: [{ a: [ALL_RISKS_CONTENTS], b: [NAMED_CAUSE_FIRE, NAMED_CAUSE_FIRE_EXCLUSION, NAMED_CAUSE_WATER] }],
    doesNotFire: [{ a: [NAMED_CAUSE_FIRE, NAMED_CAUSE_WATER], b: [NAMED_CAUSE_FIRE, NAMED_CAUSE_FIRE_EXCLUSION, NAMED_CAUSE_WATER] }],
  },
  {
    id: 'one-sided.passage',
    scope: 'one-sided',
    title: 'Consecutive one-sided clauses are one passage: its direction is what its members agree on (ambiguous when they disagree), its materiality the highest member\'s.',
    effects: ['direction', 'materiality'],
    because: 'A dropped endorsement or a new optional section is one change with its full text.',
    fires: [
      {
        a: [{ text: FIRE, type: 'coverage_grant' }],
        b: [
          { text: FIRE, type: 'coverage_grant' },
          { text: 'Garden cover', asHeading: true },
          { text: 'We will pay for loss or damage to trees, shrubs and plants in the garden caused by fire or theft.', type: 'extension' },
          { text: 'We will pay up to £1,000 for any one claim for garden furniture left outside.', type: 'sublimit' },
          { text: 'We will not pay for plants in pots left outside the garden.', type: 'exclusion' },
        ],
      },
    ],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will pay for loss or damage to trees, shrubs and plants in the garden caused by fire or theft.', type: 'extension' }] }],
  },
  // ---- post-pass: readings of the whole list of changes ----
  {
    id: 'post-pass.non-contractual-matter',
    scope: 'post-pass',
    title: 'A change confined to non-contractual matter — a customer information sheet, key facts, a premium illustration, a specimen schedule, a brochure page, a claim or proposal form, a grievance or ombudsman contact list (tables/non-contractual.ts) — is information: neutral, at most 0.1.',
    effects: ['direction', 'cap'],
    direction: 'neutral',
    cap: { name: 'INFORMATION_MAX_SCORE', max: 0.1 },
    because: 'DOMAIN.md §5: recognise them and report them as information, never as cover; the policy prevails over a CIS [R12].',
    fires: [
      {
        a: [
          { text: 'Customer Information Sheet', asHeading: true },
          { text: 'Title Description (please refer to the policy clause number)', type: 'schedule' },
          { text: 'Waiting period: 48 months for pre-existing diseases.', type: 'waiting_period' },
        ],
        b: [
          { text: 'Customer Information Sheet', asHeading: true },
          { text: 'Title Description (please refer to the policy clause number)', type: 'schedule' },
          { text: 'Waiting period: 36 months for pre-existing diseases.', type: 'waiting_period' },
        ],
      },
      {
        a: [{ text: FIRE, type: 'coverage_grant' }],
        b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'Jeevan Prakash Building, Tilak Marg, Ahmedabad – 380 001. Tel.: 079 - 25501201/02 Email: bimalokpal.ahmedabad@cioins.co.in', type: 'condition' }],
        note: 'An ombudsman office in a contact list (Care Supreme Annexure IV).',
      },
    ],
    doesNotFire: [{ a: 'Waiting period: 48 months for pre-existing diseases.', b: 'Waiting period: 36 months for pre-existing diseases.', type: 'waiting_period' }],
  },
  {
    id: 'post-pass.non-contractual-section',
    scope: 'post-pass',
    title: 'A change confined to a section its document declares is not part of the policy: at most 0.2.',
    effects: ['cap'],
    cap: { name: 'NON_CONTRACTUAL_MAX_SCORE', max: 0.2 },
    because: 'DOMAIN.md §5: guidance restates the contract, it does not make it.',
    fires: [
      {
        a: [
          { text: 'Claims examples', asHeading: true },
          { text: 'This section does not form part of your policy and contains only examples of claims.', type: 'admin' },
          { text: 'We will pay up to £1,000 for a stolen bicycle.', type: 'limit' },
          { text: 'Section 1 – Buildings', asHeading: true },
          { text: FIRE, type: 'coverage_grant' },
          { text: 'We will not pay for loss or damage caused by wear and tear.', type: 'exclusion' },
          { text: 'You must keep the home in a good state of repair.', type: 'condition' },
        ],
        b: [
          { text: 'Claims examples', asHeading: true },
          { text: 'This section does not form part of your policy and contains only examples of claims.', type: 'admin' },
          { text: 'We will pay up to £500 for a stolen bicycle.', type: 'limit' },
          { text: 'Section 1 – Buildings', asHeading: true },
          { text: FIRE, type: 'coverage_grant' },
          { text: 'We will not pay for loss or damage caused by wear and tear.', type: 'exclusion' },
          { text: 'You must keep the home in a good state of repair.', type: 'condition' },
        ],
      },
    ],
    doesNotFire: [{ a: 'We will pay up to £1,000 for a stolen bicycle.', b: 'We will pay up to £500 for a stolen bicycle.', type: 'limit' }],
  },
  {
    id: 'post-pass.repeated-wording',
    scope: 'post-pass',
    title: 'The same added or removed wording printed again elsewhere: the first copy is reported, later copies at most 0.3.',
    effects: ['cap'],
    cap: { name: 'REPEAT_MAX_SCORE', max: 0.3 },
    because: 'A booklet repeats a sentence under every cover it applies to; it is one change.',
    fires: [
      {
        a: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will pay for theft from the home.', type: 'coverage_grant' }],
        b: [
          { text: FIRE, type: 'coverage_grant' },
          { text: 'We will not pay for loss or damage to valuables or money left in the garden overnight.', type: 'exclusion' },
          { text: 'We will pay for theft from the home.', type: 'coverage_grant' },
          { text: 'We will not pay for loss or damage to valuables or money left in the garden overnight.', type: 'exclusion' },
        ],
      },
    ],
    doesNotFire: [{ a: [{ text: FIRE, type: 'coverage_grant' }], b: [{ text: FIRE, type: 'coverage_grant' }, { text: 'We will not pay for loss or damage to valuables or money left in the garden overnight.', type: 'exclusion' }] }],
  },
  {
    id: 'post-pass.repeated-edit',
    scope: 'post-pass',
    title: 'The same edit made again in another clause (the same words added or removed, the same figures): the first is reported, later copies at most 0.3.',
    effects: ['cap'],
    cap: { name: 'REPEAT_MAX_SCORE', max: 0.3 },
    because: 'A rule reworded where each section prints it is one change.',
    fires: [
      {
        a: [
          { text: 'We will pay for loss or damage to the buildings caused by storm.', type: 'coverage_grant' },
          { text: 'We will pay for loss or damage to the contents caused by storm.', type: 'coverage_grant' },
        ],
        b: [
          { text: 'We will pay for loss or damage to the buildings caused by storm, but only if both the buildings and contents sections are insured with us.', type: 'coverage_grant' },
          { text: 'We will pay for loss or damage to the contents caused by storm, but only if both the buildings and contents sections are insured with us.', type: 'coverage_grant' },
        ],
      },
    ],
    doesNotFire: [
      {
        a: [{ text: 'We will pay for loss or damage to the buildings caused by storm.', type: 'coverage_grant' }],
        b: [{ text: 'We will pay for loss or damage to the buildings caused by storm, but only if both the buildings and contents sections are insured with us.', type: 'coverage_grant' }],
      },
    ],
  },
] as const satisfies readonly RuleEntry[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, RuleEntry> = new Map(RULES.map((r) => [r.id, r]));

/** The registry entry of a rule id, or undefined for an id the registry does not hold. */
export function ruleEntry(id: string): RuleEntry | undefined {
  return BY_ID.get(id);
}
