/**
 * Non-contractual pages a UK household wording is bound with (DOMAIN.md §5): the IPID, a sales
 * page, a specimen schedule, a claim form and the complaints page. Original text.
 */
import type { InfoPageSpec } from './library-spec.js';

export const HOME_INFO_PAGES: InfoPageSpec[] = [
  {
    kind: 'key_facts',
    title: 'Home Insurance – Insurance Product Information Document',
    placement: 'front',
    blocks: [
      'Company: Thistledown Mutual Insurance plc. Product: Home Insurance.',
      'This document provides a summary of the key information about this insurance. Complete pre-contractual and contractual information about the product is provided in your policy documents. This document does not form part of the contract.',
      'What is this type of insurance? Home insurance covering your buildings and contents against loss or damage, with optional covers you can add.',
      'What is insured? Buildings up to the sum insured shown in your schedule; contents up to the sum insured shown in your schedule; alternative accommodation up to £45,000; occupier and personal liability up to £2,000,000.',
      'What is not insured? The excess shown in your schedule; wear and tear and gradual deterioration; escape of water or theft while the home is unoccupied.',
      'Are there any restrictions on cover? Valuables are limited to £2,500 for any one item unless specified; money is limited to £750.',
      'Where am I covered? At the home shown in your schedule, and for personal possessions anywhere in the world.',
      'What are my obligations? Take reasonable care to answer our questions honestly, tell us about changes to your circumstances and tell us about any claim as soon as possible.',
      'When and how do I pay? Annually, or by monthly instalments by direct debit.',
      'When does the cover start and end? For twelve months from the start date shown in your schedule.',
      'How do I cancel the contract? Contact us within 14 days of receiving your documents for a full refund, or at any time afterwards.',
    ],
    keyBlock: 3,
  },
  {
    kind: 'brochure',
    title: 'Why choose Thistledown Home Insurance?',
    placement: 'front',
    blocks: [
      'Thistledown Mutual has looked after homes across the country for over ninety years, and our members rate our claims service five stars.',
      'Key benefits',
      'Up to £2,000,000 liability cover for you and your family, included as standard.',
      'New for old replacement of contents, with no deduction for wear and tear on clothing and household linen.',
      'A 24-hour claims helpline, 365 days a year, and a dedicated claims handler for every claim.',
      'Add home emergency cover or family legal protection for a small additional premium.',
      'Call 0800 555 0199 or visit thistledown-mutual.co.uk to get a quote today.',
    ],
    keyBlock: 3,
  },
  {
    kind: 'specimen_schedule',
    title: 'Specimen schedule',
    placement: 'back',
    blocks: [
      'This specimen shows the layout of the schedule we issue with your policy. Your own schedule shows the cover, sums insured and excesses that apply to you.',
      { cells: ['Policy No.:', '______________________'] },
      { cells: ['Policyholder:', '______________________'] },
      { cells: ['Address of the home:', '______________________'] },
      { cells: ['Period of insurance:', 'From ____/____/______ to ____/____/______'] },
      { cells: ['Buildings sum insured:', '£ ______________'] },
      { cells: ['Contents sum insured:', '£ ______________'] },
      { cells: ['Standard excess:', '£ ______________'] },
      { cells: ['Endorsements applying:', '______________________'] },
    ],
    keyBlock: 5,
  },
  {
    kind: 'claim_form',
    title: 'Home insurance claim form',
    placement: 'back',
    blocks: [
      'Please complete this form in block capitals and return it to us with your supporting documents. Completing this form does not mean that we accept your claim.',
      { cells: ['Policy No.:', '______________________'] },
      { cells: ['Name of policyholder:', '______________________'] },
      { cells: ['Date and time of the incident:', '____/____/______ at ____:____'] },
      'Type of claim (tick one): [ ] Fire or smoke [ ] Escape of water [ ] Theft [ ] Storm or flood [ ] Accidental damage [ ] Other',
      'Was the home occupied at the time of the incident? [ ] Yes [ ] No',
      'Have the police been told? [ ] Yes [ ] No Crime reference number: ______________',
      'Describe what happened and list the items damaged or lost, with their value: ________________________________________',
      'Declaration: I declare that the information given on this form is true and complete to the best of my knowledge.',
      { cells: ['Signature:', '______________________ Date: ____/____/______'] },
    ],
    keyBlock: 4,
  },
  {
    kind: 'grievance_contacts',
    title: 'How to make a complaint',
    placement: 'back',
    blocks: [
      'If you have a complaint about your policy or a claim, please contact our Customer Relations Team.',
      { cells: ['Write to:', 'Customer Relations, Thistledown Mutual Insurance plc, 14 Harrow Lane, Leeds LS1 4AB'] },
      { cells: ['Telephone:', '0800 555 0142 (Monday to Friday, 9am to 5pm)'] },
      { cells: ['Email:', 'complaints@thistledown-mutual.co.uk'] },
      'If you are not satisfied with our final response, or we have not given you one within eight weeks, you may refer your complaint to the Financial Ombudsman Service, Exchange Tower, London E14 9SR, telephone 0800 023 4567. Referring your complaint does not affect your right to take legal action.',
      'We are covered by the Financial Services Compensation Scheme. You may be entitled to compensation from the scheme if we cannot meet our obligations. Further information is available at www.fscs.org.uk or on 0800 678 1100.',
    ],
    keyBlock: 5,
  },
];
