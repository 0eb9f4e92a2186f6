/** Business property and public liability, in the style of an Australian business pack PDS. Original text. */
import { COMMERCIAL_INFO_PAGES } from './commercial-pages.js';
import type { ProductLibrary } from './library-spec.js';

export const COMMERCIAL_LIBRARY: ProductLibrary = {
  product: 'commercial',
  insurer: 'Banksia General Insurance Limited',
  insurerCode: 'BGI',
  formPrefix: 'BGI-BP',
  title: 'Business Pack Policy Wording',
  currency: 'AUD',
  definitionStyle: 'bold_list',
  intro: [
    'This policy wording sets out the terms of the Business Pack insurance issued by Banksia General Insurance Limited. Your policy consists of this wording, the schedule we issue to you, and any endorsements we give you in writing.',
    'Only the sections shown as insured in your schedule apply. The limits, sums insured and excesses that apply to you are those shown in your schedule, unless this wording states otherwise.',
    'Terms in the Definitions section have the meaning given to them wherever they are used in this policy, whether or not they start with a capital letter.',
  ],
  schedule: [
    { label: 'Policy number', value: 'BGI-BP-20931774', category: 'other' },
    { label: 'Business description', value: 'Retail bakery and cafe', category: 'other' },
    { label: 'Building sum insured', value: '{m:sum_insured:1850000}', category: 'sum_insured' },
    { label: 'Contents and stock sum insured', value: '{m:sum_insured:420000}', category: 'sum_insured' },
    { label: 'Business interruption indemnity period', value: '{p:indemnity:12:month}', category: 'period' },
    { label: 'Gross profit sum insured', value: '{m:sum_insured:640000}', category: 'sum_insured' },
    { label: 'Public liability limit of liability', value: '{m:limit:20000000}', category: 'limit' },
    { label: 'Products liability aggregate limit', value: '{m:limit:20000000}', category: 'limit' },
    { label: 'Property damage excess', value: '{m:excess:1000}', category: 'excess' },
    { label: 'Public liability excess (property damage claims)', value: '{m:excess:500}', category: 'excess' },
    { label: 'Base premium', value: '{m:premium:6840}', category: 'premium' },
    { label: 'GST', value: '{m:tax:684}', category: 'tax' },
  ],
  definitions: [
    { term: 'Business', text: 'the business described in the schedule and no other business, including the ownership and maintenance of the premises, provision of canteen and social facilities, and private work done by your employees for your directors with your consent.',
      widen: { from: 'the business described in the schedule and no other business', to: 'the business described in the schedule and any activity incidental to it', direction: 'broader' } },
    { term: 'Building', text: 'the buildings at the situation shown in the schedule, including fixtures and fittings owned by you, landlord fixtures, underground services, fences, gates and car parks.',
      narrow: { from: ', fences, gates and car parks', to: '', direction: 'narrower' } },
    { term: 'Contents', text: 'stock, plant, machinery, office equipment, furniture and tenant improvements belonging to you or for which you are responsible, at the situation.' },
    { term: 'Damage', text: 'physical loss, destruction or damage.' },
    { term: 'Event', text: 'an occurrence or series of occurrences consequent upon or attributable to one source or originating cause.' },
    { term: 'Flood', text: 'the covering of normally dry land by water that has escaped or been released from the normal confines of a lake, river, creek, dam, reservoir or navigable canal.',
      widen: { from: 'a lake, river, creek, dam, reservoir or navigable canal', to: 'a lake, river, creek, dam, reservoir, navigable canal or any other natural or artificial watercourse', direction: 'narrower' } },
    { term: 'Indemnity period', text: 'the period beginning with the date of the damage and ending not later than the number of months shown in the schedule, during which the results of the business are affected by the damage.' },
    { term: 'Personal injury', text: 'bodily injury, death, illness, disability, shock, fright, mental anguish or mental injury, and false arrest, wrongful detention, defamation or invasion of privacy.',
      narrow: { from: ', and false arrest, wrongful detention, defamation or invasion of privacy', to: '', direction: 'narrower' } },
    { term: 'Pollutants', text: 'any solid, liquid, gaseous or thermal irritant or contaminant, including smoke, vapour, soot, fumes, acids, alkalis, chemicals and waste.' },
    { term: 'Premises', text: 'the location shown in the schedule at which you carry on the business.',
      restate: { from: 'the location shown in the schedule at which you carry on the business', to: 'the location at which you carry on the business, as shown in the schedule' } },
    { term: 'Products', text: 'anything (after it has left your custody or control) which has been grown, made, altered, assembled, repaired, treated, sold, supplied or distributed by you in the course of the business.' },
    { term: 'Property damage', text: 'physical damage to or loss of tangible property, including any resulting loss of use of that property, and loss of use of tangible property that has not been physically damaged.' },
    { term: 'Stock', text: 'raw materials, goods in process, finished goods and packaging materials used in the business.',
      widen: { from: 'raw materials, goods in process, finished goods and packaging materials', to: 'raw materials, goods in process, finished goods, goods held on consignment and packaging materials', direction: 'broader' } },
    { term: 'Terrorism', text: 'any act, including the use of force or violence or the threat of it, by any person or group acting alone or on behalf of any organisation, committed for political, religious, ideological or similar purposes.' },
    { term: 'You, your', text: 'the insured named in the schedule, its subsidiaries, and any director or employee while acting within the scope of their duties.' },
  ],
  sections: [
    {
      key: 'property',
      title: 'Property damage',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We cover sudden and accidental damage to the building and contents at the premises that happens during the period of insurance, up to the sums insured shown in the schedule.',
              additions: [{ polarity: 'grant', text: ' We also cover damage to the personal property of your customers and employees while it is at the premises.' }] },
            { role: 'cover', title: 'Removal of debris', text: 'We will pay the reasonable costs of demolishing, removing debris and cleaning up after damage we cover, up to {m:limit:100000} for any one event, in addition to the sum insured.',
              capPresent: ', up to {m:limit:100000} for any one event',
              rewrites: { restate: { from: 'in addition to the sum insured', to: 'over and above the sum insured' } } },
            { role: 'cover', title: 'Temporary removal', text: 'We cover your contents while temporarily removed to any other location in Australia for cleaning, repair or renovation, up to {m:sublimit:50000} for any one event.',
              percentOf: { percent: 10, base: 'the contents sum insured' } },
            { role: 'cover', title: 'Stock spoilage', text: 'We cover stock in refrigerated cabinets that is spoiled because of a rise or fall in temperature caused by breakdown of the refrigeration unit or by failure of the public electricity supply, up to {m:sublimit:25000} for any one event.',
              capPresent: ', up to {m:sublimit:25000} for any one event' },
            { role: 'cover', title: 'Glass', text: 'We cover accidental breakage of fixed glass, shop fronts, signs and illuminated signs at the premises, including the cost of temporary shuttering and boarding up. We also pay to replace lettering, tinting and alarm foil on the broken glass.',
              sentences: [{ polarity: 'grant', text: ' We also pay to replace lettering, tinting and alarm foil on the broken glass.', materiality: 'low' }],
              additions: [{ polarity: 'restriction', text: ' We do not cover glass that was already cracked or scratched before the breakage.', materiality: 'low' }] },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We do not cover damage caused by flood, unless the schedule shows that flood cover has been purchased.', carveOutPresent: ', unless the schedule shows that flood cover has been purchased' },
            { role: 'exclusion', text: 'We do not cover damage caused by erosion, subsidence, shrinkage or any earth movement, other than damage caused by earthquake or tsunami.', carveOutPresent: ', other than damage caused by earthquake or tsunami' },
            { role: 'exclusion', text: 'We do not cover theft of contents from the open air or from any unlocked building or vehicle.', narrow: { from: 'from the open air or from any unlocked building or vehicle', to: 'from the open air' } },
            { role: 'exclusion', text: 'We do not cover damage caused by rust, corrosion, wear and tear, or gradual deterioration.', carveOut: ', but we do cover any resulting damage that is otherwise covered by this section' },
            { role: 'exclusion', text: 'We do not cover damage to property while it is being worked on, where the damage results from the work.', widen: { from: 'while it is being worked on, where the damage results from the work', to: 'while it is being worked on, however the damage is caused' } },
            { role: 'exclusion', text: 'We do not cover unexplained loss or inventory shortage identified only during a stocktake.' },
          ],
        },
        {
          heading: 'Excess',
          clauses: [
            { role: 'excess', text: 'The excess shown in the schedule applies to each event. For damage caused by earthquake or tsunami the excess is {m:excess:5000} for each event.',
              rewrites: { deductible_basis: { from: 'The excess shown in the schedule applies to each event.', to: 'The excess shown in the schedule applies once in each period of insurance, however many events there are.' } } },
          ],
        },
      ],
    },
    {
      key: 'interruption',
      title: 'Business interruption',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'If the business is interrupted or interfered with as a result of damage covered under Section 1, we will pay the loss of gross profit due to the reduction in turnover and the increase in cost of working during the indemnity period.',
              additions: [{ polarity: 'grant', text: ' We will also pay the wages of your employees for up to {p:indemnity:4:month:words} while the business cannot trade.' }] },
            { role: 'cover', title: 'Prevention of access', text: 'We cover loss resulting from interruption to the business because access to the premises is prevented by damage to property within one kilometre of the premises, up to {m:sublimit:100000} for any one event. We will not pay for loss during the first 24 hours of the prevention of access.',
              sentences: [{ polarity: 'restriction', text: ' We will not pay for loss during the first 24 hours of the prevention of access.', materiality: 'low' }] },
            { role: 'cover', title: 'Claims preparation costs', text: 'We will pay the reasonable fees of your accountants for producing information we require in order to settle a claim under this section, up to {m:sublimit:25000}.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We do not cover loss resulting from any infectious or contagious disease, or the fear or threat of it.', carveOut: ', except where a notifiable human disease manifests at the premises and the competent authority closes the premises for more than 48 hours' },
            { role: 'exclusion', text: 'We do not cover loss arising during the first {p:waiting:48:hour} after access to the premises is prevented.' },
            { role: 'exclusion', text: 'We do not cover loss resulting from the interruption of any public utility supply at the generating plant.', widen: { from: 'at the generating plant', to: 'wherever the interruption occurs' } },
          ],
        },
      ],
    },
    {
      key: 'theft',
      title: 'Theft',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We cover theft of contents, or damage to the building or contents, caused by a person who enters or leaves the premises by forcible and violent means, up to the first loss sum insured of {m:sum_insured:60000}.' },
            { role: 'cover', title: 'Money', text: 'We cover loss of money from the premises during business hours, or from a locked safe outside business hours, up to {m:sublimit:10000}.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We do not cover theft by any of your employees or by any person lawfully on the premises.', narrow: { from: 'by any of your employees or by any person lawfully on the premises', to: 'by any of your employees' },
              additions: [{ polarity: 'carve_back', text: ' This exclusion does not apply to theft by an employee that you discover within 30 days and report to the police.' }] },
            { role: 'exclusion', text: 'We do not cover loss of money from any unattended vehicle or from any premises left unlocked.' },
          ],
        },
        {
          heading: 'Conditions',
          clauses: [
            { role: 'condition', text: 'You must report any theft or attempted theft to the police within {p:notification:24:hour} of discovering it, and give us a copy of the police report.' },
          ],
        },
      ],
    },
    {
      key: 'public_liability',
      title: 'Public and products liability',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We cover your legal liability to pay compensation for personal injury or property damage happening during the period of insurance within the territorial limits, caused by an occurrence in connection with the business, up to the limit of liability shown in the schedule.',
              additions: [{ polarity: 'insurer_right', text: ' We may, at our option, pay you the limit of liability for an occurrence and then take no further part in the defence or settlement of the claim.' }] },
            { role: 'cover', title: 'Defence costs', text: 'We will pay the reasonable legal costs incurred with our written consent to investigate, defend or settle a claim, in addition to the limit of liability. We may take over and conduct the defence or settlement of any claim in your name.',
              sentences: [{ polarity: 'insurer_right', text: ' We may take over and conduct the defence or settlement of any claim in your name.', materiality: 'low' }] },
            { role: 'cover', title: 'First aid expenses', text: 'We will pay for emergency medical expenses incurred in providing first aid at the time of an occurrence, up to {m:sublimit:10000} for any one occurrence.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We do not cover liability for personal injury to any employee arising out of their employment, where that liability is required to be insured under workers compensation legislation.' },
            { role: 'exclusion', text: 'We do not cover liability arising from pollutants, unless the discharge was sudden, identifiable, unintended and unexpected and took place in its entirety at a specific time and place.', carveOutPresent: ', unless the discharge was sudden, identifiable, unintended and unexpected and took place in its entirety at a specific time and place' },
            { role: 'exclusion', text: 'We do not cover liability arising from any professional advice given for a fee.', widen: { from: 'any professional advice given for a fee', to: 'any professional advice or service, whether or not a fee is charged' } },
            { role: 'exclusion', text: 'We do not cover the cost of recalling or replacing your products, or of correcting any defect in them.' },
            { role: 'exclusion', text: 'We do not cover liability arising from asbestos or any material containing asbestos.',
              rewrites: { restate: { from: 'We do not cover liability arising from asbestos or any material containing asbestos.', to: 'Liability arising from asbestos, or from any material that contains asbestos, is not covered.' } } },
          ],
        },
        {
          heading: 'Excess',
          clauses: [
            { role: 'excess', text: 'You must pay the first {m:excess:500} of each claim for property damage. No excess applies to claims for personal injury.',
              sentences: [{ polarity: 'carve_back', text: ' No excess applies to claims for personal injury.' }] },
          ],
        },
      ],
    },
    {
      key: 'machinery',
      title: 'Machinery breakdown',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We cover sudden and unforeseen breakdown of machinery at the premises that requires repair or replacement before it can resume normal operation, up to {m:limit:75000} for any one breakdown.',
              additions: [{ polarity: 'insured_duty', text: ' You must have each machine inspected at least once a year by a licensed technician and keep the inspection records.' }] },
            { role: 'cover', title: 'Deterioration of stock', text: 'We cover stock that deteriorates as a result of a breakdown we cover, up to {m:sublimit:15000} for any one breakdown.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We do not cover breakdown of any machine more than 15 years old, unless it has been maintained under a service contract with a qualified technician.', carveOutPresent: ', unless it has been maintained under a service contract with a qualified technician' },
            { role: 'exclusion', text: 'We do not cover the replacement of consumable parts such as belts, blades, fuses, filters and light globes.' },
          ],
        },
      ],
    },
  ],
  pools: {
    exclusions: [
      { sectionKey: 'property', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We do not cover damage to the building or contents caused by the weight of stock stored on mezzanine floors that exceeds the rated load.' } },
      { sectionKey: 'public_liability', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We do not cover liability arising from the operation of any drone or remotely piloted aircraft.' } },
      { sectionKey: 'interruption', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We do not cover loss arising from the failure of any online ordering platform or payment system operated by a third party.' } },
    ],
    extensions: [
      { sectionKey: 'property', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Outdoor signage', text: 'We cover damage to freestanding signs, flagpoles and outdoor furniture at the premises, up to {m:limit:20000} for any one event.' } },
      { sectionKey: 'interruption', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Customer and supplier premises', text: 'We cover loss resulting from damage at the premises of your customers or suppliers in Australia, up to {m:limit:50000} for any one event.' } },
      { sectionKey: 'public_liability', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Vendor liability', text: 'We extend cover to any vendor of your products, but only for liability arising from the distribution or sale of your products in the ordinary course of the vendor\'s business.' } },
    ],
    conditions: [
      { sectionKey: 'property', groupHeading: 'Conditions', clause: { role: 'condition', text: 'Fire extinguishers and fire blankets at the premises must be inspected by a qualified technician at least every six months and the inspection tags kept up to date.' } },
      { sectionKey: 'public_liability', groupHeading: 'Conditions', clause: { role: 'condition', text: 'Before any hot work is carried out away from the premises you must obtain a written hot work permit and keep a fire extinguisher within ten metres of the work.' } },
    ],
    sublimits: [
      { sectionKey: 'property', groupHeading: 'Excess', clause: { role: 'sublimit', text: 'The most we will pay for damage to tobacco, liquor and gift cards held as stock is {m:sublimit:15000} for any one event.' } },
      { sectionKey: 'theft', groupHeading: 'What is covered', clause: { role: 'sublimit', text: 'The most we will pay for theft of any one item of contents is {m:item_limit:5000}, unless it is specified in the schedule.' } },
    ],
    optional: [
      { sectionKey: 'property', groupHeading: 'Optional cover', clause: { role: 'extension', title: 'Optional cover – tax audit', text: 'If the schedule shows that you have purchased this optional cover, we will pay the professional fees you incur in responding to an audit of the business by the Australian Taxation Office, up to {m:limit:10000} in any one period of insurance.' } },
      { sectionKey: 'theft', groupHeading: 'Optional cover', clause: { role: 'extension', title: 'Optional cover – employee dishonesty', text: 'If the schedule shows that you have purchased this optional cover, we will pay for money or goods stolen by any of your employees, up to {m:limit:25000} in any one period of insurance.' } },
    ],
  },
  schedulePhrase: 'the amount shown in the schedule',
  extendShared: {
    general_conditions: [
      {
        heading: 'Records',
        clauses: [
          {
            role: 'condition',
            title: 'Books of account',
            text: 'You must co-operate with us and with any loss adjuster we appoint. It is a condition of this policy that you keep proper books of account, which must be made available to us for any claim under the business interruption section.',
            sentences: [{ polarity: 'insured_duty', text: ' It is a condition of this policy that you keep proper books of account, which must be made available to us for any claim under the business interruption section.' }],
          },
        ],
      },
    ],
    claims: [
      {
        heading: 'Our claims service',
        clauses: [
          {
            role: 'claims',
            text: 'You must tell us about any occurrence that may give rise to a liability claim as soon as reasonably possible.',
            additions: [{ polarity: 'insurer_duty', text: ' We will acknowledge your notification in writing within five business days.' }],
            rewrites: { vague_to_fixed: { from: 'as soon as reasonably possible', to: 'within {p:notification:7:day:words_digits} of becoming aware of it' } },
          },
          {
            role: 'claims',
            text: 'When you make a claim for damage to property, you must give us:',
            items: ['A list of the property damaged or stolen, with its value.', 'Invoices, receipts or other proof of ownership.', 'The police event number, for theft or malicious damage.'],
            extraItems: ['Your financial statements for the last two years, for any claim over $50,000.', 'A report from a licensed electrician, for damage to electrical equipment.', 'Photographs of the damage taken before any clean-up.'],
          },
          {
            role: 'claims',
            text: 'We will decide whether to accept your claim within {p:settlement:10:business_day} of receiving all the information we need, and we will tell you our decision in writing. If we need to appoint an investigator, we will tell you, and we will complete the investigation within {p:investigation:4:month} of receiving your claim.',
            sentences: [{ polarity: 'insurer_duty', text: ' If we need to appoint an investigator, we will tell you, and we will complete the investigation within {p:investigation:4:month} of receiving your claim.' }],
          },
        ],
      },
    ],
    cancellation: [
      {
        heading: 'Instalments',
        clauses: [
          {
            role: 'cancellation',
            title: 'Unpaid instalments',
            text: 'If an instalment remains unpaid for {p:grace:14:day}, we may refuse to pay a claim. If it remains unpaid for one month, we may cancel the policy.',
            sentences: [{ polarity: 'insurer_right', text: ' If it remains unpaid for one month, we may cancel the policy.' }],
          },
        ],
      },
    ],
  },
  infoPages: COMMERCIAL_INFO_PAGES,
  filler: {
    sectionTitles: ['Trade endorsements', 'Endorsements for hospitality premises', 'Endorsements for retail and wholesale premises', 'Endorsements for workshops and light manufacturing', 'Special conditions for high hazard occupations', 'Endorsements for goods in transit'],
    subjects: ['commercial kitchens', 'refrigerated display cabinets', 'coffee machines and espresso equipment', 'point of sale terminals', 'delivery vans and their contents', 'goods on consignment', 'customer goods held for repair', 'hired plant and equipment', 'spray painting booths', 'woodworking machinery', 'hydraulic lifts and hoists', 'compressors and boilers', 'computer servers', 'retail fit-out and shelving', 'awnings and outdoor dining areas', 'cool rooms and freezers', 'forklifts used on the premises', 'stock held at trade fairs', 'tools of trade', 'portable generators', 'neon and illuminated signs', 'security systems and cameras', 'roller doors', 'water tanks and pumps', 'photovoltaic systems'],
    causes: ['fire', 'storm', 'flood', 'theft following forcible entry', 'impact by vehicles', 'electrical fusion', 'malicious damage', 'accidental damage', 'water escaping from plumbing', 'earthquake', 'riot or civil commotion', 'power surge'],
    conditions: ['an approved automatic fire suppression system being installed and maintained', 'all cooking oils being changed and filters cleaned at least weekly', 'a monitored intruder alarm being armed outside business hours', 'the equipment being serviced every six months by a licensed technician', 'stock being stored at least 100 millimetres above floor level', 'a written register of hired equipment being kept', 'keys being removed from all vehicles when unattended', 'flammable liquids being stored in an approved cabinet'],
    frames: [
      { role: 'extension', text: 'Where the schedule shows this endorsement, we cover damage to {subject} caused by {cause}, up to {money} for any one event.' },
      { role: 'limit', text: 'Our liability for damage to {subject} caused by {cause} is limited to {money} for any one event, and an excess of {money2} applies to each claim.' },
      { role: 'exclusion', text: 'We do not cover damage to {subject} caused by {cause} if the premises have been closed for more than {days} consecutive days.', daysRole: 'unoccupancy' },
      { role: 'condition', text: 'It is a condition of cover for {subject} against {cause} that {condition}. We may refuse or reduce a claim to the extent that the loss was caused or increased by a breach of this condition.' },
      { role: 'exclusion', text: 'We do not cover {cause} damage to {subject} arising from faulty design, defective materials or poor workmanship, unless {condition}.' },
      { role: 'extension', text: 'We will pay the additional cost of hiring replacement {subject} after damage caused by {cause}, up to {money} in total, provided that {condition}.' },
    ],
    amounts: [1000, 2500, 5000, 10000, 15000, 20000, 25000, 50000, 75000, 100000, 150000, 250000],
  },
};
