/** Home buildings and contents, in the style of a UK household wording. Original text. */
import { HOME_INFO_PAGES } from './home-pages.js';
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
    { label: 'Valuables limit (any one item)', value: '{m:item_limit:2500}', category: 'limit' },
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
    {
      term: 'Heave',
      text: 'upward or sideways movement of the site on which the buildings stand, caused by swelling of the ground.',
      restate: { from: 'upward or sideways movement of the site on which the buildings stand, caused by swelling of the ground', to: 'movement of the site on which the buildings stand, upwards or sideways, as a result of the ground swelling' },
    },
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
    {
      term: 'Period of insurance',
      text: 'the period shown in your schedule for which we have accepted your premium.',
      restate: { from: 'the period shown in your schedule for which we have accepted your premium', to: 'the period for which we have accepted your premium, as shown in your schedule' },
    },
    { term: 'Settlement', text: 'the downward movement of the ground beneath the buildings as a result of the soil being compressed by the weight of the buildings within ten years of construction.' },
    { term: 'Storm', text: 'a period of violent weather with wind speeds of at least 47 knots, or torrential rainfall of at least 25 millimetres an hour, or snow to a depth of at least 30 centimetres in 24 hours, or hail of such intensity that it causes damage to hard surfaces.',
      narrow: { from: 'wind speeds of at least 47 knots', to: 'wind speeds of at least 55 knots', direction: 'narrower' },
    },
    {
      term: 'Subsidence',
      text: 'downward movement of the ground beneath the buildings which is not caused by the weight of the buildings themselves.',
      restate: { from: 'which is not caused by the weight of the buildings themselves', to: 'other than movement caused by the weight of the buildings themselves' },
    },
    {
      term: 'Unoccupied',
      text: 'the home has not been lived in by you or a member of your family for more than {p:unoccupancy:60:day} in a row. Lived in means slept in on a regular basis.',
      widen: { from: 'more than {p:unoccupancy:60:day} in a row', to: 'more than {p:unoccupancy:30:day} in a row', direction: 'narrower' },
      narrow: { from: 'more than {p:unoccupancy:60:day} in a row', to: 'more than {p:unoccupancy:90:day} in a row', direction: 'broader' },
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
              text: 'If the home cannot be lived in following loss or damage insured by this section, we shall pay the reasonable cost of comparable alternative accommodation for you and your domestic pets, up to {m:sublimit:45000} in total for any one claim, for no longer than {p:indemnity:12:month}. This cover is not available if the home was unoccupied when the loss or damage happened.',
              sentences: [{ polarity: 'restriction', text: ' This cover is not available if the home was unoccupied when the loss or damage happened.' }],
              additions: [{ polarity: 'grant', text: ' We will also pay the reasonable cost of storing your contents while the home is being repaired.', materiality: 'low' }],
            },
            {
              role: 'cover',
              title: 'Trace and access',
              text: 'We will pay the cost of finding the source of any water or oil escaping from a fixed installation in the home, and of making good the damage caused in order to find it, up to {m:sublimit:5000} in any one period of insurance.',
              capPresent: ', up to {m:sublimit:5000} in any one period of insurance',
              percentOf: { percent: 1, base: 'the buildings sum insured' },
              additions: [{ polarity: 'restriction', text: ' We will not pay the cost of repairing the installation itself.', materiality: 'low' }],
            },
            {
              role: 'cover',
              title: 'Accidental damage to service pipes',
              text: 'We will pay for accidental damage to underground pipes, cables and drains which serve the home and for which you are legally responsible.',
              additions: [{ polarity: 'restriction', text: ' Cover is not available for pipes, cables or drains damaged by gradual wear, corrosion or tree roots.' }],
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
              additions: [{ polarity: 'carve_back', text: ' This exclusion does not apply to fences and gates on a shared boundary for which you are legally responsible.', materiality: 'low' }],
            },
            {
              role: 'exclusion',
              text: 'We will not pay for loss or damage caused by escape of water or theft while the home is unoccupied. This exclusion does not apply where the home is unoccupied because you are receiving care in a hospital or nursing home and the water supply has been turned off at the mains.',
              narrow: { from: 'caused by escape of water or theft while', to: 'caused by theft while' },
              sentences: [{ polarity: 'carve_back', text: ' This exclusion does not apply where the home is unoccupied because you are receiving care in a hospital or nursing home and the water supply has been turned off at the mains.' }],
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
              rewrites: { restate: { from: 'We will not pay for the cost of replacing or repairing any undamaged part of the buildings', to: 'We will not pay the cost of repairing or replacing any part of the buildings that is not damaged' } },
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
              rewrites: { restate: { from: 'of each and every claim for escape of water, in addition to', to: 'of every claim for escape of water, as well as' } },
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
              additions: [{ polarity: 'grant', text: ' We will also insure contents in the open within the boundaries of the home, up to {m:sublimit:500} for any one claim.', materiality: 'low' }],
            },
            {
              role: 'cover',
              title: 'Contents temporarily removed',
              text: 'We will insure your contents while temporarily removed from the home to any other private dwelling, bank or safe deposit in the United Kingdom, up to {m:sublimit:7500} in any one period of insurance. Theft from a bank or safe deposit is not covered unless there has been forcible and violent entry.',
              percentOf: { percent: 15, base: 'the contents sum insured' },
              sentences: [{ polarity: 'restriction', text: ' Theft from a bank or safe deposit is not covered unless there has been forcible and violent entry.', materiality: 'low' }],
            },
            {
              role: 'cover',
              title: 'Students away from home',
              text: 'We shall insure the contents of any member of your family who is a full-time student while those contents are at their term-time address, up to {m:sublimit:4000}, provided that theft is covered only where there has been forcible and violent entry.',
            },
            {
              role: 'cover',
              title: 'Frozen food',
              text: 'We will pay for food in any freezer in the home which is spoilt by a change in temperature or by contamination from refrigerant fumes, up to {m:sublimit:500} for any one claim.',
              capPresent: ', up to {m:sublimit:500} for any one claim',
              additions: [{ polarity: 'restriction', text: ' We will not pay for food spoilt by a power cut planned and announced by your electricity supplier.', materiality: 'low' }],
            },
            {
              role: 'cover',
              title: 'Money',
              text: 'We will pay for theft or loss of money from the home, up to {m:sublimit:750} in any one period of insurance. You must report any loss of money to the police within {p:notification:24:hour} of discovering it.',
              sentences: [{ polarity: 'insured_duty', text: ' You must report any loss of money to the police within {p:notification:24:hour} of discovering it.', materiality: 'low' }],
            },
          ],
        },
        {
          heading: 'Limits',
          clauses: [
            {
              role: 'sublimit',
              text: 'The most we will pay for any one valuable item, pair or set is {m:item_limit:2500}, unless the item is specified in your schedule.',
              rewrites: { restate: { from: 'unless the item is specified in your schedule', to: 'unless your schedule specifies the item' } },
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
              rewrites: { restate: { from: 'such as loss of earnings or the cost of time spent dealing with the claim', to: 'for example loss of earnings, or the cost of the time you spend dealing with the claim' } },
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
              text: 'We will insure your personal possessions against loss, theft or accidental damage anywhere in the world, for up to {p:event_window:60:day} in any one period of insurance while they are outside the United Kingdom.',
              additions: [{ polarity: 'insured_duty', text: ' You must keep any item worth more than £1,000 with you, or in a locked safe, while you are away from the home.' }],
            },
            {
              role: 'cover',
              title: 'Pedal cycles',
              text: 'We will insure pedal cycles belonging to you against loss, theft or accidental damage, up to {m:item_limit:1000} for any one cycle.',
              additions: [{ polarity: 'insurer_right', text: ' We may replace a stolen cycle with one of the same make and model instead of paying you its value.', materiality: 'low' }],
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
              capPresent: ', up to {m:limit:2000000} for any one claim',
              additions: [{ polarity: 'grant', text: ' We will also cover your liability as the former owner of any home you have sold, for seven years after the sale.' }],
            },
            {
              role: 'cover',
              title: 'Occupier and personal liability',
              text: 'We will pay all amounts you become legally liable to pay as occupier of the home or as a private individual, for accidental bodily injury or damage to property, up to {m:limit:2000000} for any one claim, including costs and expenses agreed by us in writing. We will also cover your liability as an employer of domestic staff for bodily injury to them, up to {m:limit:10000000} for any one claim.',
              sentences: [{ polarity: 'grant', text: ' We will also cover your liability as an employer of domestic staff for bodily injury to them, up to {m:limit:10000000} for any one claim.' }],
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
              additions: [{ polarity: 'carve_back', text: ' This exclusion does not apply to a person employed by you to carry out domestic duties in the home.' }],
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
              additions: [{ polarity: 'insurer_duty', text: ' When you call us, we will tell you within one hour when our approved contractor will arrive.' }],
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
              additions: [{ polarity: 'insured_duty', text: ' You must keep a record of each boiler service and show it to us when you make a claim.', materiality: 'low' }],
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
    optional: [
      { sectionKey: 'contents', groupHeading: 'Optional cover', clause: { role: 'extension', title: 'Optional cover – accidental damage to contents', text: 'If your schedule shows that you have chosen this optional cover, we will also pay for accidental damage to your contents while they are in the home, up to the contents sum insured.' } },
      { sectionKey: 'liability', groupHeading: 'Optional cover', clause: { role: 'extension', title: 'Optional cover – family legal protection', text: 'If your schedule shows that you have chosen this optional cover, we will pay the legal costs of pursuing or defending a dispute about your employment, your home or a personal injury to you, up to {m:limit:100000} for any one claim.' } },
    ],
  },
  schedulePhrase: 'the amount shown in your schedule',
  extendShared: {
    general_conditions: [
      {
        heading: 'Security',
        clauses: [
          {
            role: 'condition',
            title: 'Securing your home',
            text: 'All external doors and accessible windows must be locked whenever the home is left unattended. You must set any intruder alarm shown in your schedule whenever the home is left empty, and keep it maintained under a contract with an approved installer.',
            sentences: [{ polarity: 'insured_duty', text: ' You must set any intruder alarm shown in your schedule whenever the home is left empty, and keep it maintained under a contract with an approved installer.' }],
          },
        ],
      },
    ],
    claims: [
      {
        heading: 'Supporting your claim',
        clauses: [
          {
            role: 'claims',
            text: 'You must tell the police as soon as reasonably possible about any loss caused by theft, attempted theft, malicious damage or vandalism, and obtain a crime reference number.',
            rewrites: { vague_to_fixed: { from: 'as soon as reasonably possible', to: 'within {p:notification:24:hour}' } },
          },
          {
            role: 'claims',
            text: 'To support your claim, you must send us the following within {p:documents:30:day} of our request:',
            items: ['Proof of ownership or value for the items you are claiming for.', 'Any crime reference number the police have given you.', 'Two estimates for the repair or replacement of the damaged property.'],
            extraItems: [
              'A written report from a qualified tradesperson confirming the cause of the damage.',
              'The original purchase receipt for any single item valued at more than £1,000.',
              'Photographs of the damage taken before any repair is carried out.',
            ],
          },
          {
            role: 'claims',
            text: 'We will deal with your claim as quickly as we can. If we need more information we will tell you within {p:settlement:5:business_day} of receiving your claim. Once we have agreed the amount of your claim, we will pay it within {p:settlement:10:business_day}.',
            sentences: [{ polarity: 'insurer_duty', text: ' If we need more information we will tell you within {p:settlement:5:business_day} of receiving your claim.' }],
            additions: [{ polarity: 'insurer_duty', text: ' We will keep you updated on the progress of your claim at least every ten working days.' }],
          },
          {
            role: 'claims',
            text: 'Our claims team will handle your claim. We may appoint a loss adjuster or a contractor of our choice to inspect the damage and handle the claim on our behalf.',
            sentences: [{ polarity: 'insurer_right', text: ' We may appoint a loss adjuster or a contractor of our choice to inspect the damage and handle the claim on our behalf.', materiality: 'low' }],
          },
        ],
      },
    ],
    cancellation: [
      {
        heading: 'Paying by instalments',
        clauses: [
          {
            role: 'cancellation',
            title: 'Missed instalments',
            text: 'If you pay by monthly instalments and miss a payment, we will write to you and give you {p:grace:14:day:words} to pay it. If it is still unpaid after that, we may cancel the policy from the date of the missed payment.',
            sentences: [{ polarity: 'insurer_right', text: ' If it is still unpaid after that, we may cancel the policy from the date of the missed payment.' }],
          },
        ],
      },
    ],
  },
  infoPages: HOME_INFO_PAGES,
  filler: {
    sectionTitles: ['Optional extras', 'Endorsements for outbuildings and grounds', 'Endorsements for high value items', 'Endorsements for unoccupied and let homes', 'Endorsements for listed and non-standard homes', 'Special terms for flood risk areas'],
    subjects: ['detached garages', 'garden sheds and summer houses', 'greenhouses and polytunnels', 'fixed solar panels', 'air source heat pumps', 'electric vehicle charging points', 'swimming pools and their covers', 'hot tubs and saunas', 'domestic oil tanks', 'septic tanks and cesspits', 'boundary walls and gates', 'driveways and patios', 'fitted kitchens', 'bathroom suites', 'fixed glass in doors and windows', 'thatched roofs', 'timber framed extensions', 'basement conversions', 'loft conversions', 'stair lifts and mobility aids', 'antique furniture', 'musical instruments', 'collections of stamps, coins and medals', 'watches and jewellery', 'works of art', 'home office equipment', 'garden furniture and ornaments', 'hearing aids', 'bicycles and electric bicycles', 'caravan contents'],
    causes: ['storm', 'flood', 'escape of water', 'theft or attempted theft', 'fire, smoke or lightning', 'subsidence or landslip', 'impact by vehicles', 'falling trees or branches', 'malicious damage or vandalism', 'accidental breakage', 'frost', 'escape of oil'],
    conditions: ['all external doors being secured by a five-lever mortice deadlock', 'the item being kept in a locked building when not in use', 'the equipment being serviced at least once every twelve months by a competent engineer', 'a valuation not more than three years old being provided', 'proof of ownership being supplied for any item worth more than the single article limit', 'the water supply being turned off and the system drained when the home is unoccupied', 'an intruder alarm maintained under a current contract being set whenever the home is left empty', 'the roof being inspected every five years by a qualified roofer'],
    frames: [
      { role: 'extension', text: 'Where your schedule shows this endorsement, we will pay for loss of or damage to {subject} caused by {cause}, up to {money} in any one period of insurance.' },
      { role: 'limit', text: 'The most we will pay for {subject} damaged by {cause} is {money} for any one claim, and the excess for such claims is {money2}.' },
      { role: 'exclusion', text: 'We will not pay for loss of or damage to {subject} caused by {cause} while the home is unoccupied for more than {days} days in a row.', daysRole: 'unoccupancy' },
      { role: 'condition', text: 'Cover for {subject} against {cause} is subject to {condition}. If this condition is not met, we may reduce any claim payment in proportion to the increased risk.' },
      { role: 'exclusion', text: 'We will not pay for {cause} damage to {subject} which results from wear and tear, gradual deterioration or faulty workmanship, unless {condition}.' },
      { role: 'extension', text: 'We will pay the reasonable cost of removing debris and demolishing or shoring up {subject} following {cause}, up to {money}, provided that {condition}.' },
    ],
    amounts: [250, 500, 750, 1000, 1500, 2000, 2500, 3000, 5000, 7500, 10000, 15000, 25000],
  },
};
