/**
 * Non-contractual pages a Singapore travel wording is bound with (DOMAIN.md §5): the product
 * summary, a sales page, the premium table, a specimen certificate, a claim form and the dispute
 * resolution page. Original text.
 */
import type { InfoPageSpec } from './library-spec.js';

export const TRAVEL_INFO_PAGES: InfoPageSpec[] = [
  {
    kind: 'key_facts',
    title: 'Product Summary – Travel Protector',
    placement: 'front',
    blocks: [
      'This product summary gives a brief description of the main features of Travel Protector. It is not a contract of insurance. The precise terms, conditions and exclusions are set out in the policy wording.',
      'Travel Protector is a travel insurance plan for single trips or for a whole year of journeys from Singapore.',
      { cells: ['Benefit', 'Premier plan (per insured person)'], header: true },
      { cells: ['Overseas medical expenses', 'Up to S$500,000 (adults below 70 years); S$150,000 (70 years and above)'] },
      { cells: ['Trip cancellation', 'Up to S$15,000'] },
      { cells: ['Travel delay', 'S$100 for every full 6 hours of delay'] },
      { cells: ['Baggage and personal effects', 'Up to S$5,000; S$500 for any one item'] },
      'Main exclusions: pre-existing conditions (unless the Pre-Ex option is bought), events known when the policy was bought, and hazardous activities.',
      'This policy is protected under the Policy Owners\' Protection Scheme administered by the Singapore Deposit Insurance Corporation.',
    ],
    keyBlock: 3,
  },
  {
    kind: 'brochure',
    title: 'Travel with confidence',
    placement: 'front',
    blocks: [
      'Whether it is a weekend in Bali or a month in Europe, Travel Protector keeps you covered from the moment you leave home.',
      'Why choose Travel Protector?',
      'Up to S$1,000,000 for emergency medical evacuation, and 24-hour worldwide assistance in English, Mandarin, Malay and Tamil.',
      'Cover for trip cancellation caused by an infectious disease, including COVID-19, when you buy before it is declared.',
      'Buy online in minutes at merlionshield.com.sg and get your certificate by email at once.',
    ],
    keyBlock: 2,
  },
  {
    kind: 'premium_table',
    title: 'Table of premiums',
    placement: 'back',
    blocks: [
      'Single trip premiums per adult, in Singapore dollars, including GST.',
      { cells: ['Trip length', 'Asia', 'Worldwide', 'Worldwide (family)'], header: true },
      { cells: ['1 to 5 days', 'S$38.00', 'S$61.00', 'S$122.00'] },
      { cells: ['6 to 10 days', 'S$52.00', 'S$86.00', 'S$172.00'] },
      { cells: ['11 to 18 days', 'S$71.00', 'S$118.00', 'S$236.00'] },
      { cells: ['Annual plan', 'S$249.00', 'S$412.00', 'S$824.00'] },
      'Premiums are subject to change. The premium you pay is shown in your certificate of insurance.',
    ],
    keyBlock: 3,
  },
  {
    kind: 'specimen_schedule',
    title: 'Specimen certificate of insurance',
    placement: 'back',
    blocks: [
      'This is a specimen. Your certificate of insurance shows the plan, the insured persons and the period of insurance that apply to you.',
      { cells: ['Certificate No.:', '______________________'] },
      { cells: ['Name of insured person:', '______________________'] },
      { cells: ['Plan and area:', '______________________'] },
      { cells: ['Period of insurance:', 'From ____/____/______ to ____/____/______'] },
      { cells: ['Overseas medical expenses limit:', 'S$ ______________'] },
      { cells: ['Optional benefits bought:', '______________________'] },
    ],
    keyBlock: 5,
  },
  {
    kind: 'claim_form',
    title: 'Travel claim form',
    placement: 'back',
    blocks: [
      'Please complete every section and attach your supporting documents. An incomplete form may delay your claim.',
      { cells: ['Certificate No.:', '______________________'] },
      { cells: ['Date of departure and return:', '____/____/______ to ____/____/______'] },
      'Nature of claim (tick all that apply): [ ] Medical expenses [ ] Trip cancellation [ ] Travel delay [ ] Baggage [ ] Personal liability',
      'Did you report the loss to the police or the carrier? [ ] Yes [ ] No',
      'Do you have any other insurance covering this loss? [ ] Yes [ ] No. If yes, name the insurer: ____________________',
      'I declare that the information I have given is true and correct.',
      { cells: ['Signature of claimant:', '____________________ Date: ____/____/______'] },
    ],
    keyBlock: 3,
  },
  {
    kind: 'grievance_contacts',
    title: 'Feedback and dispute resolution',
    placement: 'back',
    blocks: [
      'If you have any feedback or a complaint, please contact our Customer Service Centre at 6788 1234 or feedback@merlionshield.com.sg. We will reply within 14 working days.',
      'If you are not satisfied with our reply, you may refer the dispute to the Financial Industry Disputes Resolution Centre Ltd (FIDReC), 36 Robinson Road, #15-01 City House, Singapore 068877, telephone 6327 8878, website www.fidrec.com.sg.',
      'FIDReC can decide claims of up to S$150,000 against an insurer. Its services are free of charge to consumers.',
    ],
    keyBlock: 2,
  },
];
