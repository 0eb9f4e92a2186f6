/** Single-trip and annual travel insurance, in the style of a Singapore travel policy. Original text. */
import type { ProductLibrary } from './library-spec.js';

export const TRAVEL_LIBRARY: ProductLibrary = {
  product: 'travel',
  insurer: 'Merlion Shield Assurance Pte. Ltd.',
  insurerCode: 'MSA',
  formPrefix: 'MSA-TRV',
  title: 'Travel Protector Policy Wording',
  currency: 'SGD',
  definitionStyle: 'quoted_means',
  intro: [
    'This policy is a contract between you and Merlion Shield Assurance Pte. Ltd. In return for your premium, we will provide the benefits described in this policy for events that happen during your journey, subject to the terms, conditions and exclusions set out below.',
    'The benefits and the maximum amounts we will pay depend on the plan you have chosen, as shown in your certificate of insurance and in the schedule of benefits.',
    'Please read this policy carefully. If it does not meet your needs, you may return it to us within the free look period described in the section on cancellation.',
  ],
  schedule: [
    { label: 'Certificate number', value: 'MSA/T/88123050', category: 'other' },
    { label: 'Plan', value: 'Premier (Asia)', category: 'other' },
    { label: 'Overseas medical expenses', value: '{m:limit:500000}', category: 'limit' },
    { label: 'Emergency medical evacuation', value: '{m:limit:1000000}', category: 'limit' },
    { label: 'Trip cancellation', value: '{m:limit:15000}', category: 'limit' },
    { label: 'Baggage and personal effects', value: '{m:limit:5000}', category: 'limit' },
    { label: 'Travel delay (per 6 hours)', value: '{m:sublimit:100}', category: 'sublimit' },
    { label: 'Personal liability', value: '{m:limit:500000}', category: 'limit' },
    { label: 'Medical expenses excess', value: '{m:excess:100}', category: 'excess' },
    { label: 'Premium', value: '{m:premium:96.3}', category: 'premium' },
    { label: 'GST at 9%', value: '{m:tax:8.67}', category: 'tax' },
  ],
  definitions: [
    { term: 'Accident', text: 'a sudden, unforeseen and involuntary event caused by external, violent and visible means, which happens during the journey.' },
    { term: 'Close relative', text: 'your spouse, parent, parent-in-law, step-parent, grandparent, child, grandchild, brother or sister.',
      widen: { from: 'grandparent, child, grandchild, brother or sister', to: 'grandparent, child, grandchild, brother, sister, brother-in-law or sister-in-law', direction: 'broader' } },
    { term: 'Journey', text: 'travel that starts when you leave your home in Singapore to travel overseas and ends when you return to your home, or at the end of the period of insurance, whichever happens first.' },
    { term: 'Medical practitioner', text: 'a person registered and licensed to practise medicine in the country where treatment is given, who is not you, your travelling companion or a close relative.',
      narrow: { from: 'a person registered and licensed to practise medicine', to: 'a doctor registered and licensed to practise western medicine', direction: 'narrower' } },
    { term: 'Pre-existing condition', text: 'any illness or injury for which you received medical advice, diagnosis or treatment in the 12 months before the start of the journey.',
      widen: { from: 'in the 12 months before the start of the journey', to: 'in the 24 months before the start of the journey', direction: 'narrower' },
      narrow: { from: 'in the 12 months before the start of the journey', to: 'in the 6 months before the start of the journey', direction: 'broader' } },
    { term: 'Public transport', text: 'any scheduled aircraft, ship, train, bus or taxi operated by a licensed carrier for fare-paying passengers.' },
    { term: 'Reasonable and customary charges', text: 'charges for medical treatment which do not exceed the usual level of charges for similar treatment in the locality where the treatment is given.' },
    { term: 'Serious injury or illness', text: 'an injury or illness which a medical practitioner certifies as needing treatment and which prevents you from travelling or continuing your journey.' },
    { term: 'Travelling companion', text: 'a person who has booked to travel with you for at least 50% of your journey.' },
    { term: 'Unattended', text: 'not within your sight and not within reach at the time of the loss, including items left in a vehicle, with a carrier, or in a public place.',
      narrow: { from: ', including items left in a vehicle, with a carrier, or in a public place', to: '', direction: 'broader' } },
    { term: 'Valuables', text: 'jewellery, watches, cameras, video recorders, laptops, tablets, mobile phones and their accessories.' },
    { term: 'Winter sports', text: 'skiing, snowboarding, cross-country skiing and snowmobiling on designated pistes or trails.' },
  ],
  sections: [
    {
      key: 'medical',
      title: 'Medical and emergency expenses',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'If you suffer a serious injury or illness during your journey, we will pay the reasonable and customary charges for medical treatment, hospital accommodation and prescribed medicines overseas, up to the amount shown in the schedule of benefits.' },
            { role: 'cover', title: 'Follow-up treatment in Singapore', text: 'We will pay for follow-up medical treatment in Singapore within {p:notice:30:day} of your return, where the treatment relates to an injury or illness for which we accepted a claim overseas, up to {m:limit:15000}.' },
            { role: 'cover', title: 'Hospital cash allowance', text: 'We will pay {m:sublimit:100} for each complete day you are admitted to hospital overseas as an in-patient, up to {m:limit:5000} in total.' },
            { role: 'cover', title: 'Emergency evacuation and repatriation', text: 'If our assistance provider decides that it is medically necessary, we will arrange and pay for your emergency evacuation to the nearest suitable medical facility or your repatriation to Singapore.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay for any claim arising from a pre-existing condition.', carveOut: ', unless you have bought the pre-existing condition extension and the condition has been declared to us and accepted in writing' },
            { role: 'exclusion', text: 'We will not pay for treatment that can reasonably be delayed until you return to Singapore.', widen: { from: 'treatment that can reasonably be delayed until you return to Singapore', to: 'treatment that is not immediately necessary to relieve pain or to save life' } },
            { role: 'exclusion', text: 'We will not pay for pregnancy or childbirth, except for complications of pregnancy that first occur during the journey and before the 26th week of pregnancy.', carveOutPresent: ', except for complications of pregnancy that first occur during the journey and before the 26th week of pregnancy' },
            { role: 'exclusion', text: 'We will not pay for dental treatment, other than emergency treatment to relieve sudden pain to natural teeth, up to {m:sublimit:500}.' },
            { role: 'exclusion', text: 'We will not pay for any claim where you travelled against the advice of a medical practitioner or in order to obtain medical treatment.', narrow: { from: 'against the advice of a medical practitioner or in order to obtain medical treatment', to: 'in order to obtain medical treatment' } },
          ],
        },
        {
          heading: 'Excess',
          clauses: [
            { role: 'excess', text: 'You must pay the first {m:excess:100} of each claim for overseas medical expenses.' },
          ],
        },
      ],
    },
    {
      key: 'trip_cancellation',
      title: 'Trip cancellation and curtailment',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We will pay your unused travel and accommodation costs which you have paid or are contracted to pay and cannot recover, if you have to cancel your journey within {p:notice:30:day} before departure because of one of the following:',
              items: [
                'death or serious injury or illness of you, a close relative or your travelling companion;',
                'you being called for jury service or as a witness in a court of law;',
                'your home being made uninhabitable by fire, flood or burglary within seven days before departure;',
                'an outbreak of strike, riot or civil commotion at your planned destination which starts after you bought this policy.',
              ] },
            { role: 'cover', title: 'Curtailment', text: 'If you have to cut short your journey for one of the reasons above, we will pay the unused portion of your pre-paid travel and accommodation costs and your reasonable additional travel costs to return to Singapore.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay if you cancel because of a change in your financial circumstances or because you no longer wish to travel.' },
            { role: 'exclusion', text: 'We will not pay for cancellation caused by an epidemic or pandemic that was declared before you bought this policy.', widen: { from: 'that was declared before you bought this policy', to: 'whenever it was declared' } },
            { role: 'exclusion', text: 'We will not pay for cancellation because of government regulations or travel advisories, unless the advisory was issued after you bought this policy and advises against all travel to your destination.', carveOutPresent: ', unless the advisory was issued after you bought this policy and advises against all travel to your destination' },
          ],
        },
      ],
    },
    {
      key: 'baggage',
      title: 'Baggage, money and travel documents',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We will pay for accidental loss of, or damage to, your baggage and personal effects during the journey, up to the amount shown in the schedule of benefits, after allowing for wear, tear and depreciation.' },
            { role: 'cover', title: 'Baggage delay', text: 'If your checked baggage is delayed for more than {p:waiting:6:hour} after your arrival overseas, we will pay for emergency purchases of essential clothing and toiletries, up to {m:limit:1000}.' },
            { role: 'cover', title: 'Loss of travel documents', text: 'We will pay the reasonable cost of replacing your passport or travel documents lost or stolen overseas, and the additional travel and accommodation costs you incur in order to obtain replacements, up to {m:limit:5000}.' },
          ],
        },
        {
          heading: 'Limits',
          clauses: [
            { role: 'sublimit', text: 'The most we will pay for any one item, pair or set of items is {m:sublimit:500}, and the most we will pay for all valuables in total is {m:sublimit:1000}.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay for loss or theft of baggage left unattended in a public place or in an unlocked vehicle.', narrow: { from: 'in a public place or in an unlocked vehicle', to: 'in a public place' } },
            { role: 'exclusion', text: 'We will not pay for loss of money or valuables placed in checked baggage.' },
            { role: 'exclusion', text: 'We will not pay for damage to fragile or brittle articles, unless the damage is caused by fire or by an accident to the vehicle in which they are carried.', carveOutPresent: ', unless the damage is caused by fire or by an accident to the vehicle in which they are carried' },
          ],
        },
        {
          heading: 'Conditions',
          clauses: [
            { role: 'condition', text: 'You must report any loss or theft to the police within {p:notice:24:hour} of discovering it and obtain a written police report. If baggage is lost by a carrier you must obtain a property irregularity report.' },
          ],
        },
      ],
    },
    {
      key: 'delay',
      title: 'Travel delay and missed connections',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'If the departure of your public transport is delayed for at least {p:waiting:6:hour} because of adverse weather, industrial action or mechanical breakdown, we will pay the amount shown in the schedule of benefits for each full period of delay.' },
            { role: 'cover', title: 'Missed connection', text: 'If you miss a connecting flight because your incoming flight arrived late, and no alternative onward transport is provided within {p:waiting:6:hour} of the arrival, we will pay {m:limit:200}.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay for delay caused by a strike or industrial action that was announced before you bought this policy.' },
            { role: 'exclusion', text: 'We will not pay if you did not check in at the time given by the carrier.', widen: { from: 'if you did not check in at the time given by the carrier', to: 'if you did not check in at least three hours before the scheduled departure time' } },
          ],
        },
      ],
    },
    {
      key: 'liability',
      title: 'Personal liability',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We will pay the amounts you are legally liable to pay as compensation for accidental bodily injury to another person or accidental damage to their property during your journey, up to the amount shown in the schedule of benefits.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay for liability arising from the ownership or use of any mechanically propelled vehicle, aircraft or watercraft.', narrow: { from: 'any mechanically propelled vehicle, aircraft or watercraft', to: 'any mechanically propelled vehicle or aircraft' } },
            { role: 'exclusion', text: 'We will not pay for liability to a close relative or travelling companion, or for damage to property belonging to them.' },
          ],
        },
      ],
    },
    {
      key: 'activities',
      title: 'Sports and leisure activities',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'You are covered while taking part in recreational activities as an amateur, including hiking below 3,000 metres, snorkelling, scuba diving to 30 metres with a qualified instructor, and horse riding.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay for any claim arising from mountaineering or rock climbing requiring the use of ropes or guides, skydiving, bungee jumping or motor racing.' },
            { role: 'exclusion', text: 'We will not pay for any claim arising from winter sports, unless you have bought the winter sports extension.', carveOutPresent: ', unless you have bought the winter sports extension' },
          ],
        },
      ],
    },
  ],
  pools: {
    exclusions: [
      { sectionKey: 'medical', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for any claim arising while you are under the influence of alcohol above the legal driving limit of the country you are in.' } },
      { sectionKey: 'baggage', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for loss of or damage to drones, electric scooters or hoverboards.' } },
      { sectionKey: 'trip_cancellation', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for cancellation caused by the failure of any travel agent, tour operator or airline to provide the services you booked.' } },
    ],
    extensions: [
      { sectionKey: 'medical', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Traditional Chinese medicine', text: 'We will pay for treatment by a registered Chinese medicine practitioner overseas, up to {m:limit:500}, where the treatment follows an injury covered under this section.' } },
      { sectionKey: 'delay', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Overbooked flight', text: 'If you are denied boarding because your flight was overbooked and no alternative flight is offered within {p:waiting:6:hour}, we will pay {m:limit:200}.' } },
      { sectionKey: 'activities', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Golf equipment', text: 'We will pay for loss of or damage to your golf equipment during the journey, up to {m:limit:1000}, and for the hire of replacement equipment up to {m:sublimit:250}.' } },
    ],
    conditions: [
      { sectionKey: 'medical', groupHeading: 'Conditions', clause: { role: 'condition', text: 'You must contact our assistance provider before you are admitted to hospital as an in-patient, or as soon as reasonably possible after an emergency admission.' } },
      { sectionKey: 'baggage', groupHeading: 'Conditions', clause: { role: 'condition', text: 'You must keep original receipts for any item worth more than {m:other:300} and give them to us when you make a claim.' } },
    ],
    sublimits: [
      { sectionKey: 'medical', groupHeading: 'Excess', clause: { role: 'sublimit', text: 'The most we will pay for physiotherapy and chiropractic treatment overseas is {m:sublimit:1000} for each journey.' } },
      { sectionKey: 'baggage', groupHeading: 'Limits', clause: { role: 'sublimit', text: 'The most we will pay for any one mobile phone, including its accessories, is {m:sublimit:300}.' } },
    ],
  },
  filler: {
    sectionTitles: ['Optional benefits', 'Extensions for adventure activities', 'Extensions for business travellers', 'Provisions for cruise journeys', 'Provisions for senior travellers', 'Regional plan endorsements'],
    subjects: ['scuba diving equipment', 'hired ski equipment', 'business laptops and samples', 'cruise cabin pre-payments', 'golf equipment', 'rental vehicle excess', 'home contents while you are away', 'pet care fees', 'hotel deposits', 'theme park tickets', 'conference registration fees', 'tour guide fees', 'wedding attire', 'musical instruments carried as cabin baggage', 'photography equipment', 'trekking permits', 'car hire deposits', 'visa application fees', 'prescription glasses', 'child care costs', 'hearing aids', 'mobility equipment'],
    causes: ['theft', 'accidental loss', 'accidental damage', 'a natural disaster at the destination', 'a strike by carrier staff', 'adverse weather', 'a terrorist act at the destination', 'serious illness of a close relative', 'a road traffic accident', 'an airline schedule change', 'a cruise itinerary change', 'hijacking'],
    conditions: ['the loss being reported to the carrier within 24 hours', 'original receipts being provided', 'you being under the age of 70 at the start of the journey', 'you following the advice of our assistance provider', 'the activity being supervised by a licensed operator', 'the booking being made before any warning was published', 'the equipment being carried in a locked case', 'the claim being notified within 30 days of your return'],
    frames: [
      { role: 'extension', text: 'Where your certificate shows this optional benefit, we will pay for {subject} affected by {cause} during the journey, up to {money}.' },
      { role: 'limit', text: 'The most we will pay for {subject} following {cause} is {money} for each journey, and the first {money2} of each claim is not covered.' },
      { role: 'exclusion', text: 'We will not pay for {subject} affected by {cause} if the journey lasts more than {days} days.' },
      { role: 'condition', text: 'Cover for {subject} following {cause} depends on {condition}. If this is not met we may decline the claim.' },
      { role: 'exclusion', text: 'We will not pay for {subject} affected by {cause} where the cost can be recovered from a carrier, hotel or tour operator, unless {condition}.' },
      { role: 'extension', text: 'We will reimburse additional costs for {subject} reasonably incurred because of {cause}, up to {money}, provided that {condition}.' },
    ],
    amounts: [100, 200, 250, 300, 500, 750, 1000, 1500, 2000, 3000, 5000],
  },
};
