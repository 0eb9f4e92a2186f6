/** Single-trip and annual travel insurance, in the style of a Singapore travel policy. Original text. */
import type { ProductLibrary } from './library-spec.js';
import { TRAVEL_INFO_PAGES } from './travel-pages.js';

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
    { label: 'Travel delay (each full period of delay)', value: '{m:sublimit:100}', category: 'sublimit' },
    { label: 'Personal liability', value: '{m:limit:500000}', category: 'limit' },
    { label: 'Medical expenses excess', value: '{m:excess:100}', category: 'excess' },
    { label: 'Premium', value: '{m:premium:96.3}', category: 'premium' },
    { label: 'GST at 9%', value: '{m:tax:8.67}', category: 'tax' },
  ],
  definitions: [
    { term: 'Accident', text: 'a sudden, unforeseen and involuntary event caused by external, violent and visible means, which happens during the journey.' },
    { term: 'Close relative', text: 'your spouse, parent, parent-in-law, step-parent, grandparent, child, grandchild, brother or sister.',
      widen: { from: 'grandparent, child, grandchild, brother or sister', to: 'grandparent, child, grandchild, brother, sister, brother-in-law or sister-in-law', direction: 'broader' } },
    { term: 'Journey', text: 'travel that starts when you leave your home in Singapore to travel overseas and ends when you return to your home, or at the end of the period of insurance, whichever happens first.',
      restate: { from: 'or at the end of the period of insurance, whichever happens first', to: 'or when the period of insurance ends, whichever is earlier' } },
    { term: 'Medical practitioner', text: 'a person registered and licensed to practise medicine in the country where treatment is given, who is not you, your travelling companion or a close relative.',
      narrow: { from: 'a person registered and licensed to practise medicine', to: 'a doctor registered and licensed to practise western medicine', direction: 'narrower' } },
    { term: 'Pre-existing condition', text: 'any illness or injury for which you received medical advice, diagnosis or treatment in the {p:ped_lookback:12:month} before the start of the journey.',
      widen: { from: 'in the {p:ped_lookback:12:month} before the start of the journey', to: 'in the {p:ped_lookback:24:month} before the start of the journey', direction: 'narrower' },
      narrow: { from: 'in the {p:ped_lookback:12:month} before the start of the journey', to: 'in the {p:ped_lookback:6:month} before the start of the journey', direction: 'broader' } },
    { term: 'Public transport', text: 'any scheduled aircraft, ship, train, bus or taxi operated by a licensed carrier for fare-paying passengers.' },
    { term: 'Reasonable and customary charges', text: 'charges for medical treatment which do not exceed the usual level of charges for similar treatment in the locality where the treatment is given.' },
    { term: 'Serious injury or illness', text: 'an injury or illness which a medical practitioner certifies as needing treatment and which prevents you from travelling or continuing your journey.',
      restate: { from: 'which a medical practitioner certifies as needing treatment and which prevents you', to: 'that a medical practitioner certifies needs treatment and that prevents you' } },
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
            { role: 'cover', text: 'If you suffer a serious injury or illness during your journey, we will pay the reasonable and customary charges for medical treatment, hospital accommodation and prescribed medicines overseas, up to the amount shown in the schedule of benefits.',
              additions: [{ polarity: 'grant', text: ' We will also pay the cost of a hotel room for one travelling companion who stays with you on medical advice.' }] },
            { role: 'cover', title: 'Follow-up treatment in Singapore', text: 'We will pay for follow-up medical treatment in Singapore within {p:event_window:30:day} of your return, where the treatment relates to an injury or illness for which we accepted a claim overseas, up to {m:sublimit:15000}.',
              capPresent: ', up to {m:sublimit:15000}' },
            { role: 'cover', title: 'Hospital cash allowance', text: 'We will pay {m:sublimit:100} for each complete day you are admitted to hospital overseas as an in-patient, up to {m:sublimit:5000} in total.' },
            { role: 'cover', title: 'Emergency evacuation and repatriation', text: 'If our assistance provider decides that it is medically necessary, we will arrange and pay for your emergency evacuation to the nearest suitable medical facility or your repatriation to Singapore.',
              additions: [{ polarity: 'insurer_right', text: ' We may decide the means and the timing of the evacuation, and we will not pay for arrangements made without our approval.' }] },
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
            { role: 'excess', text: 'You must pay the first {m:excess:100} of each claim for overseas medical expenses.',
              rewrites: { restate: { from: 'of each claim for overseas medical expenses', to: 'of every overseas medical expenses claim' } } },
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
            { role: 'cover', text: 'We will pay your unused travel and accommodation costs which you have paid or are contracted to pay and cannot recover, if you have to cancel your journey within {p:event_window:30:day} before departure because of one of the following:',
              items: [
                'death or serious injury or illness of you, a close relative or your travelling companion;',
                'you being called for jury service or as a witness in a court of law;',
                'your home being made uninhabitable by fire, flood or burglary within seven days before departure;',
                'an outbreak of strike, riot or civil commotion at your planned destination which starts after you bought this policy.',
              ] },
            { role: 'cover', title: 'Curtailment', text: 'If you have to cut short your journey for one of the reasons above, we will pay the unused portion of your pre-paid travel and accommodation costs and your reasonable additional travel costs to return to Singapore. Curtailment cover is not available for a journey made against a travel advisory issued before you left Singapore.',
              sentences: [{ polarity: 'restriction', text: ' Curtailment cover is not available for a journey made against a travel advisory issued before you left Singapore.', materiality: 'low' }] },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay if you cancel because of a change in your financial circumstances or because you no longer wish to travel.',
              rewrites: { restate: { from: 'or because you no longer wish to travel', to: 'or because you decide that you no longer want to travel' } } },
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
            { role: 'cover', text: 'We will pay for accidental loss of, or damage to, your baggage and personal effects during the journey, up to the amount shown in the schedule of benefits, after allowing for wear, tear and depreciation.',
              additions: [{ polarity: 'insured_duty', text: ' You must take all reasonable steps to keep your baggage safe and must not leave it unattended in a public place.' }] },
            { role: 'cover', title: 'Baggage delay', text: 'If your checked baggage is delayed for more than {p:delay_threshold:6:hour} after your arrival overseas, we will pay for emergency purchases of essential clothing and toiletries, up to {m:sublimit:1000}. We will also pay for the hire of essential equipment, such as a pram, while your baggage is delayed.',
              sentences: [{ polarity: 'grant', text: ' We will also pay for the hire of essential equipment, such as a pram, while your baggage is delayed.', materiality: 'low' }] },
            { role: 'cover', title: 'Loss of travel documents', text: 'We will pay the reasonable cost of replacing your passport or travel documents lost or stolen overseas, and the additional travel and accommodation costs you incur in order to obtain replacements, up to {m:sublimit:5000}. You must report the loss to the police and to the nearest Singapore embassy within {p:notification:24:hour} of discovering it.',
              sentences: [{ polarity: 'insured_duty', text: ' You must report the loss to the police and to the nearest Singapore embassy within {p:notification:24:hour} of discovering it.', materiality: 'low' }] },
          ],
        },
        {
          heading: 'Limits',
          clauses: [
            { role: 'sublimit', text: 'The most we will pay for any one item, pair or set of items is {m:item_limit:500}, and the most we will pay for all valuables in total is {m:sublimit:1000}.' },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay for loss or theft of baggage left unattended in a public place or in an unlocked vehicle.', narrow: { from: 'in a public place or in an unlocked vehicle', to: 'in a public place' } },
            { role: 'exclusion', text: 'We will not pay for loss of money or valuables placed in checked baggage.',
              additions: [{ polarity: 'carve_back', text: ' This exclusion does not apply to laptops and tablets that the carrier required you to check in.', materiality: 'low' }] },
            { role: 'exclusion', text: 'We will not pay for damage to fragile or brittle articles, unless the damage is caused by fire or by an accident to the vehicle in which they are carried.', carveOutPresent: ', unless the damage is caused by fire or by an accident to the vehicle in which they are carried' },
          ],
        },
        {
          heading: 'Conditions',
          clauses: [
            { role: 'condition', text: 'You must report any loss or theft to the police within {p:notification:24:hour} of discovering it and obtain a written police report. If baggage is lost by a carrier you must obtain a property irregularity report.' },
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
            { role: 'cover', text: 'If the departure of your public transport is delayed for at least {p:delay_threshold:6:hour} because of adverse weather, industrial action or mechanical breakdown, we will pay the amount shown in the schedule of benefits for each full {p:delay_threshold:6:hour} of delay in a row.' },
            { role: 'cover', title: 'Missed connection', text: 'If you miss a connecting flight because your incoming flight arrived late, and no alternative onward transport is provided within {p:delay_threshold:6:hour} of the arrival, we will pay {m:sublimit:200}.' },
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
            { role: 'exclusion', text: 'We will not pay for liability to a close relative or travelling companion, or for damage to property belonging to them.',
              additions: [{ polarity: 'carve_back', text: ' This exclusion does not apply to damage to hired accommodation that you share with a travelling companion.', materiality: 'low' }] },
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
            { role: 'cover', text: 'You are covered while taking part in recreational activities as an amateur, including hiking below 3,000 metres, snorkelling, scuba diving to 30 metres with a qualified instructor, and horse riding. Cover is not available for any activity you take part in as a professional or for reward.',
              sentences: [{ polarity: 'restriction', text: ' Cover is not available for any activity you take part in as a professional or for reward.', materiality: 'low' }] },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay for any claim arising from mountaineering or rock climbing requiring the use of ropes or guides, skydiving, bungee jumping or motor racing. This exclusion does not apply to a tandem skydive or a bungee jump with a licensed operator.',
              sentences: [{ polarity: 'carve_back', text: ' This exclusion does not apply to a tandem skydive or a bungee jump with a licensed operator.', materiality: 'low' }] },
            { role: 'exclusion', text: 'We will not pay for any claim arising from winter sports, unless you have bought the winter sports extension.', carveOutPresent: ', unless you have bought the winter sports extension' },
          ],
        },
      ],
    },
    {
      key: 'eligibility',
      title: 'Who can be covered',
      groups: [
        {
          heading: 'Eligibility',
          clauses: [
            { role: 'condition', title: 'Age limits', text: 'You must be aged {p:min_entry_age:18:year} or above at the start of the journey to buy this policy. A child from {p:min_entry_age:14:day} old may be covered when travelling with an insured adult. Annual plans are available up to the age of {p:max_entry_age:75:year}.' },
            { role: 'sublimit', title: 'Senior travellers', text: 'If you are aged {p:max_entry_age:70:year} or above at the start of the journey, the most we will pay for overseas medical expenses is {m:sublimit:150000}.' },
            { role: 'cover', title: 'Annual plans', text: 'Under an annual plan, each journey is covered for up to {p:event_window:90:day}, provided it starts and ends in Singapore during the period of insurance.',
              additions: [{ polarity: 'restriction', text: ' Journeys booked before the start of the period of insurance are not covered for trip cancellation.', materiality: 'low' }] },
          ],
        },
      ],
    },
  ],
  replaceShared: [
    {
      key: 'claims',
      title: 'How to make a claim',
      groups: [
        {
          heading: 'Claims procedure',
          clauses: [
            { role: 'claims', text: 'You must notify us of any claim within {p:notification:30:day} of returning to Singapore, by completing our online claim form.',
              additions: [{ polarity: 'insurer_duty', text: ' We will tell you within ten working days of receiving your claim if we need further documents.' }] },
            { role: 'claims', text: 'If you are admitted to hospital overseas, you or someone acting for you must contact our assistance provider as soon as reasonably possible.',
              rewrites: { vague_to_fixed: { from: 'as soon as reasonably possible', to: 'within {p:notification:48:hour} of the admission' } } },
            { role: 'claims', text: 'You must send us the following within {p:documents:60:day} of your return:',
              items: ['Your certificate of insurance and travel itinerary.', 'Original receipts, invoices and medical reports for the amounts you claim.', 'The police report or property irregularity report, for loss or theft.'],
              extraItems: [
                'Written confirmation from the carrier of the length and cause of any delay.',
                'A medical certificate stating that you were unfit to travel, for a cancellation claim.',
                'Proof of the purchase date of each item you claim for.',
              ] },
            { role: 'claims', text: 'We will settle a claim within {p:settlement:15:day:words_digits} of receiving all the documents we need. We will acknowledge your claim within three working days of receiving it.',
              sentences: [{ polarity: 'insurer_duty', text: ' We will acknowledge your claim within three working days of receiving it.' }] },
            { role: 'claims', text: 'You must give us all the information we ask for. We may ask you to be examined by a medical practitioner of our choice, at our expense.',
              sentences: [{ polarity: 'insurer_right', text: ' We may ask you to be examined by a medical practitioner of our choice, at our expense.', materiality: 'low' }] },
          ],
        },
      ],
    },
    {
      key: 'cancellation',
      title: 'Cancelling your policy',
      groups: [
        {
          heading: 'Cancellation',
          clauses: [
            { role: 'cancellation', title: 'Free look period', text: 'You may return an annual plan within {p:free_look:14:day} of receiving the policy documents for a full refund, provided no claim has been made and no journey has started.' },
            { role: 'cancellation', title: 'Single trip plans', text: 'A single trip plan cannot be cancelled once the certificate of insurance has been issued, and no refund of premium will be made.',
              rewrites: { restate: { from: 'and no refund of premium will be made', to: 'and the premium will not be refunded' } } },
            { role: 'cancellation', title: 'Cancelling an annual plan', text: 'You may cancel an annual plan by giving us {p:insured_cancel_notice:7:day} written notice. If no claim has been made, we will refund the premium on our short period scale: 75% if you cancel within one month of the start date, 50% within three months, 25% within six months and nothing after that.',
              rewrites: { refund_pro_rata: { from: 'on our short period scale: 75% if you cancel within one month of the start date, 50% within three months, 25% within six months and nothing after that', to: 'in proportion to the unexpired period of insurance' } } },
            { role: 'cancellation', title: 'Our right to cancel', text: 'We may cancel an annual plan by giving {p:insurer_cancel_notice:7:day} written notice to your last known address. We will refund the premium for the unexpired period of insurance.',
              sentences: [{ polarity: 'insurer_duty', text: ' We will refund the premium for the unexpired period of insurance.' }] },
          ],
        },
      ],
    },
  ],
  schedulePhrase: 'the amount shown in the schedule of benefits',
  infoPages: TRAVEL_INFO_PAGES,
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
    optional: [
      { sectionKey: 'medical', groupHeading: 'Optional covers', clause: { role: 'extension', title: 'Optional cover – pre-existing conditions', text: 'If your certificate of insurance shows that you have bought the Pre-Ex option, we will pay overseas medical expenses arising from a pre-existing condition, up to {m:limit:100000} for each journey.' } },
      { sectionKey: 'activities', groupHeading: 'Optional covers', clause: { role: 'extension', title: 'Optional cover – winter sports', text: 'If your certificate of insurance shows that you have bought the winter sports option, we will cover you while skiing or snowboarding on designated pistes, and pay for the hire of replacement ski equipment, up to {m:limit:1000}.' } },
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
      { role: 'exclusion', text: 'We will not pay for {subject} affected by {cause} if the journey lasts more than {days} days.', daysRole: 'event_window' },
      { role: 'condition', text: 'Cover for {subject} following {cause} depends on {condition}. If this is not met we may decline the claim.' },
      { role: 'exclusion', text: 'We will not pay for {subject} affected by {cause} where the cost can be recovered from a carrier, hotel or tour operator, unless {condition}.' },
      { role: 'extension', text: 'We will reimburse additional costs for {subject} reasonably incurred because of {cause}, up to {money}, provided that {condition}.' },
    ],
    amounts: [100, 200, 250, 300, 500, 750, 1000, 1500, 2000, 3000, 5000],
  },
};
