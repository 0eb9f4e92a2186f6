/**
 * Non-contractual pages an Australian motor PDS is bound with (DOMAIN.md §5): the target market
 * determination summary, a sales page, a specimen certificate, a claim form and the complaints
 * page. Original text.
 */
import type { InfoPageSpec } from './library-spec.js';

export const MOTOR_INFO_PAGES: InfoPageSpec[] = [
  {
    kind: 'key_facts',
    title: 'Comprehensive Car Insurance – Target Market Determination summary',
    placement: 'front',
    blocks: [
      'This is a summary of the target market determination for this product. It does not form part of the insurance contract. The full document is available at coolabah.com.au/tmd.',
      'Who this product is for: owners of private cars in Australia that are used for private or commuting purposes, who want cover for accidental damage, theft and their liability to others.',
      'Key features: agreed value cover, new car replacement in the first two years, a hire car after theft, and third party property damage up to $20,000,000.',
      'Who this product is not for: people who use their car mainly for business deliveries, ride-sharing without telling us, or racing.',
    ],
    keyBlock: 2,
  },
  {
    kind: 'brochure',
    title: 'Why choose Coolabah Car Insurance?',
    placement: 'front',
    blocks: [
      'More than a million Australians trust Coolabah to look after their cars.',
      'What you get',
      'A lifetime guarantee on repairs we authorise, and the choice of your own repairer.',
      'A hire car for up to 14 days if your car is stolen, and no excess for windscreen claims with our option.',
      'Save 15% when you buy online at coolabah.com.au, or call us on 13 26 44.',
    ],
    keyBlock: 2,
  },
  {
    kind: 'specimen_schedule',
    title: 'Specimen certificate of insurance',
    placement: 'back',
    blocks: [
      'This specimen shows what your certificate of insurance contains. Your own certificate shows your car, your drivers, your excesses and your period of insurance.',
      { cells: ['Policy No.:', '______________________'] },
      { cells: ['Insured:', '______________________'] },
      { cells: ['Car (make, model, registration):', '______________________'] },
      { cells: ['Agreed value:', '$ ______________'] },
      { cells: ['Listed drivers:', '______________________'] },
      { cells: ['Basic excess:', '$ ______________'] },
      { cells: ['Period of insurance:', 'From ____/____/______ to ____/____/______'] },
    ],
    keyBlock: 4,
  },
  {
    kind: 'claim_form',
    title: 'Motor claim form',
    placement: 'back',
    blocks: [
      'You can make a claim online or by phone. If you prefer to write, complete this form and send it to us with photographs of the damage.',
      { cells: ['Policy No.:', '______________________'] },
      { cells: ['Date, time and place of the incident:', '______________________'] },
      'What happened? [ ] Collision with another vehicle [ ] Collision with an animal [ ] Theft [ ] Hail or storm [ ] Malicious damage [ ] Windscreen',
      'Was anyone injured? [ ] Yes [ ] No. Did the police attend? [ ] Yes [ ] No',
      'Details of the other driver (name, address, registration): ______________________________',
      'I declare that the information I have given is true and complete.',
      { cells: ['Signature of driver:', '____________________ Date: ____/____/______'] },
    ],
    keyBlock: 3,
  },
  {
    kind: 'grievance_contacts',
    title: 'If you have a complaint',
    placement: 'back',
    blocks: [
      'We are bound by the General Insurance Code of Practice. If you have a complaint, call us on 13 26 44 or write to Complaints, Coolabah General Insurance, PO Box 118, Parramatta NSW 2124. We will respond within 30 calendar days.',
      'If you are not satisfied with our response, you may contact the Australian Financial Complaints Authority on 1800 931 678 or at www.afca.org.au. AFCA is free and independent.',
      'You may be able to claim compensation through AFCA of up to the limits set by its rules, and you keep your right to go to court.',
    ],
    keyBlock: 2,
  },
];
