/**
 * Non-contractual pages an Australian business pack is bound with (DOMAIN.md §5): the target
 * market determination summary, a sales page, a specimen schedule, claim and proposal forms and
 * the complaints page. Original text.
 */
import type { InfoPageSpec } from './library-spec.js';

export const COMMERCIAL_INFO_PAGES: InfoPageSpec[] = [
  {
    kind: 'key_facts',
    title: 'Target Market Determination – summary',
    placement: 'front',
    blocks: [
      'This summary of our target market determination describes the customers this product is designed for. It does not form part of the insurance contract and is not a substitute for the policy wording.',
      'Target market: small and medium businesses in Australia with up to 50 employees, operating from fixed premises, that need cover for their property, their income and their liability to the public.',
      'Key attributes: property damage up to the sums insured, business interruption for the indemnity period chosen, theft following forcible entry, and public and products liability up to $20,000,000.',
      'Not suitable for: businesses that work mainly away from fixed premises, or that need professional indemnity or workers compensation cover.',
      'Distribution conditions: this product may be sold only through brokers holding an Australian financial services licence.',
    ],
    keyBlock: 2,
  },
  {
    kind: 'brochure',
    title: 'Business Pack – protection that grows with your business',
    placement: 'front',
    blocks: [
      'Running a business is hard enough. Banksia Business Pack puts your property, your income and your liability cover in one policy, with one renewal date.',
      'Why choose Banksia?',
      'Public liability of up to $20,000,000, with defence costs paid in addition to the limit.',
      'Claims decided within 10 business days of receiving all the information we need, and a local claims manager for every claim.',
      'Ask your broker about Banksia Business Pack or call 13 22 65.',
    ],
    keyBlock: 2,
  },
  {
    kind: 'specimen_schedule',
    title: 'Specimen schedule',
    placement: 'back',
    blocks: [
      'This specimen shows the information in the schedule we issue to you. Only the sections shown as insured in your own schedule apply.',
      { cells: ['Policy No.:', '______________________'] },
      { cells: ['Insured:', '______________________'] },
      { cells: ['Situation:', '______________________'] },
      { cells: ['Sections insured:', '[ ] Property [ ] Interruption [ ] Theft [ ] Liability [ ] Machinery'] },
      { cells: ['Building sum insured:', '$ ______________'] },
      { cells: ['Limit of liability:', '$ ______________'] },
      { cells: ['Excess:', '$ ______________'] },
    ],
    keyBlock: 5,
  },
  {
    kind: 'claim_form',
    title: 'Property and liability claim form',
    placement: 'back',
    blocks: [
      'Complete this form as soon as you can and send it to us with copies of any invoices, quotes and correspondence.',
      { cells: ['Policy No.:', '______________________'] },
      { cells: ['Date of the event:', '____/____/______'] },
      'What type of loss is this? [ ] Fire [ ] Storm [ ] Theft [ ] Glass breakage [ ] Machinery breakdown [ ] Injury to a member of the public',
      'Was the business able to keep trading? [ ] Yes [ ] Partly [ ] No',
      'Police event number (theft or malicious damage): ____________________',
      'I declare that the details in this form are true and complete.',
      { cells: ['Signature of insured:', '____________________ Position: __________ Date: ____/____/______'] },
    ],
    keyBlock: 3,
  },
  {
    kind: 'proposal_form',
    title: 'Business Pack proposal',
    placement: 'back',
    blocks: [
      'You have a duty to take reasonable care not to make a misrepresentation when answering these questions. Answer each question honestly and completely.',
      { cells: ['Business name and ABN:', '______________________'] },
      { cells: ['Annual turnover:', '$ ______________'] },
      'Cover required: [ ] Property damage [ ] Business interruption [ ] Theft [ ] Public liability [ ] Machinery breakdown',
      'Has the business had an insurance claim or loss in the last five years? [ ] Yes [ ] No',
      'Are the premises protected by a monitored alarm? [ ] Yes [ ] No',
      { cells: ['Signature:', '____________________ Date: ____/____/______'] },
    ],
    keyBlock: 3,
  },
  {
    kind: 'grievance_contacts',
    title: 'Complaints and disputes',
    placement: 'back',
    blocks: [
      'If you are unhappy with our service or a decision we have made, please contact our Internal Dispute Resolution team on 1800 226 742 or at complaints@banksia.com.au. We will respond within 30 calendar days.',
      'If you are not satisfied with our response, you can contact the Australian Financial Complaints Authority (AFCA), GPO Box 3, Melbourne VIC 3001, telephone 1800 931 678, website www.afca.org.au.',
      'AFCA provides a fair and independent dispute resolution service that is free to you. Its decisions bind us, but not you.',
    ],
    keyBlock: 2,
  },
];
