/**
 * Parts bound with a wording that are not the contract (shared/DOMAIN.md §5): customer information
 * sheets, key-facts and IPID summaries, premium illustrations, specimen schedules, prospectus and
 * brochure pages, claim and proposal forms, grievance and ombudsman contacts. A difference there is
 * information (neutral, low), never a change of cover: the contractual wording they echo is
 * compared where it stands.
 *
 * A page is read as one of them when its title says so (a heading or its first lines) and its
 * body reads like one (`minBody` of the body cues). Contact lists are also read clause by clause,
 * since a complaints paragraph sits inside contractual pages too.
 */

export type NonContractualKind =
  | 'customer_information_sheet'
  | 'key_facts'
  | 'premium_illustration'
  | 'specimen_schedule'
  | 'brochure'
  | 'claim_form'
  | 'proposal_form'
  | 'grievance_contacts';

export interface NonContractualRow {
  kind: NonContractualKind;
  label: string;
  titles: readonly RegExp[];
  body: readonly RegExp[];
  /** How many body cue matches a page needs besides its title. */
  minBody: number;
  fires: readonly { title: string; body: string }[];
  doesNotFire: readonly { title: string; body: string }[];
}

const BLANK_FIELD = /_{4,}|\.{8,}|\/_{2,}\//g;
const CONTACT = /\b(?:tel|telephone|phone|fax|e-?mail(?: id)?|website|toll[- ]?free|helpline|whatsapp(?: number)?|mobile ?app)\b\s*(?:no\.?)?\s*[.:(-]|\b\d{10,11}\b|[\w.-]+@[\w-]+\.[\w.]+|\bwww\.[\w-]+\.\w+|\b\d{3,5}[ -]\d{6,8}\b|\b\d{4}[ -]\d{3}[ -]\d{4}\b|\b[1-9]\d{2}\s?\d{3}\b(?=[\s.,;)]|$)/gi;

export const NON_CONTRACTUAL: readonly NonContractualRow[] = [
  {
    kind: 'customer_information_sheet',
    label: 'customer information sheet',
    titles: [/\bcustomer information sheet\b/i],
    body: [/\brefer (?:to )?(?:the )?policy (?:clause|wording)\b/gi, /\bpolicy wording shall prevail\b/gi, /\bnot (?:a )?part of the (?:policy|contract)\b/gi, /\bdescription\b/gi, /\bwhat am i covered\b/gi],
    minBody: 1,
    fires: [{ title: 'Customer Information Sheet – Family Health Shield', body: 'Title Description (please refer to the policy clause number) What am I covered for' }],
    doesNotFire: [{ title: 'Section 3 – Benefits', body: 'We will pay the medical expenses incurred during hospitalisation.' }],
  },
  {
    kind: 'key_facts',
    label: 'key facts summary',
    titles: [/\bkey (?:facts|features|information)\b/i, /\bpolicy summary\b/i, /\bsummary of (?:cover|benefits)\b/i, /\binsurance product information document\b/i, /\bIPID\b/, /\btarget market determination\b/i],
    body: [/\b(?:does|do) not form (?:a )?part of\b/gi, /\bis not (?:a )?part of (?:the|your) (?:policy|contract)\b/gi, /\bfor (?:full|more) details\b/gi, /\bwhat is (?:not )?insured\b/gi, /\bsummary\b/gi, /\bsee (?:your )?policy (?:booklet|wording)\b/gi],
    minBody: 1,
    fires: [{ title: 'Key facts', body: 'This summary does not form part of your policy. For full details of the cover see your policy booklet.' }],
    doesNotFire: [{ title: 'Key details', body: 'We will pay for loss or damage to your car.' }],
  },
  {
    kind: 'premium_illustration',
    label: 'premium illustration',
    titles: [/\bpremium (?:illustration|chart|table|rates?)\b/i, /\brate chart\b/i, /\b(?:annual|monthly) premium (?:in|for)\b/i],
    body: [/(?:rs\.?|₹|£|\$|s\$|inr)\s?\d[\d,]*/gi, /\bfor illustration\b/gi, /\bage (?:band|of eldest)\b/gi],
    minBody: 4,
    fires: [{ title: 'Premium illustration', body: '18 to 35 years Rs. 14,210 Rs. 19,640 Rs. 27,380 36 to 45 years Rs. 17,950 Rs. 24,820 for illustration only' }],
    doesNotFire: [{ title: 'Premium', body: 'You must pay the premium by the due date.' }],
  },
  {
    kind: 'specimen_schedule',
    label: 'specimen schedule',
    titles: [/\bspecimen\b/i, /\bsample (?:policy )?schedule\b/i, /\bschedule (?:template|format)\b/i],
    body: [BLANK_FIELD, /\bpolicy no\.?\s*:/gi, /\bname of the (?:proposer|insured|policyholder)\b/gi],
    minBody: 3,
    fires: [{ title: 'Specimen policy schedule', body: 'Policy No.: ______________ Name of the proposer: ______________ Sum insured: ______' }],
    doesNotFire: [{ title: 'Your schedule', body: 'Your schedule shows the sums insured and the excesses that apply.' }],
  },
  {
    kind: 'brochure',
    label: 'brochure or prospectus page',
    titles: [/\bwhy choose\b/i, /\bkey benefits\b/i, /\bhighlights\b/i, /\breasons to (?:buy|choose)\b/i, /\bat a glance\b/i, /\bprospectus\b/i, /\bbrochure\b/i],
    body: [/\bbuy online\b/gi, /\bcall (?:our|us)\b/gi, /\bvisit (?:our )?(?:website|branch)\b/gi, /\btoll[- ]?free\b/gi, /\btax benefits?\b/gi, /\bsection 80d\b/gi, /\bin minutes\b/gi, /\bnetwork hospitals\b/gi, /\bpeace of mind\b/gi],
    minBody: 1,
    fires: [{ title: 'Why choose Family Health Shield?', body: 'Call our toll-free number or visit our website to buy online in minutes.' }],
    doesNotFire: [{ title: 'Benefits', body: 'We will pay the benefit shown in the schedule.' }],
  },
  {
    kind: 'claim_form',
    label: 'claim form',
    titles: [/\bclaim (?:intimation )?form\b/i, /\bclaim notification form\b/i],
    body: [BLANK_FIELD, /\bsignature\b/gi, /\btick\b/gi, /\bcapital letters\b/gi, /\b(?:date|place)\s*:/gi, /[☐□■✓✔]/g],
    minBody: 2,
    fires: [{ title: 'Claim form – Part A', body: 'Please fill in this form in capital letters and tick the boxes. Policy No.: ________ Signature: ________' }],
    doesNotFire: [{ title: 'Claims procedure', body: 'You must send us the claim form within 30 days.' }],
  },
  {
    kind: 'proposal_form',
    label: 'proposal form',
    titles: [/\bproposal form\b/i, /\bapplication form\b/i],
    body: [BLANK_FIELD, /\bsignature\b/gi, /\bdeclaration\b/gi, /\btick\b/gi, /[☐□■✓✔]/g],
    minBody: 2,
    fires: [{ title: 'Proposal form', body: 'Declaration: I declare that the above is true. Signature of the proposer: ________' }],
    doesNotFire: [{ title: 'Your duty of disclosure', body: 'You must answer our questions honestly.' }],
  },
  {
    kind: 'grievance_contacts',
    label: 'grievance and ombudsman contacts',
    titles: [/\bombudsm[ae]n\b/i, /\bgrievance\b/i, /\bcomplaints?\b/i, /\bfinancial (?:ombudsman|services compensation)\b/i, /\bAFCA\b/, /\bFSCS\b/],
    body: [CONTACT],
    minBody: 4,
    fires: [{ title: 'Annexure IV – Office of the Insurance Ombudsman', body: 'Jeevan Prakash Building, Ahmedabad – 380 001. Tel.: 079 - 25501201 Email: bimalokpal.ahmedabad@cioins.co.in Bhopal – 462 003. Tel.: 0755 - 2769201' }],
    doesNotFire: [{ title: 'Complaints', body: 'If you are not happy with our service, tell us and we will try to put it right.' }],
  },
];

/** How many times a row's body cues match a text. */
export function bodyHits(row: NonContractualRow, text: string): number {
  let hits = 0;
  for (const cue of row.body) hits += (text.match(new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`)) ?? []).length;
  return hits;
}

/** The row a page (its title lines and its text) reads as, or null for contractual wording. */
export function nonContractualKind(title: string, body: string): NonContractualRow | null {
  for (const row of NON_CONTRACTUAL) {
    if (row.titles.some((t) => t.test(title)) && bodyHits(row, body) >= row.minBody) return row;
  }
  return null;
}

/** A clause that is a contact list (addresses, phone numbers, e-mails): information wherever it sits. */
export function isContactList(text: string): boolean {
  const contacts = (text.match(CONTACT) ?? []).length;
  const words = (text.match(/[A-Za-z]{3,}/g) ?? []).length;
  return contacts >= 2 && contacts * 6 >= words && !/\b(?:we will|we shall|you must|is covered|not covered|excluded)\b/i.test(text);
}
