/** Home buildings and contents, in the style of a UK household wording. Original text. */
import type { ProductLibrary } from './library-spec.js';

export const HOME_LIBRARY: ProductLibrary = {
  product: 'home',
  insurer: 'Thistledown Mutual Insurance plc',
  insurerCode: 'TMI',
  formPrefix: 'TMI-HH',
  title: 'Home Insurance Policy Wording',
  currency: 'GBP',
  definitionStyle: 'quoted_means',
  intro: [
    'Thank you for choosing Thistledown Mutual. This policy wording, together with your schedule and any endorsements shown on it, forms the contract between you and us. Please read it carefully and keep it in a safe place.',
    'We will insure you during the period of insurance for the sections shown as covered in your schedule, in return for your payment of the premium, subject to the terms, conditions, limits and exclusions set out in this document.',
    'Words printed in the Definitions section have the same meaning wherever they appear in this policy.',
  ],
  schedule: [
    { label: 'Policy number', value: 'TMI/H/4471902', category: 'other' },
    { label: 'Period of insurance', value: '12 months from the start date shown', category: 'other' },
    { label: 'Buildings sum insured', value: '{m:sum_insured:450000}', category: 'sum_insured' },
    { label: 'Contents sum insured', value: '{m:sum_insured:65000}', category: 'sum_insured' },
    { label: 'Valuables limit (any one item)', value: '{m:limit:2500}', category: 'limit' },
    { label: 'Personal possessions limit', value: '{m:limit:3000}', category: 'limit' },
    { label: 'Standard excess', value: '{m:excess:250}', category: 'excess' },
    { label: 'Escape of water excess', value: '{m:excess:450}', category: 'excess' },
    { label: 'Subsidence excess', value: '{m:excess:1000}', category: 'excess' },
    { label: 'Annual premium', value: '{m:premium:486.4}', category: 'premium' },
    { label: 'Insurance Premium Tax at 12%', value: '{m:tax:58.37}', category: 'tax' },
  ],
  definitions: [
    {
      term: 'Buildings',
      text: 'the home, its permanent fixtures and fittings, domestic outbuildings and garages, swimming pools, tennis courts, drives, patios and terraces, walls, gates and fences, all within the boundaries of the land belonging to the home.',
      widen: { from: 'walls, gates and fences', to: 'walls, gates, fences, hedges and fixed solar panels', direction: 'broader' },
      narrow: { from: 'swimming pools, tennis courts, drives, ', to: '', direction: 'narrower' },
    },
    {
      term: 'Contents',
      text: 'household goods, personal possessions and valuables which belong to you or for which you are legally responsible, kept in the home. Contents does not include motor vehicles, caravans, boats, money or any part of the buildings.',
      widen: { from: 'kept in the home', to: 'kept in the home or in any domestic outbuilding', direction: 'broader' },
      narrow: { from: 'belong to you or for which you are legally responsible', to: 'belong to you', direction: 'narrower' },
    },
    { term: 'Excess', text: 'the amount you must pay towards each claim, as shown in your schedule or in this policy.' },
    {
      term: 'Flood',
      text: 'a sudden and unexpected inundation of water from outside the buildings, including water from a river, the sea, a lake or a blocked drain.',
      widen: { from: 'a sudden and unexpected inundation', to: 'any inundation' , direction: 'broader' },
    },
    { term: 'Heave', text: 'upward or sideways movement of the site on which the buildings stand, caused by swelling of the ground.' },
    { term: 'Home', text: 'the private dwelling at the address shown in your schedule, which is used only for domestic purposes.' },
    {
      term: 'Money',
      text: 'cash, cheques, postal orders, gift cards, stamps and travel tickets, held for social or domestic purposes.',
      narrow: { from: 'cash, cheques, postal orders, gift cards, stamps and travel tickets', to: 'cash and cheques', direction: 'narrower' },
    },
    {
      term: 'Personal possessions',
      text: 'clothing, luggage and items normally carried or worn by you, which belong to you or for which you are responsible.',
      widen: { from: 'clothing, luggage and items normally carried or worn by you', to: 'clothing, luggage, bicycles and items normally carried or worn by you', direction: 'broader' },
    },
    { term: 'Period of insurance', text: 'the period shown in your schedule for which we have accepted your premium.' },
    { term: 'Settlement', text: 'the downward movement of the ground beneath the buildings as a result of the soil being compressed by the weight of the buildings within ten years of construction.' },
    { term: 'Storm', text: 'a period of violent weather with wind speeds of at least 47 knots, or torrential rainfall of at least 25 millimetres an hour, or snow to a depth of at least 30 centimetres in 24 hours, or hail of such intensity that it causes damage to hard surfaces.',
      narrow: { from: 'wind speeds of at least 47 knots', to: 'wind speeds of at least 55 knots', direction: 'narrower' },
    },
    { term: 'Subsidence', text: 'downward movement of the ground beneath the buildings which is not caused by the weight of the buildings themselves.' },
    {
      term: 'Unoccupied',
      text: 'the home has not been lived in by you or a member of your family for more than 60 days in a row. Lived in means slept in on a regular basis.',
      widen: { from: 'more than 60 days in a row', to: 'more than 30 days in a row', direction: 'narrower' },
      narrow: { from: 'more than 60 days in a row', to: 'more than 90 days in a row', direction: 'broader' },
    },
    {
      term: 'Valuables',
      text: 'jewellery, watches, furs, articles of gold, silver or other precious metals, pictures and works of art, collections of stamps, coins and medals.',
    },
    { term: 'You, your', text: 'the person or people named in the schedule and members of their family who permanently live in the home.' },
    { term: 'We, us, our', text: 'Thistledown Mutual Insurance plc.' },
  ],
  sections: [
    {
      key: 'buildings',
      title: 'Buildings',
      intro: 'This section applies if your schedule shows that buildings are insured.',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            {
              role: 'cover',
              text: 'We will insure the buildings against loss or damage caused by any of the following events occurring during the period of insurance:',
              items: [
                'fire, smoke, explosion, lightning or earthquake;',
                'storm or flood;',
                'escape of water from, or frost damage to, any fixed water or heating installation;',
                'theft or attempted theft by someone who has entered the home without your permission;',
                'subsidence or heave of the site on which the buildings stand, or landslip;',
                'impact by any aircraft, vehicle, train or animal, or by falling trees, lampposts or telegraph poles.',
              ],
            },
            {
              role: 'cover',
              title: 'Alternative accommodation',
              text: 'If the home cannot be lived in following loss or damage insured by this section, we shall pay the reasonable cost of comparable alternative accommodation for you and your domestic pets, up to {m:limit:45000} in total for any one claim.',
            },
            {
              role: 'cover',
              title: 'Trace and access',
              text: 'We will pay the cost of finding the source of any water or oil escaping from a fixed installation in the home, and of making good the damage caused in order to find it, up to {m:limit:5000} in any one period of insurance.',
            },
            {
              role: 'cover',
              title: 'Accidental damage to service pipes',
              text: 'We will pay for accidental damage to underground pipes, cables and drains which serve the home and for which you are legally responsible.',
            },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            {
              role: 'exclusion',
              text: 'We will not pay for loss or damage caused by storm or flood to gates, hedges and fences.',
              widen: { from: 'to gates, hedges and fences', to: 'to gates, hedges, fences, sheds and greenhouses' },
              carveOut: ', unless the main building is damaged at the same time and by the same cause',
            },
            {
              role: 'exclusion',
              text: 'We will not pay for loss or damage caused by escape of water or theft while the home is unoccupied.',
              narrow: { from: 'caused by escape of water or theft while', to: 'caused by theft while' },
            },
            {
              role: 'exclusion',
              text: 'We will not pay for damage to the buildings caused by subsidence, heave or landslip, unless the damage was first discovered during the period of insurance.',
              carveOutPresent: ', unless the damage was first discovered during the period of insurance',
            },
            {
              role: 'exclusion',
              text: 'We will not pay for damage caused by the settlement, shrinkage or expansion of new structures, or by the movement of solid floor slabs, unless the foundations beneath the external walls of the home are damaged at the same time and by the same cause.',
              carveOutPresent: ', unless the foundations beneath the external walls of the home are damaged at the same time and by the same cause',
            },
            {
              role: 'exclusion',
              text: 'We will not pay for the cost of replacing or repairing any undamaged part of the buildings which forms part of a pair, set, suite or part of a common design or function when the loss or damage is restricted to a clearly identifiable area or to a specific part.',
            },
            {
              role: 'exclusion',
              text: 'We will not pay for damage caused by wet or dry rot, mould or fungus, or by gradual deterioration of sealant or grout around baths and showers.',
              narrow: { from: 'wet or dry rot, mould or fungus, or by ', to: '' },
            },
          ],
        },
        {
          heading: 'Limits and excess',
          clauses: [
            {
              role: 'excess',
              text: 'You must pay the first {m:excess:450} of each and every claim for escape of water, in addition to any other excess shown in your schedule.',
            },
            {
              role: 'limit',
              text: 'The most we will pay for any one claim under this section is the buildings sum insured shown in your schedule, plus any amount payable under alternative accommodation.',
            },
          ],
        },
      ],
    },
    {
      key: 'contents',
      title: 'Contents',
      intro: 'This section applies if your schedule shows that contents are insured.',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            {
              role: 'cover',
              text: 'We will insure your contents while they are in the home against loss or damage caused by any of the events listed under Section 1, What is covered.',
            },
            {
              role: 'cover',
              title: 'Contents temporarily removed',
              text: 'We will insure your contents while temporarily removed from the home to any other private dwelling, bank or safe deposit in the United Kingdom, up to {m:limit:7500} in any one period of insurance.',
            },
            {
              role: 'cover',
              title: 'Students away from home',
              text: 'We shall insure the contents of any member of your family who is a full-time student while those contents are at their term-time address, up to {m:limit:4000}, provided that theft is covered only where there has been forcible and violent entry.',
            },
            {
              role: 'cover',
              title: 'Frozen food',
              text: 'We will pay for food in any freezer in the home which is spoilt by a change in temperature or by contamination from refrigerant fumes, up to {m:limit:500} for any one claim.',
            },
            {
              role: 'cover',
              title: 'Money',
              text: 'We will pay for theft or loss of money from the home, up to {m:limit:750} in any one period of insurance.',
            },
          ],
        },
        {
          heading: 'Limits',
          clauses: [
            {
              role: 'sublimit',
              text: 'The most we will pay for any one valuable item, pair or set is {m:sublimit:2500}, unless the item is specified in your schedule.',
            },
            {
              role: 'sublimit',
              text: 'The most we will pay in total for all valuables in the home is one third of the contents sum insured.',
            },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            {
              role: 'exclusion',
              text: 'We will not pay for theft or attempted theft from any part of the home which is lent, let or sublet, unless there has been forcible and violent entry to or exit from the home.',
              carveOutPresent: ', unless there has been forcible and violent entry to or exit from the home',
            },
            {
              role: 'exclusion',
              text: 'We will not pay for loss or damage to contents in the open or in any outbuilding caused by storm or flood.',
              narrow: { from: 'in the open or in any outbuilding', to: 'in the open' },
            },
            {
              role: 'exclusion',
              text: 'We will not pay for loss of or damage to property held or used for business purposes.',
              widen: { from: 'property held or used for business purposes', to: 'property held or used for any business, trade or professional purposes' },
              carveOut: ', other than office equipment used by you for clerical work in the home',
            },
            {
              role: 'exclusion',
              text: 'We will not pay for any loss which is not directly associated with the incident that caused you to claim, such as loss of earnings or the cost of time spent dealing with the claim.',
            },
          ],
        },
      ],
    },
    {
      key: 'possessions',
      title: 'Personal possessions',
      intro: 'This section applies only if your schedule shows personal possessions cover.',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            {
              role: 'cover',
              text: 'We will insure your personal possessions against loss, theft or accidental damage anywhere in the world, for up to {p:other:60:day} in any one period of insurance while they are outside the United Kingdom.',
            },
            {
              role: 'cover',
              title: 'Pedal cycles',
              text: 'We will insure pedal cycles belonging to you against loss, theft or accidental damage, up to {m:limit:1000} for any one cycle.',
            },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            {
              role: 'exclusion',
              text: 'We will not pay for theft of any pedal cycle left unattended away from the home, unless it is locked to an immovable object or kept in a locked building.',
              carveOutPresent: ', unless it is locked to an immovable object or kept in a locked building',
            },
            {
              role: 'exclusion',
              text: 'We will not pay for loss or theft of valuables or money left in an unattended vehicle.',
              narrow: { from: 'in an unattended vehicle', to: 'in an unattended and unlocked vehicle' },
            },
            {
              role: 'exclusion',
              text: 'We will not pay for damage to sports equipment while it is in use.',
              widen: { from: 'damage to sports equipment while it is in use', to: 'damage to or loss of sports equipment, musical instruments and mobile phones while in use' },
            },
          ],
        },
      ],
    },
    {
      key: 'liability',
      title: 'Liability to the public',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            {
              role: 'cover',
              title: 'Owner liability',
              text: 'We will pay all amounts you become legally liable to pay as owner of the buildings for accidental bodily injury to any person, or accidental damage to property, happening during the period of insurance, up to {m:limit:2000000} for any one claim.',
            },
            {
              role: 'cover',
              title: 'Occupier and personal liability',
              text: 'We will pay all amounts you become legally liable to pay as occupier of the home or as a private individual, for accidental bodily injury or damage to property, up to {m:limit:2000000} for any one claim, including costs and expenses agreed by us in writing.',
            },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            {
              role: 'exclusion',
              text: 'We will not pay for liability arising from the ownership, possession or use of any motorised vehicle, aircraft, watercraft, or any animal other than a cat, horse or domestic dog.',
              widen: { from: 'other than a cat, horse or domestic dog', to: 'other than a cat or domestic dog' },
              narrow: { from: 'any motorised vehicle, aircraft, watercraft, or any animal', to: 'any motorised vehicle or aircraft, or any animal' },
            },
            {
              role: 'exclusion',
              text: 'We will not pay for liability arising from any business, trade or profession, or from any agreement unless the liability would have existed without that agreement.',
            },
            {
              role: 'exclusion',
              text: 'We will not pay for bodily injury to you or any member of your family, or to any person employed by you under a contract of service.',
            },
          ],
        },
      ],
    },
    {
      key: 'home_emergency',
      title: 'Home emergency',
      intro: 'This section applies only if your schedule shows home emergency cover.',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            {
              role: 'cover',
              text: 'We will pay for the call-out charge, labour and materials to carry out a temporary repair in the event that an emergency at the home needs immediate action in order to prevent damage or to make the home safe, up to {m:limit:1000} for each emergency.',
            },
            {
              role: 'cover',
              text: 'An emergency includes failure of the main heating system, a blocked or leaking plumbing installation, failure of the domestic electricity supply, loss of all external door keys, and a pest infestation inside the home.',
            },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            {
              role: 'exclusion',
              text: 'We will not pay for any emergency arising during the first {p:waiting:14:day} of the first period of insurance.',
            },
            {
              role: 'exclusion',
              text: 'We will not pay for boilers which are more than 15 years old or which have not been serviced within the 12 months prior to the emergency.',
              widen: { from: 'more than 15 years old', to: 'more than 10 years old' },
            },
          ],
        },
      ],
    },
  ],
  pools: {
    exclusions: [
      { sectionKey: 'buildings', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for loss or damage caused by the failure or inadequacy of any flat roof which has not been inspected by a qualified roofer in the last five years.' } },
      { sectionKey: 'contents', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for loss or damage to electronic data, software or digital downloads, however caused.' } },
      { sectionKey: 'possessions', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for theft of personal possessions from a tent, beach hut or open-top vehicle.' } },
      { sectionKey: 'liability', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for liability arising from the use of a trampoline or inflatable play equipment by anyone other than your family.' } },
    ],
    extensions: [
      { sectionKey: 'buildings', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Garden cover', text: 'We will pay for loss of or damage to trees, shrubs, plants and lawns in the garden of the home caused by fire, theft or vandalism, up to {m:limit:1500} in any one period of insurance.' } },
      { sectionKey: 'contents', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Home office equipment', text: 'We will insure computer and office equipment used by you for business purposes in the home, up to {m:limit:5000} for any one claim.' } },
      { sectionKey: 'contents', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Wedding and civil partnership gifts', text: 'We will increase the contents sum insured by {m:limit:5000} for thirty days before and after your wedding or civil partnership, to cover gifts kept in the home.' } },
    ],
    conditions: [
      { sectionKey: 'buildings', groupHeading: 'Conditions', clause: { role: 'condition', text: 'You must keep the buildings in a good state of repair, and you must have any chimney in use swept at least once every twelve months.' } },
      { sectionKey: 'contents', groupHeading: 'Conditions', clause: { role: 'condition', text: 'When the home is left unattended all external doors must be locked with a five-lever mortice deadlock and all accessible windows must be fastened with key-operated locks.' } },
    ],
    sublimits: [
      { sectionKey: 'buildings', groupHeading: 'Limits and excess', clause: { role: 'sublimit', text: 'The most we will pay for loss or damage to swimming pools, hot tubs and their covers is {m:sublimit:5000} for any one claim.' } },
      { sectionKey: 'contents', groupHeading: 'Limits', clause: { role: 'sublimit', text: 'The most we will pay for any one pedal cycle, mobility scooter or pushchair kept in the home is {m:sublimit:750}.' } },
    ],
  },
  filler: {
    sectionTitles: ['Optional extras', 'Endorsements for outbuildings and grounds', 'Endorsements for high value items', 'Endorsements for unoccupied and let homes', 'Endorsements for listed and non-standard homes', 'Special terms for flood risk areas'],
    subjects: ['detached garages', 'garden sheds and summer houses', 'greenhouses and polytunnels', 'fixed solar panels', 'air source heat pumps', 'electric vehicle charging points', 'swimming pools and their covers', 'hot tubs and saunas', 'domestic oil tanks', 'septic tanks and cesspits', 'boundary walls and gates', 'driveways and patios', 'fitted kitchens', 'bathroom suites', 'fixed glass in doors and windows', 'thatched roofs', 'timber framed extensions', 'basement conversions', 'loft conversions', 'stair lifts and mobility aids', 'antique furniture', 'musical instruments', 'collections of stamps, coins and medals', 'watches and jewellery', 'works of art', 'home office equipment', 'garden furniture and ornaments', 'hearing aids', 'bicycles and electric bicycles', 'caravan contents'],
    causes: ['storm', 'flood', 'escape of water', 'theft or attempted theft', 'fire, smoke or lightning', 'subsidence or landslip', 'impact by vehicles', 'falling trees or branches', 'malicious damage or vandalism', 'accidental breakage', 'frost', 'escape of oil'],
    conditions: ['all external doors being secured by a five-lever mortice deadlock', 'the item being kept in a locked building when not in use', 'the equipment being serviced at least once every twelve months by a competent engineer', 'a valuation not more than three years old being provided', 'proof of ownership being supplied for any item worth more than the single article limit', 'the water supply being turned off and the system drained when the home is unoccupied', 'an intruder alarm maintained under a current contract being set whenever the home is left empty', 'the roof being inspected every five years by a qualified roofer'],
    frames: [
      { role: 'extension', text: 'Where your schedule shows this endorsement, we will pay for loss of or damage to {subject} caused by {cause}, up to {money} in any one period of insurance.' },
      { role: 'limit', text: 'The most we will pay for {subject} damaged by {cause} is {money} for any one claim, and the excess for such claims is {money2}.' },
      { role: 'exclusion', text: 'We will not pay for loss of or damage to {subject} caused by {cause} while the home is unoccupied for more than {days} days in a row.' },
      { role: 'condition', text: 'Cover for {subject} against {cause} is subject to {condition}. If this condition is not met, we may reduce any claim payment in proportion to the increased risk.' },
      { role: 'exclusion', text: 'We will not pay for {cause} damage to {subject} which results from wear and tear, gradual deterioration or faulty workmanship, unless {condition}.' },
      { role: 'extension', text: 'We will pay the reasonable cost of removing debris and demolishing or shoring up {subject} following {cause}, up to {money}, provided that {condition}.' },
    ],
    amounts: [250, 500, 750, 1000, 1500, 2000, 2500, 3000, 5000, 7500, 10000, 15000, 25000],
  },
};
