/** Comprehensive car insurance, in the style of an Australian motor PDS. Original text. */
import type { ProductLibrary } from './library-spec.js';
import { MOTOR_INFO_PAGES } from './motor-pages.js';

export const MOTOR_LIBRARY: ProductLibrary = {
  product: 'motor',
  insurer: 'Coolabah General Insurance Limited',
  insurerCode: 'CGL',
  formPrefix: 'CGL-CAR',
  title: 'Comprehensive Car Insurance Product Disclosure Statement and Policy Wording',
  currency: 'AUD',
  definitionStyle: 'bold_list',
  intro: [
    'This Product Disclosure Statement and policy wording tells you about Coolabah Comprehensive Car Insurance. Together with your certificate of insurance and any supplementary PDS we give you, it forms your contract with us.',
    'We cover your car for accidental loss or damage, and you for your legal liability for damage to other people\'s property caused by your car, during the period of insurance, subject to the terms, conditions, limits, excesses and exclusions in this document.',
    'Words in bold have the meanings given in the Definitions section.',
  ],
  schedule: [
    { label: 'Policy number', value: 'CGL-MV-5530148', category: 'other' },
    { label: 'Insured vehicle', value: '2021 Toyota Corolla Ascent Sport hatch', category: 'other' },
    { label: 'Agreed value', value: '{m:sum_insured:28500}', category: 'sum_insured' },
    { label: 'Third party property damage limit', value: '{m:limit:20000000}', category: 'limit' },
    { label: 'Basic excess', value: '{m:excess:695}', category: 'excess' },
    { label: 'Age excess (drivers under 25)', value: '{m:excess:400}', category: 'excess' },
    { label: 'Hire car after theft (per day)', value: '{m:sublimit:75}', category: 'sublimit' },
    { label: 'Premium', value: '{m:premium:1184.6}', category: 'premium' },
    { label: 'Stamp duty', value: '{m:tax:106.61}', category: 'tax' },
    { label: 'GST', value: '{m:tax:107.69}', category: 'tax' },
  ],
  definitions: [
    { term: 'Accident', text: 'a sudden and unexpected event that you did not intend or expect to happen.' },
    { term: 'Agreed value', text: 'the amount shown in your certificate of insurance as the agreed value of your car, which includes registration, GST and on-road costs.',
      restate: { from: 'which includes registration, GST and on-road costs', to: 'including the cost of registration, GST and on-road costs' } },
    { term: 'Car', text: 'the vehicle described in your certificate of insurance, including its standard tools, factory accessories and options, and any modifications you have told us about.',
      narrow: { from: ', and any modifications you have told us about', to: '', direction: 'narrower' },
      widen: { from: 'its standard tools, factory accessories and options', to: 'its standard tools, factory and dealer-fitted accessories and options', direction: 'broader' } },
    { term: 'Excess', text: 'the amount you must pay towards the cost of a claim. The excesses that apply are shown in your certificate of insurance and in this PDS.' },
    { term: 'Inexperienced driver', text: 'a driver of any age who has held a full Australian driver licence for less than two years.',
      widen: { from: 'for less than two years', to: 'for less than three years', direction: 'narrower' } },
    { term: 'Market value', text: 'the amount your car could reasonably be sold for immediately before the loss, taking into account its make, model, age, kilometres and condition. It does not include registration or on-road costs.',
      restate: { from: 'the amount your car could reasonably be sold for immediately before the loss', to: 'the reasonable amount for which your car could have been sold just before the loss' } },
    { term: 'Period of insurance', text: 'the period shown in your certificate of insurance.' },
    { term: 'Total loss', text: 'where we decide that your car is uneconomical to repair, or that it cannot be safely repaired, or where it is stolen and not recovered within {p:other:14:day}.' },
    { term: 'Unlisted driver', text: 'a person under 25 years of age who drives your car and who is not named as a driver in your certificate of insurance.',
      // Fewer drivers count as unlisted, so fewer claims carry the unlisted driver excess.
      narrow: { from: 'a person under 25 years of age', to: 'a person under 21 years of age', direction: 'broader' } },
    { term: 'We, us, our', text: 'Coolabah General Insurance Limited.' },
    { term: 'You, your', text: 'the person or people named as the insured in your certificate of insurance.' },
  ],
  sections: [
    {
      key: 'car',
      title: 'Loss or damage to your car',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We cover your car for accidental loss or damage, including theft, fire, storm, flood and collision, that happens during the period of insurance. We will decide whether to repair your car or to pay you the reasonable cost of repairing it.',
              sentences: [{ polarity: 'insurer_right', text: ' We will decide whether to repair your car or to pay you the reasonable cost of repairing it.' }] },
            { role: 'cover', title: 'Total loss', text: 'If your car is a total loss, we will pay you the agreed value shown in your certificate of insurance, less any excess and any unpaid premium. Once we pay, your car becomes our property.',
              additions: [{ polarity: 'insurer_right', text: ' We may also deduct the unpaid instalments of the premium for the rest of the period of insurance.', materiality: 'low' }] },
            { role: 'cover', title: 'New car replacement', text: 'If your car is a total loss within {p:other:2:year} of its first registration and has travelled less than 40,000 kilometres, we will replace it with a new car of the same make, model and series, if one is available in Australia. This benefit is not available for a car you bought second-hand.',
              sentences: [{ polarity: 'restriction', text: ' This benefit is not available for a car you bought second-hand.' }],
              additions: [{ polarity: 'grant', text: ' We will also pay the registration and compulsory third party insurance for the replacement car for twelve months.', materiality: 'low' }] },
            { role: 'cover', title: 'Choice of repairer', text: 'You may choose your own repairer, provided you give us a quote for the repairs first. We may ask you to obtain a second quote, and we may choose to pay you the amount of the lower quote instead of authorising the repair.',
              sentences: [{ polarity: 'insurer_right', text: ' We may ask you to obtain a second quote, and we may choose to pay you the amount of the lower quote instead of authorising the repair.' }] },
          ],
        },
        {
          heading: 'Limits',
          clauses: [
            { role: 'sublimit', text: 'The most we will pay for non-standard accessories and modifications that you have told us about is {m:sublimit:5000} for any one claim.', percentOf: { percent: 20, base: 'the agreed value' } },
            { role: 'limit', text: 'The most we will pay for loss or damage to your car in any one claim is the agreed value shown in your certificate of insurance.' },
          ],
        },
      ],
    },
    {
      key: 'benefits',
      title: 'Additional benefits',
      intro: 'These benefits are included at no extra cost and are paid in addition to the agreed value, unless stated otherwise.',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', title: 'Hire car after theft', text: 'If your car is stolen, we will pay for a hire car of a similar size, up to {m:sublimit:75} a day for up to {p:indemnity:14:day}, from the day you report the theft to us and to the police.',
              additions: [{ polarity: 'restriction', text: ' You will not be entitled to a hire car if your car was stolen while the keys were left in it or in the ignition.' }] },
            { role: 'cover', title: 'Hire car after an accident that was not your fault', text: 'If your car cannot be driven after an accident that was not your fault and you give us the name and address of the other driver, we will pay for a hire car until your car is repaired, for up to {p:indemnity:21:day:words_digits}.',
              additions: [{ polarity: 'insured_duty', text: ' You must return the hire car within 48 hours of being told that your car is ready.', materiality: 'low' }] },
            { role: 'cover', title: 'Emergency travel and accommodation', text: 'If your car cannot be driven after an accident more than 100 kilometres from your home, we will pay for emergency accommodation and travel to your destination, up to {m:sublimit:750} in total. We will also pay the reasonable cost of returning your car to you once it is repaired.',
              sentences: [{ polarity: 'grant', text: ' We will also pay the reasonable cost of returning your car to you once it is repaired.', materiality: 'low' }] },
            { role: 'cover', title: 'Towing', text: 'We will pay the reasonable cost of towing your car to the nearest repairer or safe place after an accident we cover.',
              additions: [{ polarity: 'restriction', text: ' We will not pay for towing that you arrange without first contacting us, unless it was arranged by the police.', materiality: 'low' }] },
            { role: 'cover', title: 'Personal items', text: 'We will pay for clothing and personal items belonging to you or your family that are lost or damaged in the car, up to {m:item_limit:500} for any one item and {m:sublimit:1000} in total.' },
            { role: 'cover', title: 'Keys and locks', text: 'If the keys or remote locking device of your car are lost or stolen, we will pay to replace them and to recode the locks, up to {m:sublimit:1500}. No excess applies to this benefit.',
              capPresent: ', up to {m:sublimit:1500}',
              sentences: [{ polarity: 'carve_back', text: ' No excess applies to this benefit.', materiality: 'low' }] },
            { role: 'cover', title: 'Child seats and baby capsules', text: 'We will replace any child seat or baby capsule damaged in an accident we cover, up to {m:item_limit:500} for each seat.' },
          ],
        },
      ],
    },
    {
      key: 'liability',
      title: 'Third party property damage',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We cover your legal liability for damage to other people\'s property caused by an accident involving your car, up to the third party property damage limit shown in your certificate of insurance.',
              additions: [{ polarity: 'grant', text: ' We also cover your liability while you are driving a borrowed car that is not registered in your name, up to {m:limit:5000000} for any one accident.' }] },
            { role: 'cover', title: 'Legal costs', text: 'We will pay the legal costs of defending a claim against you that we cover, if we have agreed in writing to the costs before they are incurred.' },
            { role: 'cover', title: 'Uninsured motorist extension', text: 'If your car is damaged in an accident caused by an uninsured driver, we will pay for the damage to your car up to {m:sublimit:5000}, provided you give us the name and address of the driver and the registration of their vehicle.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We do not cover liability for death or bodily injury, which is covered by compulsory third party insurance.' },
            { role: 'exclusion', text: 'We do not cover damage to property that belongs to you, or that is in your care or control.',
              narrow: { from: 'that belongs to you, or that is in your care or control', to: 'that belongs to you' } },
          ],
        },
      ],
    },
    {
      key: 'excesses',
      title: 'Excesses',
      groups: [
        {
          heading: 'The excesses you pay',
          clauses: [
            { role: 'excess', text: 'The basic excess shown in your certificate of insurance applies to each claim. An additional excess applies if the driver at the time of the incident was under 25, inexperienced or unlisted.',
              rewrites: { restate: { from: 'applies to each claim', to: 'is payable for every claim' } } },
            { role: 'excess', title: 'Age excess', text: 'If the driver at the time of the incident was under 25 years of age, an age excess of {m:excess:400} applies in addition to the basic excess.' },
            { role: 'excess', title: 'Inexperienced driver excess', text: 'If the driver at the time of the incident was an inexperienced driver aged 25 or over, an excess of {m:excess:400} applies in addition to the basic excess.' },
            { role: 'excess', title: 'Unlisted driver excess', text: 'If the driver at the time of the incident was an unlisted driver, an excess of {m:excess:1000} applies in addition to all other excesses.' },
            { role: 'excess', title: 'When you do not pay an excess', text: 'You will not pay an excess if the accident was not your fault and you give us the name, address and registration number of the driver who was at fault.',
              additions: [{ polarity: 'restriction', text: ' This does not apply to the unlisted driver excess, which is payable whoever was at fault.', materiality: 'low' }] },
          ],
        },
      ],
    },
    {
      key: 'exclusions',
      title: 'What we do not cover',
      intro: 'These exclusions apply to all sections of this policy.',
      groups: [
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We do not cover any loss, damage or liability if the driver of your car was unlicensed, or was under the influence of alcohol or drugs or had a blood alcohol level above the legal limit.',
              carveOut: ', unless you did not know the driver was unlicensed or affected, and could not reasonably have known' },
            { role: 'exclusion', text: 'We do not cover loss or damage while your car is being used for racing, pace-making, reliability trials or any speed test, or on a racetrack.',
              widen: { from: 'or on a racetrack', to: 'or on a racetrack or at any driver training day' } },
            { role: 'exclusion', text: 'We do not cover loss or damage while your car is being used to carry passengers for payment, unless you have told us that you use it for ride-sharing and we have agreed in writing.',
              widen: { from: 'to carry passengers for payment', to: 'to carry passengers or goods for payment' },
              carveOutPresent: ', unless you have told us that you use it for ride-sharing and we have agreed in writing' },
            { role: 'exclusion', text: 'We do not cover mechanical, electrical or electronic breakdown or failure, wear and tear, rust or corrosion.',
              narrow: { from: 'mechanical, electrical or electronic breakdown or failure', to: 'mechanical or electrical breakdown' },
              additions: [{ polarity: 'carve_back', text: ' This exclusion does not apply to resulting damage to your car caused by a fire or a collision.' }] },
            { role: 'exclusion', text: 'We do not cover damage to tyres caused by braking, punctures, cuts or bursts, unless the damage happens in an accident we cover.',
              carveOutPresent: ', unless the damage happens in an accident we cover' },
            { role: 'exclusion', text: 'We do not cover loss or damage if your car was in an unsafe or unroadworthy condition, unless the condition did not cause or contribute to the loss or damage.',
              carveOutPresent: ', unless the condition did not cause or contribute to the loss or damage' },
          ],
        },
      ],
    },
  ],
  replaceShared: [
    {
      key: 'claims',
      title: 'Making a claim',
      groups: [
        {
          heading: 'What you must do',
          clauses: [
            { role: 'claims', text: 'You must tell us about any incident that may lead to a claim as soon as reasonably possible, and in any case no later than {p:notification:7:day:words_digits} after it happens.' },
            { role: 'claims', text: 'You must report any theft or malicious damage to the police as soon as reasonably possible and give us the police report number.',
              rewrites: { vague_to_fixed: { from: 'as soon as reasonably possible', to: 'within {p:notification:24:hour} of discovering it' } } },
            { role: 'claims', text: 'You must not admit fault or make any offer or promise of payment without our written consent. You must not arrange repairs, other than emergency repairs, before we have authorised them.',
              sentences: [{ polarity: 'insured_duty', text: ' You must not arrange repairs, other than emergency repairs, before we have authorised them.' }] },
            { role: 'claims', text: 'To support your claim you must give us, within {p:documents:30:day} of our request:',
              items: ['The driver licence details of the person driving at the time.', 'Photographs of the damage to your car and to any other vehicle.', 'The name, address and registration number of any other driver involved.'],
              extraItems: ['A written statement from each witness to the accident.', 'The service history of your car for the last two years.', 'A copy of the finance contract, if your car is under finance.'] },
          ],
        },
        {
          heading: 'How we handle your claim',
          clauses: [
            { role: 'claims', text: 'We will make a decision on your claim within {p:settlement:10:business_day} of receiving all the information we reasonably need. If we need more time to investigate, we will tell you, and we will complete our investigation within {p:investigation:4:month} of receiving your claim.',
              sentences: [{ polarity: 'insurer_duty', text: ' If we need more time to investigate, we will tell you, and we will complete our investigation within {p:investigation:4:month} of receiving your claim.' }] },
            { role: 'claims', text: 'We will give you a lifetime guarantee on the workmanship of repairs we authorise, for as long as you own your car.',
              additions: [{ polarity: 'insurer_duty', text: ' We will tell you in writing the reasons for any decision to refuse your claim, and how you can ask us to review it.', materiality: 'low' }] },
          ],
        },
      ],
    },
    {
      key: 'cancellation',
      title: 'Cooling-off and cancelling your policy',
      groups: [
        {
          heading: 'Cancellation',
          clauses: [
            { role: 'cancellation', title: 'Cooling-off period', text: 'You have a {p:free_look:21:day} cooling-off period from the date your policy starts. If you cancel within that period and have not made a claim, we will refund the premium in full.' },
            { role: 'cancellation', title: 'Cancelling at other times', text: 'You may cancel your policy at any time by telling us. We will refund the premium for the unexpired period of insurance on a pro rata basis, less a cancellation fee of $35 and any non-refundable government charges.',
              rewrites: { refund_short_period: { from: 'for the unexpired period of insurance on a pro rata basis', to: 'on our short period scale: 75% if you cancel within one month of the start date, 50% within three months, 25% within six months and nothing after that' } } },
            { role: 'cancellation', title: 'When we may cancel', text: 'We may cancel your policy where the law allows us to, by giving you at least {p:insurer_cancel_notice:3:business_day} written notice.',
              rewrites: { restate: { from: 'where the law allows us to', to: 'in the circumstances the law permits' } } },
            { role: 'cancellation', title: 'Paying by instalments', text: 'If an instalment is unpaid for {p:grace:14:day:words}, we may refuse to pay a claim. If it is unpaid for one month, we may cancel your policy.' },
          ],
        },
      ],
    },
  ],
  schedulePhrase: 'the amount shown in your certificate of insurance',
  pools: {
    exclusions: [
      { sectionKey: 'exclusions', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We do not cover loss or damage caused by a driver who is using a mobile phone in breach of the road rules.' } },
      { sectionKey: 'exclusions', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We do not cover loss or damage to your car while it is being driven off-road or on a beach.' } },
      { sectionKey: 'liability', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We do not cover liability arising while your car is towing a trailer or caravan that is not registered.' } },
    ],
    extensions: [
      { sectionKey: 'benefits', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Trailer cover', text: 'We cover any trailer you own while it is attached to your car, for loss or damage up to {m:sublimit:1000}.' } },
      { sectionKey: 'benefits', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Emergency repairs', text: 'We will pay for emergency repairs needed to protect your car or make it safe to drive after an accident we cover, up to {m:sublimit:500}.' } },
    ],
    conditions: [
      { sectionKey: 'car', groupHeading: 'Conditions', clause: { role: 'condition', text: 'You must keep your car locked and its windows closed whenever it is left unattended, and you must not leave the keys in or on it.' } },
      { sectionKey: 'car', groupHeading: 'Conditions', clause: { role: 'condition', text: 'Your car must be garaged at the address shown in your certificate of insurance on most nights.' } },
    ],
    sublimits: [
      { sectionKey: 'car', groupHeading: 'Limits', clause: { role: 'sublimit', text: 'The most we will pay for audio, navigation and entertainment equipment that was not fitted by the manufacturer is {m:sublimit:1500} for any one claim.' } },
      { sectionKey: 'benefits', groupHeading: 'What is covered', clause: { role: 'sublimit', text: 'The most we will pay for all additional benefits after any one incident is {m:sublimit:5000}.' } },
    ],
    optional: [
      { sectionKey: 'benefits', groupHeading: 'Optional cover', clause: { role: 'extension', title: 'Optional cover – hire car after any accident', text: 'If your certificate of insurance shows that you have chosen this option, we will pay for a hire car after any accident we cover, whoever was at fault, up to {m:sublimit:75} a day for up to 14 days.' } },
      { sectionKey: 'excesses', groupHeading: 'Optional cover', clause: { role: 'extension', title: 'Optional cover – windscreen excess waiver', text: 'If your certificate of insurance shows that you have chosen this option, you will not pay an excess for the first claim in each period of insurance for the repair or replacement of your windscreen or window glass.' } },
    ],
  },
  infoPages: MOTOR_INFO_PAGES,
  filler: {
    sectionTitles: ['Optional covers', 'Endorsements for modified and prestige cars', 'Endorsements for business use', 'Endorsements for young drivers', 'Special conditions for rural and remote areas', 'Endorsements for electric and hybrid cars'],
    subjects: ['alloy wheels and tyres', 'roof racks and tow bars', 'dash cameras', 'aftermarket sound systems', 'window tinting', 'bull bars and spotlights', 'electric vehicle charging cables', 'home wall chargers', 'traction batteries', 'roof-top tents', 'bike racks', 'custom paintwork', 'performance exhausts', 'lift kits and suspension upgrades', 'tool boxes and canopies', 'child restraint anchorages', 'remote start systems', 'reversing cameras', 'signwriting', 'ladder racks'],
    causes: ['theft', 'attempted theft', 'malicious damage', 'collision with an animal', 'hail', 'flood', 'fire', 'storm', 'a road accident', 'vandalism', 'falling objects', 'a break-in'],
    conditions: ['the car being garaged at the listed address overnight', 'an engine immobiliser being fitted and in use', 'the item being fitted by a licensed installer', 'receipts being kept for the item', 'the car being serviced in line with the manufacturer\'s schedule', 'the driver holding a full licence', 'the equipment being removed from the car when it is parked on the street', 'a tracking device being fitted and monitored'],
    frames: [
      { role: 'extension', text: 'Where your certificate of insurance shows this option, we cover {subject} against {cause}, up to {money} for any one claim.' },
      { role: 'limit', text: 'The most we will pay for {subject} damaged by {cause} is {money} for any one claim, and an excess of {money2} applies.' },
      { role: 'exclusion', text: 'We do not cover {subject} damaged by {cause} while the car has been left parked in the same place for more than {days} days.' },
      { role: 'condition', text: 'Cover for {subject} against {cause} is conditional on {condition}. If this condition is not met, we may reduce your claim by the amount the breach contributed to the loss.' },
      { role: 'exclusion', text: 'We do not cover {cause} damage to {subject} caused by faulty fitting or poor workmanship, unless {condition}.' },
      { role: 'extension', text: 'We will pay to remove and refit {subject} after {cause}, up to {money}, provided that {condition}.' },
    ],
    amounts: [250, 500, 750, 1000, 1500, 2000, 2500, 3000, 5000, 7500, 10000],
  },
};
