/**
 * Figure roles (shared/DOMAIN.md §1): what an amount, a percentage or a period is in its
 * sentence, and so who gains when it grows. Direction follows from role × change: the same
 * "30 days → 15 days" is broader as the insurer's settlement deadline, narrower as the grace
 * period, and a wording of any market says which it is in the words around the figure.
 *
 * Rows are tried in order (the first whose cues match the figure's own stretch of its sentence
 * wins), so the narrow roles come before the wide ones: a moratorium before a waiting period, a
 * settlement deadline before a notice. A figure no row recognises keeps the role the DNA stage
 * read (`fromDna`), and its older reading (the bound's sense × the clause's polarity) applies.
 */
import type { Direction, Materiality } from '@policydiff/contracts';

export type FigureKind = 'amount' | 'percentage' | 'period';

/** Who gains when the figure grows. */
export type Gainer = 'insured' | 'insurer' | 'neither' | 'depends';

export type FigureRole =
  | 'sum_insured'
  | 'limit'
  | 'sublimit'
  | 'per_item_limit'
  | 'excess'
  | 'co_payment'
  | 'room_rent_cap'
  | 'bonus'
  | 'restore'
  | 'refund_share'
  | 'limit_share'
  | 'premium'
  | 'tax'
  | 'moratorium'
  | 'survival_period'
  | 'ped_look_back'
  | 'waiting_period'
  | 'grace_period'
  | 'free_look'
  | 'insurer_investigation_period'
  | 'insurer_settlement_deadline'
  | 'insured_cancellation_notice'
  | 'insurer_notice'
  | 'insurer_cancellation_notice'
  | 'insured_lead_time'
  | 'insured_notice_deadline'
  | 'insured_document_deadline'
  | 'unoccupancy_allowed'
  | 'indemnity_period'
  | 'delay_threshold'
  | 'policy_period'
  | 'age_limit';

export interface FigureRoleRow {
  role: FigureRole;
  /** How a reader names it: "the insurer's settlement deadline". */
  label: string;
  kinds: readonly FigureKind[];
  gains: Gainer;
  /** Direction for the insured when the figure rises, falls, is removed, or is introduced. */
  up: Direction;
  down: Direction;
  removed: Direction;
  introduced: Direction;
  /** Phrases in the figure's own stretch of its sentence that name the role; any one suffices. */
  cues: readonly RegExp[];
  /** Phrases that rule the role out although a cue matched. */
  unless?: readonly RegExp[];
  /** What a change of it weighs for most insureds (DOMAIN.md §6), before its size is read. */
  weight: Materiality;
  /** A deadline or notice: timing and admin, which a larger move does not make weigh more (DOMAIN.md §6: effect). */
  timing?: boolean;
  /** DNA roles this row stands for when no cue speaks (the role the DNA stage read). */
  fromDna?: readonly string[];
  /** Sentences (with the figure) it must recognise, and ones it must not; tested row by row. */
  fires: readonly { text: string; figure: string }[];
  doesNotFire: readonly { text: string; figure: string }[];
  source: string;
}

const INSURER = String.raw`(?:we|us|the company|the insurers?|insurers?|the underwriters?)`;
const INSURED = String.raw`(?:you|the insured(?: persons?)?|insured persons?|the policyholders?|policyholders?|the proposer|the member)`;

export const FIGURE_ROLES: readonly FigureRoleRow[] = [
  // ---- periods, the narrow roles first ----
  {
    role: 'moratorium',
    label: 'moratorium period',
    kinds: ['period'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'narrower',
    introduced: 'broader',
    cues: [/\bmoratorium\b/i, /\bno look[- ]?back\b/i, /\bcontestable\b/i],
    weight: 'high',
    fires: [
      { text: 'After completion of eight continuous years under the policy no look back to be applied.', figure: 'eight continuous years' },
      { text: 'After the expiry of the Moratorium Period of 60 months no claim shall be contestable except for proven fraud.', figure: '60 months' },
    ],
    doesNotFire: [{ text: 'Pre-existing diseases are excluded until the expiry of 36 months of continuous coverage.', figure: '36 months' }],
    source: 'DOMAIN.md §1 moratorium [R3][C:S9-30]',
  },
  {
    role: 'survival_period',
    label: 'survival period',
    kinds: ['period'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'broader',
    introduced: 'narrower',
    cues: [/\bsurviv(?:es|e|al|ing)\b/i],
    weight: 'high',
    fires: [{ text: 'The benefit is payable if the Insured Person survives for at least 30 days following such diagnosis.', figure: '30 days' }],
    doesNotFire: [{ text: 'We will pay the benefit within 30 days of the diagnosis.', figure: '30 days' }],
    source: 'DOMAIN.md §1 survival period [R16]',
  },
  {
    role: 'ped_look_back',
    label: 'pre-existing disease look-back',
    kinds: ['period'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'ambiguous',
    introduced: 'ambiguous',
    cues: [
      /\b(?:diagnosed|treated|signs?|symptoms?|medical advice|treatment)\b[^.;]{0,120}\b(?:prior to|before|preceding)\b[^.;]{0,60}\b(?:commencement|effective date|inception|issuance|issue|start|reinstatement)\b/i,
      /\b(?:in|during) the \S+ (?:months?|years?|days?) (?:before|prior to) (?:the )?(?:start|commencement|inception)\b/i,
    ],
    unless: [/\bwaiting period\b/i, /\bexcluded until\b/i, /\buntil the expiry\b/i],
    weight: 'medium',
    fires: [
      { text: 'Pre-existing Disease means any condition which was diagnosed by a physician within 48 months prior to the effective date of the policy.', figure: '48 months' },
      { text: 'signs or symptoms which resulted in a diagnosis not more than 36 months before the date of commencement of the policy', figure: '36 months' },
    ],
    doesNotFire: [{ text: 'Expenses related to pre-existing diseases shall be excluded until the expiry of 36 months of continuous coverage after the date of inception of the first policy.', figure: '36 months' }],
    source: 'DOMAIN.md §1 PED look-back [C:S9-04]',
  },
  {
    role: 'waiting_period',
    label: 'waiting period',
    kinds: ['period'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'broader',
    introduced: 'narrower',
    cues: [
      /\bwait(?:ing)?\b/i,
      /\bqualifying period\b/i,
      /\bexcluded until\b/i,
      /\buntil the expiry of\b/i,
      /\bafter the expiry of\b[^.;]{0,40}\bcontinuous(?:ly)? (?:coverage|cover|insured)\b/i,
      /\bof continuous (?:coverage|cover)\b/i,
      /\bembargo\b/i,
      /\b(?:first|initial)\s*$/i,
    ],
    weight: 'high',
    fromDna: ['waiting_period'],
    fires: [
      { text: 'Expenses related to pre-existing diseases shall be excluded until the expiry of 36 months of continuous coverage after the date of inception of the first policy.', figure: '36 months' },
      { text: 'Any illness contracted within the first 30 days from the commencement of the policy (Code-Excl03) is excluded.', figure: '30 days' },
      { text: 'We will not pay for cyclone, flood or bush fire damage in the first 72 hours after the policy is first taken out.', figure: '72 hours' },
    ],
    doesNotFire: [{ text: 'The Company shall settle or reject a claim within 30 days from the date of receipt of last necessary document.', figure: '30 days' }],
    source: 'DOMAIN.md §1 waiting period [R1][C:S9-13]',
  },
  {
    role: 'grace_period',
    label: 'grace period',
    kinds: ['period'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'narrower',
    introduced: 'broader',
    // Time to pay before a sanction: "if an instalment remains unpaid for 14 days, we may refuse…".
    cues: [/\bgrace\b/i, /\b(?:remains?|is|are|stays?) (?:unpaid|outstanding|overdue) for\s*$/i, /\bdays? to pay\b/i],
    weight: 'medium',
    fires: [
      { text: 'Grace Period of fifteen days where premium payment mode is monthly would be given to pay the installment premium.', figure: 'fifteen days' },
      { text: 'If an instalment remains unpaid for 14 days, we may refuse to pay a claim.', figure: '14 days' },
    ],
    doesNotFire: [{ text: 'The Insured Person shall be allowed free look period of 15 days from date of receipt of the policy document.', figure: '15 days' }],
    source: 'DOMAIN.md §1 grace period [C:S9-31]',
  },
  {
    role: 'free_look',
    label: 'free look (cooling-off) period',
    kinds: ['period'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'narrower',
    introduced: 'broader',
    cues: [/\bfree[- ]?look\b/i, /\bcooling[- ]?off\b/i, /\bright to cancel\b[^.;]{0,60}\b(?:within|of)\b/i],
    weight: 'medium',
    fires: [
      { text: 'The Insured Person shall be allowed free look period of fifteen days from date of receipt of the policy document.', figure: 'fifteen days' },
      { text: 'You have a 21 day cooling-off period to cancel your policy.', figure: '21 day' },
    ],
    doesNotFire: [{ text: 'We may cancel this policy by giving you 14 days notice.', figure: '14 days' }],
    source: 'DOMAIN.md §1 free look / cooling-off [R5][R27]',
  },
  {
    role: 'insurer_investigation_period',
    label: "insurer's investigation period",
    kinds: ['period'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'narrower',
    introduced: 'broader',
    cues: [/\binvestigat/i],
    weight: 'low',
    timing: true,
    fires: [{ text: 'It shall initiate and complete such investigation at the earliest in any case not later than 30 days from the date of receipt of last necessary document.', figure: '30 days' }],
    doesNotFire: [{ text: 'The Company shall settle or reject a claim within 30 days from the date of receipt of last necessary document.', figure: '30 days' }],
    source: 'DOMAIN.md §1 investigation period [R10]',
  },
  {
    role: 'insurer_settlement_deadline',
    label: "insurer's settlement deadline",
    kinds: ['period'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'narrower',
    introduced: 'broader',
    cues: [
      // The insurer acting on a claim (not paying *for* something within a time: that is cover).
      new RegExp(
        String.raw`\b${INSURER}\s+(?:will|shall|must|aim to|undertake to|agree to)\s+(?:\w+\s+){0,2}?(?:settle|reject|decide|approve|acknowledge|respond|process|authori[sz]e|make (?:the |a )?(?:payment|decision)|pay (?:the |your |such |any |this )?(?:claims?|amount|benefit|compensation|interest)|refund (?:the |any )?premium)\b[^.;]{0,120}\b(?:within|not later than|no later than|in no more than)\s*$`,
        'i',
      ),
      /\b(?:settlement|payment|decision|refund) (?:of (?:the )?(?:claim|premium) )?(?:shall|will) be made\b[^.;]{0,60}\b(?:within|not later than|no later than)\s*$/i,
    ],
    unless: [/\binvestigat/i],
    weight: 'medium',
    timing: true,
    fires: [
      { text: 'The Company shall settle or reject a claim, as the case may be, within 30 days from the date of receipt of last necessary document.', figure: '30 days' },
      { text: 'We will decide whether to accept your claim within 10 business days of receiving all the information we need.', figure: '10 business days' },
    ],
    doesNotFire: [
      { text: 'You must submit the claim documents within 30 days of discharge.', figure: '30 days' },
      { text: 'We will pay for follow-up medical treatment in Singapore within 30 days of your return.', figure: '30 days' },
    ],
    source: 'DOMAIN.md §1 insurer settlement deadline [C:S9-17][R25]',
  },
  {
    role: 'insured_cancellation_notice',
    label: "insured's notice to cancel",
    kinds: ['period'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'broader',
    introduced: 'narrower',
    cues: [new RegExp(String.raw`\b${INSURED}\s+(?:may|can|is entitled to|are entitled to)\s+cancel\b[^.;]{0,120}\bnotice\b`, 'i')],
    weight: 'low',
    timing: true,
    fires: [{ text: 'The policyholder may cancel this policy by giving 15 days written notice.', figure: '15 days' }],
    doesNotFire: [{ text: 'We may cancel this policy by giving you 14 days notice.', figure: '14 days' }],
    source: 'DOMAIN.md §1 notice periods (the insured\'s notice ↑ is N) [C:S9-20]',
  },
  {
    role: 'insurer_cancellation_notice',
    label: "insurer's notice to cancel",
    kinds: ['period'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'narrower',
    introduced: 'broader',
    cues: [new RegExp(String.raw`\b${INSURER}\s+(?:may|can|will|shall|reserves? the right to)\s+(?:\w+\s+){0,2}?cancel\b[^.;]{0,120}\bnotice\b`, 'i')],
    weight: 'low',
    timing: true,
    fires: [{ text: 'We may cancel the policy at any time by giving you seven days notice.', figure: 'seven days' }],
    doesNotFire: [{ text: 'You may cancel this policy by giving 15 days written notice.', figure: '15 days' }],
    source: 'DOMAIN.md §1 notice periods (the insurer\'s notice ↑ is B) [C:S7-C09]',
  },
  {
    role: 'insurer_notice',
    label: "insurer's notice to the insured",
    kinds: ['period'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'narrower',
    introduced: 'broader',
    cues: [
      new RegExp(String.raw`\b${INSURED}\s+(?:shall|will|would)\s+be\s+(?:notified|informed|told|given(?:\s+\w+)?\s+notice)\b`, 'i'),
      new RegExp(String.raw`\b${INSURER}\s+(?:will|shall)\s+(?:give|send)\s+(?:you\s+)?(?:\w+\s+){0,2}?(?:notice|notification)\b[^.;]{0,40}\b(?:change|revision|amendment|renewal)`, 'i'),
    ],
    weight: 'low',
    timing: true,
    fires: [{ text: 'The Insured Person shall be notified three months before the changes are affected.', figure: 'three months' }],
    doesNotFire: [{ text: 'You must notify us within 30 days of any change in your address.', figure: '30 days' }],
    source: "DOMAIN.md §1 notice periods (the insurer's notice ↑ is B)",
  },
  {
    role: 'insured_lead_time',
    label: 'time the insured must act ahead',
    kinds: ['period'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'broader',
    introduced: 'narrower',
    cues: [/\b(?:apply|application|request|proposal|purchase[ds]?|bought|book(?:ed)?|submit(?:ted)?)\b[^.;]{0,60}\b(?:at least|not less than|no later than|minimum of)\b[^.;]{0,30}$/i],
    weight: 'low',
    timing: true,
    fires: [{ text: 'The proposal must be made at least 45 days before the renewal of the existing policy.', figure: '45 days' }],
    doesNotFire: [{ text: 'The Company shall settle the claim within 45 days.', figure: '45 days' }],
    source: 'DOMAIN.md §1 purchase / event windows (a floor the insured must meet ↑ is N) [C:S9-26]',
  },
  {
    role: 'insured_notice_deadline',
    label: "insured's deadline to tell the insurer",
    kinds: ['period'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'ambiguous',
    introduced: 'narrower',
    cues: [
      new RegExp(String.raw`\b${INSURED}\s+(?:must|shall|should|need to|has to|have to|are required to|is required to)?\s*(?:\w+\s+){0,2}?(?:notify|inform|tell|report|intimate|contact|call|let us know)\b`, 'i'),
      /\b(?:notice|intimation|notification)\s+(?:of\s+(?:the\s+)?claim\s+)?(?:must|shall|should)\s+be\s+(?:given|made|sent)\b/i,
      /\bplease (?:inform|notify|tell|contact) us\b/i,
      /\b(?:claims?|loss|incident|theft)\s+(?:must|shall|should)\s+be\s+(?:notified|reported|intimated)\b/i,
    ],
    weight: 'medium',
    timing: true,
    fires: [
      { text: 'You must report any theft to the police within 24 hours of discovery.', figure: '24 hours' },
      { text: 'If you find any discrepancy, please inform us within 15 days from the date of receipt of the policy.', figure: '15 days' },
    ],
    doesNotFire: [{ text: 'We will tell you within 5 working days that we have received your complaint.', figure: '5 working days' }],
    source: "DOMAIN.md §1 insured's notification deadline",
  },
  {
    role: 'insured_document_deadline',
    label: "insured's deadline to send documents",
    kinds: ['period'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'ambiguous',
    introduced: 'narrower',
    cues: [
      /\b(?:submit|send|provide|furnish|lodge|produce|return)\w*\b[^.;]{0,60}\b(?:documents?|bills?|receipts?|claim form|proofs?|papers|evidence)\b/i,
      /\b(?:documents?|bills?|claim form)\b[^.;]{0,40}\b(?:submitted|sent|provided|furnished|lodged)\b/i,
      /\b(?:submit|send|provide|furnish|lodge|produce)\w*\s+(?:us\s+|to us\s+)?(?:the following|these|all of these|them)\b/i,
      // What the insured gives "to support the claim" is its evidence, whatever the list names.
      /\b(?:to support|in support of)\s+(?:your|the|a|any|this)\s+claim\b[^.;]{0,60}\b(?:give|send|provide|submit|supply)\b/i,
    ],
    weight: 'low',
    timing: true,
    fires: [
      { text: 'Claim documents to be submitted within 30 days after the date of discharge from the hospital.', figure: '30 days' },
      { text: 'You must send us the following within 60 days of your return:', figure: '60 days' },
      { text: 'To support your claim you must give us, within 30 days of our request:', figure: '30 days' },
    ],
    doesNotFire: [{ text: 'The Company shall settle or reject a claim within 30 days from the date of receipt of the documents.', figure: '30 days' }],
    source: "DOMAIN.md §1 insured's document deadline",
  },
  {
    role: 'unoccupancy_allowed',
    label: 'unoccupancy allowed',
    kinds: ['period'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'broader',
    introduced: 'narrower',
    cues: [/\bunoccupied\b/i, /\bunfurnished\b/i, /\bnot (?:lived|slept) in\b/i, /\b(?:left|been|is|stands?) empty\b/i, /\bunattended\b[^.;]{0,20}\b(?:for|more than)\b/i],
    weight: 'high',
    fires: [{ text: 'Unoccupied means not lived in for more than 60 consecutive days.', figure: '60 consecutive days' }],
    doesNotFire: [{ text: 'We will pay for alternative accommodation for up to 60 days.', figure: '60 days' }],
    source: 'DOMAIN.md §1 unoccupancy period allowed [C:S1-07][R19]',
  },
  {
    role: 'delay_threshold',
    label: 'delay before a benefit is paid',
    kinds: ['period'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'ambiguous',
    introduced: 'narrower',
    cues: [
      /\bdelay(?:ed|s)?\b[^.;]{0,60}$/i,
      /\b(?:every|each)(?: full| complete)?$/i,
      // A missed connection waits on a late arrival: the hours before onward transport are a delay.
      /\b(?:arriv\w* late|late arrival|miss(?:es|ed)? (?:a |your |the )?connect\w*)\b[^.;]{0,100}$/i,
    ],
    unless: [/\b(?:without|undue) delay\b/i],
    weight: 'low',
    fires: [
      { text: 'We will pay $100 for every full six hours in a row that the departure of your public transport is delayed.', figure: 'six hours' },
      { text: 'We will pay the amount shown in the schedule for each full 6 hours of delay in a row.', figure: '6 hours' },
      { text: 'If you miss a connecting flight because your incoming flight arrived late, and no onward transport is provided within 6 hours of the arrival, we will pay S$200.', figure: '6 hours' },
    ],
    doesNotFire: [{ text: 'You must tell us about any claim without delay and within 30 days.', figure: '30 days' }],
    source: 'DOMAIN.md §1 travel-delay threshold [R20]',
  },
  {
    role: 'policy_period',
    label: 'period of cover',
    kinds: ['period'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'ambiguous',
    introduced: 'narrower',
    cues: [/\b(?:period of insurance|policy period|insurance period|period of cover|maximum trip|trip|journey)\b/i],
    weight: 'medium',
    fromDna: ['policy_period'],
    fires: [{ text: 'Each trip is covered for a maximum of 90 days.', figure: '90 days' }],
    doesNotFire: [{ text: 'You must tell us within 30 days of returning from your trip.', figure: '30 days' }],
    source: 'DOMAIN.md §1 policy period / max trip length',
  },
  {
    role: 'indemnity_period',
    label: 'indemnity period',
    kinds: ['period'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'ambiguous',
    introduced: 'narrower',
    cues: [/\bindemnity period\b/i, /\bfor (?:up to|a maximum of|no more than)\s*$/i, /\b(?:a|per) day\b[^.;]{0,30}\b(?:up to|maximum)\b/i, /\bpre[- ]?hospitali[sz]ation\b/i, /\bpost[- ]?hospitali[sz]ation\b/i, /\bimmediately (?:before|after)\b/i],
    weight: 'medium',
    fires: [
      { text: 'We will pay $75 a day for up to 14 days for a hire car.', figure: '14 days' },
      { text: 'Medical expenses incurred during the 60 days immediately before the Insured Person was hospitalised.', figure: '60 days' },
    ],
    doesNotFire: [{ text: 'The Company shall settle a claim within 14 days.', figure: '14 days' }],
    source: 'DOMAIN.md §1 indemnity period [R17][C:S1-47]',
  },
  {
    role: 'age_limit',
    label: 'age limit',
    kinds: ['period'],
    gains: 'depends',
    up: 'ambiguous',
    down: 'ambiguous',
    removed: 'ambiguous',
    introduced: 'ambiguous',
    // A person's age: "aged 70", "70 years of age", "entry age"; "years old" may be a boiler's.
    cues: [
      /\baged?\b/i,
      /\byears? of age\b/i,
      /\b(?:entry|exit|renewal|maximum|minimum) age\b/i,
      /\bage (?:of|limit|band)\b/i,
      // "A child from 14 days old": old, of a person (not "boilers more than 15 years old").
      /\b(?:child(?:ren)?|adults?|persons?|insured|members?|you|dependants?|spouse|infants?|newborns?)\b[^.;]{0,60}\b(?:days?|months?|years?) old\b/i,
    ],
    weight: 'medium',
    fromDna: ['age_limit'],
    fires: [
      { text: 'Children aged between 91 days and 25 years can be covered.', figure: '25 years' },
      { text: 'A child from 14 days old may be covered when travelling with an insured adult.', figure: '14 days' },
    ],
    doesNotFire: [
      { text: 'The policy period is 1 year.', figure: '1 year' },
      { text: 'We will not pay for boilers which are more than 15 years old.', figure: '15 years' },
    ],
    source: 'DOMAIN.md §1 minimum / maximum entry age (the bound\'s sense decides)',
  },
  // ---- amounts ----
  {
    role: 'excess',
    label: 'excess',
    kinds: ['amount', 'percentage'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'broader',
    introduced: 'narrower',
    cues: [/\bexcess\b/i, /\bdeductible\b/i, /\bthe first\s*$/i],
    weight: 'medium',
    fromDna: ['excess'],
    fires: [{ text: 'You will have to pay the first £250 of each and every claim.', figure: '£250' }],
    doesNotFire: [{ text: 'The most we will pay for any one claim is £2,500.', figure: '£2,500' }],
    source: 'DOMAIN.md §1 excess / deductible',
  },
  {
    role: 'co_payment',
    label: 'co-payment',
    kinds: ['percentage'],
    gains: 'insurer',
    up: 'narrower',
    down: 'broader',
    removed: 'broader',
    introduced: 'narrower',
    cues: [/\bco-?pay/i, /\bco-?insurance\b/i, /\bbear\b[^.;]{0,40}$/i, /\bof (?:each|every|the) (?:admissible|assessed|payable) claim/i],
    weight: 'high',
    fromDna: ['co_payment', 'co_insurance'],
    fires: [{ text: 'The Insured Person shall bear 20% of each admissible claim as co-payment.', figure: '20%' }],
    doesNotFire: [{ text: 'Room rent is covered up to 1% of the sum insured per day.', figure: '1%' }],
    source: 'DOMAIN.md §1 co-pay / co-insurance',
  },
  {
    role: 'room_rent_cap',
    label: 'room-rent cap',
    kinds: ['amount', 'percentage'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'broader',
    introduced: 'narrower',
    cues: [/\broom rent\b/i, /\broom charges?\b/i, /\bboarding\b/i, /\bICU charges\b/i],
    weight: 'high',
    fires: [{ text: 'Room rent is covered up to 1% of the sum insured per day.', figure: '1%' }],
    doesNotFire: [{ text: 'The Insured Person shall bear 20% of each admissible claim as co-payment.', figure: '20%' }],
    source: 'DOMAIN.md §1 room-rent cap [R11]',
  },
  {
    role: 'bonus',
    label: 'no-claim or cumulative bonus',
    kinds: ['percentage', 'amount'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'narrower',
    introduced: 'broader',
    cues: [/\bbonus\b/i],
    weight: 'medium',
    fires: [{ text: 'A cumulative bonus of 50% of the sum insured is added for each claim-free year.', figure: '50%' }],
    doesNotFire: [{ text: 'The Insured Person shall bear 20% of each admissible claim as co-payment.', figure: '20%' }],
    source: 'DOMAIN.md §1 no-claim / cumulative bonus [R13]',
  },
  {
    role: 'restore',
    label: 'restored sum insured',
    kinds: ['percentage', 'amount'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'narrower',
    introduced: 'broader',
    cues: [/\brecharge\b/i, /\brestor(?:e|ation)\b/i, /\breinstate(?:ment)? of (?:the )?sum insured\b/i, /\brefill\b/i],
    weight: 'medium',
    fires: [{ text: 'We will restore 100% of the sum insured once in a policy year if it is exhausted.', figure: '100%' }],
    doesNotFire: [{ text: 'The Company shall refund 50% of the premium.', figure: '50%' }],
    source: 'DOMAIN.md §1 restore / recharge',
  },
  {
    role: 'refund_share',
    label: 'premium refunded',
    kinds: ['percentage'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'ambiguous',
    introduced: 'ambiguous',
    cues: [/\brefund/i, /\breturn of premium\b/i],
    weight: 'low',
    fires: [{ text: 'Then the Company will refund 50% of the installment premium for the unexpired installment period.', figure: '50%' }],
    doesNotFire: [{ text: 'The Insured Person shall bear 20% of each admissible claim as co-payment.', figure: '20%' }],
    source: 'DOMAIN.md §1 cancellation refund scale [R6][C:S9-21]',
  },
  {
    role: 'tax',
    label: 'tax',
    kinds: ['amount', 'percentage'],
    gains: 'neither',
    up: 'neutral',
    down: 'neutral',
    removed: 'neutral',
    introduced: 'neutral',
    cues: [/\b(?:tax|gst|vat|levy|stamp duty)\b/i],
    weight: 'low',
    fromDna: ['tax'],
    fires: [{ text: 'Insurance Premium Tax at 12% is included.', figure: '12%' }],
    doesNotFire: [{ text: 'The most we will pay for any one claim is £2,500.', figure: '£2,500' }],
    source: 'price, not cover',
  },
  {
    role: 'premium',
    label: 'premium',
    kinds: ['amount', 'percentage'],
    gains: 'neither',
    up: 'neutral',
    down: 'neutral',
    removed: 'neutral',
    introduced: 'neutral',
    cues: [/\bpremium\b/i, /\bloading\b/i],
    unless: [/\brefund/i],
    weight: 'low',
    fromDna: ['premium'],
    fires: [{ text: 'The annual premium is £320.', figure: '£320' }],
    doesNotFire: [{ text: 'The most we will pay for any one claim is £2,500.', figure: '£2,500' }],
    source: 'DOMAIN.md §1 premium / loading: price, not cover; reported, not counted as cover',
  },
  {
    role: 'per_item_limit',
    label: 'single-item limit',
    kinds: ['amount'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'broader',
    introduced: 'narrower',
    cues: [/\b(?:any one|any single|per|each) (?:item|article|valuable|pair|set|object)\b/i, /\bsingle (?:item|article)\b/i],
    weight: 'low',
    fires: [{ text: 'The most we will pay for any one valuable is £15,000.', figure: '£15,000' }],
    doesNotFire: [{ text: 'The most we will pay for any one claim is £2,500.', figure: '£2,500' }],
    source: 'DOMAIN.md §1 per-item limit',
  },
  {
    role: 'sublimit',
    label: 'sub-limit',
    kinds: ['amount'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'broader',
    introduced: 'narrower',
    cues: [/\bsub[- ]?limit\b/i, /\binner limit\b/i],
    weight: 'low',
    fromDna: ['sublimit'],
    fires: [{ text: 'Cataract surgery is subject to a sub-limit of Rs. 50,000 per eye.', figure: 'Rs. 50,000' }],
    doesNotFire: [{ text: 'You will have to pay the first £250 of each and every claim.', figure: '£250' }],
    source: 'DOMAIN.md §1 sub-limit (removed: broader when the grant survives)',
  },
  {
    role: 'sum_insured',
    label: 'sum insured',
    kinds: ['amount'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'ambiguous',
    introduced: 'narrower',
    cues: [/\bsum(?:s)? insured\b/i, /\bsum assured\b/i, /\bagreed value\b/i],
    weight: 'high',
    fromDna: ['sum_insured'],
    fires: [{ text: 'The buildings sum insured is £500,000.', figure: '£500,000' }],
    doesNotFire: [{ text: 'You will have to pay the first £250 of each and every claim.', figure: '£250' }],
    source: 'DOMAIN.md §1 sum insured',
  },
  {
    role: 'limit',
    label: 'limit',
    kinds: ['amount'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'ambiguous',
    introduced: 'ambiguous',
    cues: [/\bthe most (?:we|the insurer|the company) (?:will|shall|would) pay\b/i, /\b(?:maximum|up to|limit(?:ed)? (?:of|to)?|not exceed|no more than)\b/i, /\bwe (?:will|shall) pay\b/i],
    weight: 'medium',
    fromDna: ['limit'],
    fires: [{ text: 'The most we will pay for any one claim for valuables is £2,500.', figure: '£2,500' }],
    doesNotFire: [{ text: 'You will have to pay the first £250 of each and every claim.', figure: '£250' }],
    source: 'DOMAIN.md §1 limit (claim / event / period)',
  },
  {
    role: 'limit_share',
    label: 'share of the limit',
    kinds: ['percentage'],
    gains: 'insured',
    up: 'broader',
    down: 'narrower',
    removed: 'ambiguous',
    introduced: 'narrower',
    cues: [/\bof (?:the )?(?:sum insured|limit|contents sum insured|buildings sum insured)\b/i],
    weight: 'medium',
    fromDna: ['limit_share'],
    fires: [{ text: 'We will pay up to 20% of the contents sum insured for items in storage.', figure: '20%' }],
    doesNotFire: [{ text: 'The Insured Person shall bear 20% of each admissible claim as co-payment.', figure: '20%' }],
    source: 'DOMAIN.md §1 sub-limit as % of SI (fixed ↔ % is ambiguous) [C:S1-35]',
  },
];

const BY_ROLE = new Map(FIGURE_ROLES.map((row) => [row.role, row]));

export function figureRoleRow(role: FigureRole): FigureRoleRow {
  return BY_ROLE.get(role)!;
}
