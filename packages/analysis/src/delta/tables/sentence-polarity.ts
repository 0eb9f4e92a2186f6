/**
 * Sentence polarity (shared/DOMAIN.md §2): what a sentence does to cover — grants it, restricts
 * it, carves an exception back, puts a duty on the insured or on the insurer, gives the insurer a
 * right, promises softly, or only informs — and so what adding or removing it, or widening it,
 * does for the insured. Rows are tried in order; the first whose cues match the sentence's main
 * clause (its exception and relative clauses set aside: sentence-reader.ts) decides.
 */
import type { Direction } from '@policydiff/contracts';

export type SentencePolarity = 'information' | 'soft_promise' | 'carve_back' | 'restriction' | 'insurer_right' | 'insured_duty' | 'insurer_duty' | 'grant';

export interface PolarityRow {
  polarity: SentencePolarity;
  label: string;
  /** Direction for the insured when a sentence of this polarity is added, removed, or widened. */
  added: Direction;
  removed: Direction;
  widened: Direction;
  cues: readonly RegExp[];
  /** Sentences it must read so, and sentences it must not; tested row by row. */
  fires: readonly string[];
  doesNotFire: readonly string[];
  source: string;
}

/**
 * Wording that grants cover or a service, whatever the clause was classified as: "we will pay",
 * "we agree to pay", "we will automatically extend", "this helpline offers legal advice", "we will
 * review and amend where necessary the sum insured" (index-linking keeps cover in step with prices).
 */
export const GRANT_WORDING =
  /\b(?<!most )(?:we (?:will|shall|agree to|also) (?:also |automatically )?(?:pay|cover|provide|indemnify|reimburse|refund|extend|include|settle|increase)|we (?:will|shall) (?:\w+ ){0,3}?(?:amend|adjust|increase|index(?:-link)?)\w* (?:\w+ ){0,3}?sums? insured|we cover|you are covered|(?:is|are) (?:also )?covered|cover includes|(?:will|shall) provide cover|(?:this|the) (?:\w+ ){0,3}(?:service|helpline|cover) (?:offers|provides|gives|includes)|you (?:can|may) (?:call|use|claim))\b/i;

/**
 * Wording that caps what is paid: "the most we will pay for…", "our liability is limited to…",
 * "shall not exceed", "we will only pay you up to…". A new cap on its own takes cover away,
 * whatever the clause was classified as.
 */
export const CAP_WORDING =
  /\b(?:the most (?:we|the insurers?|the company) (?:will |shall |would |can )?(?:pay|be liable)|(?:we|the insurers?|the company) (?:will|shall|would) only (?:pay|be liable|cover)|(?:will|shall) (?:pay|be liable for) no more than|(?:our|the insurer's|the company's) (?:maximum |total |aggregate )?liability(?: \w+){0,6} (?:is|will be|shall be) limited|(?:is|are|will be|shall be) limited to|(?:will|shall|must) not exceed|maximum (?:amount |benefit )?(?:payable|we will pay))\b/i;

const INSURER = String.raw`(?:we|us|the company|the insurers?|insurers?|the underwriters?|this (?:policy|insurance|section|benefit|cover))`;
const INSURED = String.raw`(?:you|the insured(?: persons?)?|insured persons?|the policyholders?|policyholders?|the proposer|the member|the claimant)`;

export const SENTENCE_POLARITIES: readonly PolarityRow[] = [
  {
    polarity: 'information',
    label: 'information',
    added: 'neutral',
    removed: 'neutral',
    widened: 'neutral',
    cues: [
      /^(?:please note|note\b|for example|e\.g\.|for instance|illustration\b|for (?:more|further) information|if you have any (?:questions|queries)|you can (?:call|contact|visit|email|write)|to make a claim,? (?:please )?(?:call|contact|phone))/i,
      /^(?:tel|telephone|phone|fax|e-?mail|website|web|toll[- ]?free|whatsapp|mobile ?app)\b/i,
      /^this (?:policy )?(?:booklet|document|section|guide|summary)\s+(?:contains|explains|sets out|gives|tells|describes)\b/i,
      /^we (?:recommend|suggest|advise)\b/i,
    ],
    fires: ['Please note that the schedule shows the options you chose.', 'Toll free: 1800-102-4488', 'We recommend that you check your cover regularly.'],
    doesNotFire: ['We will not pay for loss or damage caused by wear and tear.'],
    source: 'DOMAIN.md §2 information; §5 contacts',
  },
  {
    polarity: 'soft_promise',
    label: 'soft promise',
    added: 'neutral',
    removed: 'ambiguous',
    widened: 'neutral',
    cues: [/\b(?:shall|will|would) endeavou?r\b/i, /\b(?:will|shall) try to\b/i, /\bwhere (?:possible|practicable)\b/i, /\bis not under (?:any )?obligation\b/i],
    fires: ['The Company shall endeavor to give notice for renewal.', 'However, the Company is not under obligation to give any notice for renewal.'],
    doesNotFire: ['The Company shall give notice for renewal 30 days before the expiry.'],
    source: 'DOMAIN.md §2 soft promise [C:S9-28]',
  },
  {
    polarity: 'carve_back',
    label: 'carve-back',
    added: 'broader',
    removed: 'narrower',
    widened: 'broader',
    cues: [
      /\b(?:this|these|the above|the following|such|that) exclusions?\b[^.;]{0,40}\b(?:does|do|will|shall) not apply\b/i,
      /\bexclusions?\s+[\w\s,.–-]{0,30}\b(?:does|do|will|shall) not apply to\b/i,
      /^(?:however|but),?\s+(?:\w+\s+){0,3}?we (?:will|shall|do) (?:pay|cover)\b/i,
      /\bis not excluded\b/i,
    ],
    fires: ['This exclusion does not apply to loss or damage caused by fire.', 'Exclusions 1–4 above do not apply to accidental damage.'],
    doesNotFire: ['We will not pay for loss or damage caused by fire.'],
    source: 'DOMAIN.md §2 carve-back',
  },
  {
    polarity: 'grant',
    label: 'grant (a ban on the insurer)',
    added: 'broader',
    removed: 'narrower',
    widened: 'broader',
    // A double negative protects the insured: "no claim shall be contestable except for fraud".
    cues: [
      /\bno (?:\w+ ){0,3}claims? (?:shall|will) be (?:contestable|contested|repudiated|rejected)\b/i,
      new RegExp(String.raw`\b${INSURER}\s+(?:will|shall|can)\s+not\s+(?:cancel|refuse to renew|decline to renew|void|reject a claim for)\b`, 'i'),
    ],
    fires: ['After the expiry of Moratorium Period no health insurance claim shall be contestable except for proven fraud.'],
    doesNotFire: ['We may cancel this policy by giving you seven days notice.'],
    source: 'DOMAIN.md §2: a double negative is a grant',
  },
  {
    polarity: 'restriction',
    label: 'restriction',
    added: 'narrower',
    removed: 'broader',
    widened: 'narrower',
    cues: [
      new RegExp(String.raw`\b${INSURER}\s+(?:(?:will|shall|do|does|would|can|could)\s+not|cannot|won't|don't|doesn't|wouldn't)\s+(?:\w+\s+)?(?:pay|cover|indemnify|reimburse|be (?:liable|responsible)|accept|provide|insure)\b`, 'i'),
      /\b(?:(?:is|are|was|were)\s+not|(?:shall|will|would|can|may|could)\s+not\s+be|isn't|aren't)\s+(?:\w+\s+)?(?:covered|payable|available|admissible|reimbursable|reimbursed|included|insured|paid|entitled|eligible|valid|accepted|considered)\b/i,
      /\b(?:not|never) (?:be )?(?:covered|payable|admissible|insured|reimbursable)\b/i,
      /\b(?:shall|will|would) not be (?:entitled|eligible)\b/i,
      /\bnot entitled\b/i,
      /\b(?:is|are|shall be|will be|stands?) (?:specifically |permanently )?excluded\b/i,
      /\bexcluded from\b/i,
      /\b(?:do|does|will|shall) not (?:cover|include|extend to|apply to)\b/i,
      /\b(?:isn't|aren't|won't be) covered\b/i,
      /\bcode[- ]?excl/i,
      /\bno (?:cover|benefit|claim|payment|refund|liability)\b[^.;]{0,30}\b(?:is|shall|will|would)\b/i,
      /\b(?:will|shall) (?:also )?be deducted\b/i,
      new RegExp(String.raw`\b${INSURER}\s+(?:will|shall|need to|may|must|can)\s+(?:also\s+|first\s+)?deduct\b`, 'i'),
      /\bcease(?:s|d)? to (?:apply|be (?:covered|valid|in force))\b/i,
      /\b(?:null and void|shall stand cancelled)\b/i,
      CAP_WORDING,
      /\bonly (?:if|when|where|after|once)\b/i,
      /^(?:this|the) (?:cover|benefit|section|policy) (?:applies|is available) only\b/i,
    ],
    fires: [
      'We will not pay for loss or damage caused by wear and tear.',
      'During such grace period, coverage will not be available from the due date of installment premium.',
      'The Insured Person will not be entitled for the cumulative bonus.',
      'Cashless facility is not available for this benefit.',
      'Expenses such as pre-policy medical examination incurred by the Company will also be deducted before refunding of premium.',
      'The most we will pay for any one claim is £2,500.',
      'If you currently pay your premium by monthly instalments, then before we pay your claim we need to deduct:',
    ],
    doesNotFire: ['We will pay for loss or damage caused by fire.', 'If a claim has been accepted under this benefit, then the items which are not payable as per List-I will become payable.'],
    source: 'DOMAIN.md §2 restriction / exclusion',
  },
  {
    polarity: 'insurer_right',
    label: "insurer's right",
    added: 'narrower',
    removed: 'broader',
    widened: 'narrower',
    cues: [
      new RegExp(String.raw`\b${INSURER}\s+(?:may|can|reserves? the right to|shall have the right to|has the right to|is entitled to)\b`, 'i'),
      /\bat (?:our|its|the company's) (?:sole |absolute |reasonable )?(?:option|discretion)\b/i,
      /\bin (?:our|its) (?:sole |absolute )?(?:opinion|discretion)\b/i,
    ],
    fires: ['We may cancel this policy by giving you seven days notice.', 'The Company may revise or modify the terms of the policy including the premium rates.'],
    doesNotFire: ['You may cancel this policy at any time.'],
    source: "DOMAIN.md §2 insurer's right",
  },
  {
    polarity: 'insured_duty',
    label: 'duty of the insured',
    added: 'narrower',
    removed: 'broader',
    widened: 'narrower',
    cues: [
      // Not a passive that gives the insured something: "the Insured Person shall be notified / allowed".
      new RegExp(String.raw`\b${INSURED}\s+(?:must|shall|should|will need to|are required to|is required to|need to|has to|have to|agrees? to|undertakes? to)\b(?!\s+be\s+(?:notified|informed|told|given|sent|entitled|covered|paid|allowed|offered|indemnified|reimbursed))`, 'i'),
      /\bcondition precedent\b/i,
      /\bwarrant(?:ed|y|s)\b/i,
      /\bit is a condition\b/i,
      // A thing the insured must see to ("claims must be notified"), not the insured being told.
      /(?<!\b(?:you|insured|person|persons|policyholders?|proposer|member)\s)\b(?:must|shall|should) be (?:submitted|notified|reported|intimated|provided|sent|produced|obtained|kept|maintained|furnished|paid|given|made)\b/i,
      /\bfailure to\b/i,
      /\b(?:is|are) required\b/i,
      /^(?:copy|copies|original|photocopy|certificate|proof|attested|self-attested)\b/i,
      /^(?:take|make|tell|send|keep|provide|report|notify|submit|inform|obtain|retain|ensure|arrange|complete|return|supply|give|contact|call)\b/i,
    ],
    fires: ['You must tell us within 30 days.', 'Copy of Photo ID and address proof of Insured Person;', 'All claim documents must be submitted within 30 days of discharge.'],
    doesNotFire: ['We will tell you within 5 working days that we have received your complaint.'],
    source: 'DOMAIN.md §2 duty of the insured; §3 claims_procedure (more documents: N)',
  },
  {
    polarity: 'insurer_duty',
    label: 'duty of the insurer',
    added: 'broader',
    removed: 'narrower',
    widened: 'broader',
    cues: [
      new RegExp(
        String.raw`\b${INSURER}\s+(?:will|shall|must|undertakes? to|agrees? to|aims? to)\s+(?:\w+\s+){0,2}?(?:settle|reject|decide|refund|tell|inform|notify|send|give|respond|acknowledge|let you know|issue|return|contact|explain|confirm|process|offer|make (?:the )?payment|pay interest)\b`,
        'i',
      ),
      /\b(?:you|the insured(?: person)?|the policyholder) (?:shall|will) be (?:notified|informed|told|given notice)\b/i,
    ],
    fires: ['The Company shall settle or reject a claim within 30 days.', 'We will tell you within 5 working days that we have received your complaint.', 'The Insured Person shall be notified three months before the changes are affected.'],
    doesNotFire: ['You must tell us within 30 days.'],
    source: "DOMAIN.md §2 duty of the insurer",
  },
  {
    polarity: 'grant',
    label: 'grant',
    added: 'broader',
    removed: 'narrower',
    widened: 'broader',
    cues: [
      GRANT_WORDING,
      new RegExp(String.raw`\b${INSURER}\s+(?:will|shall|agrees? to|also|would|do|does)?\s*(?:also\s+|automatically\s+)?(?:pay|cover|indemnify|reimburse|provide|extend|include|insure)\b`, 'i'),
      /\b(?:is|are|shall be|will be|would be)\s+(?:also\s+)?(?:covered|payable|available|admissible|reimbursed|included|insured|paid|allowed)\b/i,
      /\b(?:will|shall) (?:become|be treated as) payable\b/i,
      /\b(?:you are|you're) (?:covered|insured|entitled)\b/i,
      new RegExp(String.raw`\b${INSURED}\s+(?:can|may|is entitled to|are entitled to)\s+(?:\w+\s+)?(?:claim|choose|opt|cancel|renew|migrate|port|transfer|return|continue|apply)\b`, 'i'),
      /\b(?:will|shall|would) (?:have|be given|be allowed) (?:the |a |an )?(?:one-time |free )?(?:option|right|facility|choice)\b/i,
      /\bcover(?:age)? (?:includes|extends|is extended|is provided)\b/i,
      /\b(?:this|the) (?:policy|benefit|section|cover) (?:covers|pays|provides)\b/i,
    ],
    fires: [
      'We will pay for loss or damage caused by fire.',
      'If a claim has been accepted under this benefit, then the items which are not payable as per List-I will become payable.',
      'During such grace period, coverage shall be available, if the premium is paid in instalments.',
      'Insured Person will have a one-time option to renew the existing product.',
      'The Policy covers Reasonable and Customary Charges incurred towards medical treatment.',
    ],
    doesNotFire: ['We will not pay for loss or damage caused by fire.', 'Coverage is not available for the period for which no premium is received.'],
    source: 'DOMAIN.md §2 grant',
  },
];

/** The polarity's row (the first when a polarity has several, as grant does). */
export function polarityRow(polarity: SentencePolarity): PolarityRow {
  return SENTENCE_POLARITIES.find((row) => row.polarity === polarity)!;
}
