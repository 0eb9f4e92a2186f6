/** Individual indemnity health insurance, in the style of an Indian hospitalisation policy. Original text. */
import { HEALTH_INFO_PAGES } from './health-pages.js';
import type { ProductLibrary } from './library-spec.js';

export const HEALTH_LIBRARY: ProductLibrary = {
  product: 'health',
  insurer: 'Sahyadri Health Insurance Company Limited',
  insurerCode: 'SHI',
  formPrefix: 'SHI-HLT',
  title: 'Family Health Shield Policy Wording',
  currency: 'INR',
  definitionStyle: 'bold_list',
  intro: [
    'This policy is a contract of insurance between you and Sahyadri Health Insurance Company Limited. It is issued on the basis of the proposal and declaration you have made, which form part of this contract.',
    'We will cover the insured persons for medical expenses incurred for hospitalisation during the policy period, up to the sum insured shown in the policy schedule, subject to the terms, conditions, waiting periods and exclusions of this policy.',
    'The words defined below have the same meaning wherever they appear in this policy, its schedule and any endorsement.',
  ],
  schedule: [
    { label: 'Policy number', value: 'SHI/FHS/2025/0049817', category: 'other' },
    { label: 'Plan type', value: 'Family floater (2 adults, 2 children)', category: 'other' },
    { label: 'Sum insured (floater)', value: '{m:sum_insured:1000000}', category: 'sum_insured' },
    { label: 'Room rent limit (per day)', value: '{m:room_rent:10000}', category: 'sublimit' },
    { label: 'ICU charges limit (per day)', value: '{m:sublimit:20000}', category: 'sublimit' },
    { label: 'Ambulance cover (per hospitalisation)', value: '{m:limit:3000}', category: 'limit' },
    { label: 'Co-payment (insured persons aged 61 and above)', value: '{pc:co_payment:20}', category: 'other' },
    { label: 'Deductible', value: '{m:excess:25000}', category: 'excess' },
    { label: 'Pre-existing disease waiting period', value: '{p:waiting:36:month}', category: 'period' },
    { label: 'Premium', value: '{m:premium:28450}', category: 'premium' },
    { label: 'GST at 18%', value: '{m:tax:5121}', category: 'tax' },
  ],
  definitions: [
    { term: 'Accident', text: 'a sudden, unforeseen and involuntary event caused by external, visible and violent means.' },
    {
      term: 'Day care treatment',
      text: 'medical treatment or surgical procedure which is undertaken under general or local anaesthesia in a hospital or day care centre in less than 24 hours because of technological advancement, and which would otherwise have required hospitalisation of more than 24 hours.',
      restate: {
        from: 'medical treatment or surgical procedure which is undertaken under general or local anaesthesia in a hospital or day care centre in less than 24 hours because of technological advancement, and which would otherwise have required',
        to: 'medical treatment and/or a surgical procedure which is (i) undertaken under general or local anaesthesia in a hospital or day care centre in less than 24 hours because of technological advancement, and (ii) which would have otherwise required',
      },
    },
    { term: 'Domiciliary hospitalisation', text: 'medical treatment for an illness or injury which would normally require care in a hospital but is taken at home because the condition of the patient is such that they cannot be moved to a hospital, or because no accommodation is available in a hospital.',
      narrow: { from: 'because the condition of the patient is such that they cannot be moved to a hospital, or because no accommodation is available in a hospital', to: 'because the condition of the patient is such that they cannot be moved to a hospital', direction: 'narrower' } },
    { term: 'Hospital', text: 'any institution established for in-patient care and day care treatment of illness and injuries which is registered as a hospital with the local authorities, has at least 10 in-patient beds, has qualified nursing staff under its employment round the clock, and maintains daily records of patients.',
      widen: { from: 'has at least 10 in-patient beds', to: 'has at least 10 in-patient beds (or 5 beds in towns with a population of less than ten lakhs)', direction: 'broader' } },
    { term: 'Hospitalisation', text: 'admission in a hospital for a minimum period of 24 consecutive in-patient care hours, except for specified procedures and day care treatment, where the admission could be for less than 24 consecutive hours.' },
    { term: 'Illness', text: 'a sickness or a disease or pathological condition leading to the impairment of normal physiological function which manifests itself during the policy period and requires medical treatment.' },
    { term: 'Medical practitioner', text: 'a person who holds a valid registration from a medical council of any state or the National Medical Commission and who is acting within the scope and jurisdiction of the licence.',
      widen: { from: 'from a medical council of any state or the National Medical Commission', to: 'from a medical council of any state, the National Medical Commission or a board of AYUSH medicine', direction: 'broader' } },
    {
      term: 'Network provider',
      text: 'a hospital enlisted by us or by our third party administrator to provide medical services to insured persons by a cashless facility.',
      restate: { from: 'a hospital enlisted by us or by our third party administrator to provide medical services to insured persons', to: 'a hospital enlisted by us, by our third party administrator, or jointly by us and our third party administrator, to provide medical services to an insured person' },
    },
    { term: 'Pre-existing disease', text: 'any condition, ailment, injury or disease that is diagnosed by a physician, or for which medical advice or treatment was recommended or received, within {p:ped_lookback:36:month} prior to the effective date of the first policy issued by us.',
      widen: { from: 'within {p:ped_lookback:36:month} prior to', to: 'within {p:ped_lookback:48:month} prior to', direction: 'narrower' },
      narrow: { from: 'within {p:ped_lookback:36:month} prior to', to: 'within {p:ped_lookback:24:month} prior to', direction: 'broader' } },
    { term: 'Reasonable and customary charges', text: 'the charges for services or supplies which are the standard charges for the specific provider and consistent with the prevailing charges in the geographical area for identical or similar services.' },
    { term: 'Room rent', text: 'the amount charged by a hospital towards room and boarding expenses, including associated medical expenses.' },
    { term: 'Sum insured', text: 'the maximum amount shown in the schedule that we will pay for all claims made by all insured persons in a policy year.' },
    { term: 'Waiting period', text: 'a period from the inception of this policy during which specified diseases or treatments are not covered. On completion of the period, those diseases and treatments are covered provided the policy has been continuously renewed without any break.' },
  ],
  sections: [
    {
      key: 'inpatient',
      title: 'In-patient hospitalisation',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'We will indemnify the medical expenses incurred for in-patient care during hospitalisation of an insured person for an illness or injury contracted or sustained during the policy period, comprising:',
              items: [
                'room rent, boarding and nursing expenses, up to the room rent limit shown in the schedule;',
                'intensive care unit charges, up to the ICU limit shown in the schedule;',
                'fees of the surgeon, anaesthetist, medical practitioner, consultants and specialists;',
                'anaesthesia, blood, oxygen, operation theatre charges, surgical appliances, medicines and drugs;',
                'diagnostic procedures, prosthetic devices implanted during a surgical procedure, and pacemakers.',
              ] },
            { role: 'cover', title: 'Pre-hospitalisation', text: 'We will pay medical expenses incurred in the {p:event_window:30:day} immediately before the insured person is hospitalised, provided that they relate to the same condition for which the hospitalisation claim is admitted.' },
            { role: 'cover', title: 'Post-hospitalisation', text: 'We will pay medical expenses incurred in the {p:event_window:60:day} immediately after the insured person is discharged, provided that they relate to the same condition for which the hospitalisation claim is admitted. We will also pay for nursing at home during this period where the attending medical practitioner advises it.',
              sentences: [{ polarity: 'grant', text: ' We will also pay for nursing at home during this period where the attending medical practitioner advises it.', materiality: 'low' }] },
            { role: 'cover', title: 'Day care treatment', text: 'We will pay the medical expenses for day care treatment taken in a hospital or day care centre, but not in the out-patient department.',
              additions: [{ polarity: 'restriction', text: ' The Company shall not be liable for day care procedures performed in a clinic that is not registered as a day care centre.', materiality: 'low' }] },
            { role: 'cover', title: 'Road ambulance', text: 'We will pay the reasonable cost of transporting the insured person by road ambulance to a hospital in an emergency, up to {m:limit:3000} for each hospitalisation.',
              capPresent: ', up to {m:limit:3000} for each hospitalisation',
              additions: [{ polarity: 'grant', text: ' We will also pay for transfer by road ambulance from one hospital to another where the first hospital lacks the facilities the treatment needs.', materiality: 'low' }] },
          ],
        },
        {
          heading: 'Limits',
          clauses: [
            { role: 'sublimit', text: 'Room rent, boarding and nursing expenses are payable up to {pc:room_rent:1} of the sum insured per day, and intensive care unit charges up to {pc:room_rent:2} of the sum insured per day.' },
            { role: 'sublimit', text: 'Where the insured person occupies a room of a category higher than that allowed by the room rent limit, all associated medical expenses shall be reduced in the same proportion as the room rent limit bears to the room rent actually charged. This proportionate deduction does not apply to pharmacy, consumables, implants, medical devices and diagnostics.',
              sentences: [{ polarity: 'carve_back', text: ' This proportionate deduction does not apply to pharmacy, consumables, implants, medical devices and diagnostics.' }] },
            { role: 'sublimit', text: 'The most we will pay for cataract surgery is {m:sublimit:40000} for each eye in a policy year.', percentOf: { percent: 4, base: 'the sum insured' } },
          ],
        },
      ],
    },
    {
      key: 'waiting',
      title: 'Waiting periods',
      groups: [
        {
          heading: 'Waiting periods that apply',
          clauses: [
            { role: 'waiting_period', text: 'Expenses related to any illness within the first {p:waiting:30:day} from the first policy commencement date are excluded, except claims arising due to an accident (Code – Excl03).',
              rewrites: { restate: { from: 'are excluded, except claims arising due to an accident', to: 'shall be excluded, other than claims arising due to an accident' } } },
            { role: 'waiting_period', text: 'Expenses related to the treatment of a pre-existing disease and its direct complications are excluded until the expiry of {p:waiting:36:month} of continuous coverage after the date of inception of the first policy with us (Code – Excl01).' },
            { role: 'waiting_period', text: 'Expenses related to the treatment of the following listed conditions, surgeries or treatments are excluded until the expiry of {p:waiting:24:month} of continuous coverage (Code – Excl02):',
              items: ['cataract and other disorders of the lens;', 'benign enlargement of the prostate;', 'hernia, hydrocele and fistula;', 'joint replacement surgery, unless necessitated by an accident;', 'internal congenital anomalies.'] },
            { role: 'waiting_period', text: 'Expenses related to maternity and childbirth are excluded until the expiry of {p:waiting:9:month} of continuous coverage for the female insured person.',
              additions: [{ polarity: 'restriction', text: ' Expenses for the treatment of the new born baby are not payable under this benefit (Code – Excl18).' }] },
          ],
        },
      ],
    },
    {
      key: 'exclusions',
      title: 'Specific exclusions',
      groups: [
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay for expenses related to any admission primarily for diagnostics and evaluation purposes only.',
              additions: [{ polarity: 'carve_back', text: ' This exclusion does not apply where the diagnostics lead to treatment of an illness for which the claim is admissible during the same admission.' }],
              rewrites: { restate: { from: 'We will not pay for expenses related to any admission primarily for diagnostics and evaluation purposes only.', to: 'Expenses related to any admission primarily for diagnostics and evaluation purposes only are not covered.' } } },
            { role: 'exclusion', text: 'We will not pay for expenses related to treatment for obesity or weight control, unless the surgery is recommended by a medical practitioner and the insured person has a body mass index of 40 or more.', carveOutPresent: ', unless the surgery is recommended by a medical practitioner and the insured person has a body mass index of 40 or more' },
            { role: 'exclusion', text: 'We will not pay for expenses related to cosmetic or plastic surgery, unless it is for reconstruction following an accident, burns or cancer.', carveOutPresent: ', unless it is for reconstruction following an accident, burns or cancer' },
            { role: 'exclusion', text: 'We will not pay for expenses arising from hazardous or adventure sports, including para-jumping, rock climbing, mountaineering and scuba diving.', narrow: { from: 'including para-jumping, rock climbing, mountaineering and scuba diving', to: 'including para-jumping and mountaineering' } },
            { role: 'exclusion', text: 'We will not pay for treatment for alcoholism, drug or substance abuse or any addictive condition and its consequences. This exclusion does not apply to treatment for injuries sustained by the insured person in an accident caused by another person under the influence of alcohol or drugs.',
              sentences: [{ polarity: 'carve_back', text: ' This exclusion does not apply to treatment for injuries sustained by the insured person in an accident caused by another person under the influence of alcohol or drugs.', materiality: 'low' }] },
            { role: 'exclusion', text: 'We will not pay for dental treatment or surgery of any kind.', carveOut: ', unless it requires hospitalisation as a result of an accident' },
            { role: 'exclusion', text: 'We will not pay for expenses related to sterility and infertility, including assisted reproduction services.', widen: { from: 'sterility and infertility, including assisted reproduction services', to: 'sterility, infertility and contraception, including assisted reproduction services and surrogacy' } },
            { role: 'exclusion', text: 'We will not pay for vitamins and tonics, unless they form part of the treatment for an illness or injury as certified by the attending medical practitioner.', carveOutPresent: ', unless they form part of the treatment for an illness or injury as certified by the attending medical practitioner' },
          ],
        },
      ],
    },
    {
      key: 'copayment',
      title: 'Co-payment and deductible',
      groups: [
        {
          heading: 'How much you pay',
          clauses: [
            { role: 'excess', text: 'Each admissible claim for an insured person aged 61 years or above is subject to a co-payment of {pc:co_payment:20} of the admissible claim amount. The insured person shall bear this specified percentage of the admissible claim amount.' },
            { role: 'excess', text: 'The aggregate deductible of {m:excess:25000} applies each policy year. We will pay only the admissible amount that exceeds the deductible.',
              rewrites: { deductible_basis: { from: 'The aggregate deductible of {m:excess:25000} applies each policy year.', to: 'A deductible of {m:excess:25000} applies to each claim.' } } },
          ],
        },
      ],
    },
    {
      key: 'benefits',
      title: 'Additional benefits',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', title: 'Health check-up', text: 'At the end of every block of two continuous policy years, we will reimburse the cost of a health check-up for each adult insured person, up to {m:sublimit:5000} per person.',
              additions: [{ polarity: 'restriction', text: ' An insured person will not be entitled to this benefit in a policy year in which a claim has been made for them.', materiality: 'low' }] },
            { role: 'cover', title: 'Organ donor expenses', text: 'We will pay the medical expenses for harvesting an organ from the donor for an organ transplant to the insured person, provided the transplant claim is admissible under this policy. We will not pay the pre-hospitalisation or post-hospitalisation expenses of the donor.',
              sentences: [{ polarity: 'restriction', text: ' We will not pay the pre-hospitalisation or post-hospitalisation expenses of the donor.', materiality: 'low' }] },
            { role: 'cover', title: 'AYUSH treatment', text: 'We will pay for in-patient treatment under Ayurveda, Yoga and Naturopathy, Unani, Siddha and Homeopathy in a government hospital or accredited AYUSH hospital, up to {m:sublimit:50000} in a policy year. This benefit is not available for treatment taken at a wellness or rejuvenation centre.',
              capPresent: ', up to {m:sublimit:50000} in a policy year',
              sentences: [{ polarity: 'restriction', text: ' This benefit is not available for treatment taken at a wellness or rejuvenation centre.' }] },
            { role: 'cover', title: 'Cumulative bonus', text: 'For every claim-free policy year, we will increase the sum insured by {pc:bonus:10} of the expiring sum insured, up to a maximum of {pc:bonus:50} of the sum insured, without an associated increase in premium. If a claim is made in a policy year, the cumulative bonus will be reduced at the same rate at which it accrued.',
              sentences: [{ polarity: 'restriction', text: ' If a claim is made in a policy year, the cumulative bonus will be reduced at the same rate at which it accrued.' }] },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'exclusion', text: 'We will not pay for out-patient consultations, diagnostics or pharmacy expenses which are not followed by hospitalisation.' },
          ],
        },
      ],
    },
    {
      key: 'critical_illness',
      title: 'Critical illness benefit',
      intro: 'This section applies only if the policy schedule shows that the critical illness benefit is opted for.',
      groups: [
        {
          heading: 'What is covered',
          clauses: [
            { role: 'cover', text: 'If an insured person is first diagnosed during the policy period with one of the critical illnesses listed below and survives for at least {p:survival:30:day} following such diagnosis, we will pay a lump sum of {m:limit:500000}:',
              items: ['cancer of specified severity;', 'myocardial infarction (first heart attack of specified severity);', 'open chest coronary artery bypass graft;', 'stroke resulting in permanent symptoms;', 'kidney failure requiring regular dialysis;', 'major organ or bone marrow transplant.'] },
            { role: 'cover', title: 'Payment of the benefit', text: 'The benefit is payable once for each insured person during the lifetime of the policy. On payment of the benefit, this section ends for that insured person.',
              rewrites: { restate: { from: 'On payment of the benefit, this section ends for that insured person.', to: 'Once the benefit has been paid, this section ceases to apply to that insured person.' } } },
          ],
        },
        {
          heading: 'What is not covered',
          clauses: [
            { role: 'waiting_period', text: 'No benefit is payable for a critical illness whose signs or symptoms first occur within {p:waiting:90:day} of the first policy commencement date.' },
            { role: 'exclusion', text: 'We will not pay the benefit for any critical illness caused by a pre-existing disease, or arising from an attempted suicide or self-inflicted injury.' },
          ],
        },
      ],
    },
    {
      key: 'renewal',
      title: 'Eligibility, renewal and portability',
      groups: [
        {
          heading: 'Eligibility',
          clauses: [
            { role: 'condition', title: 'Entry age', text: 'Adults may be covered from the age of {p:min_entry_age:18:year} up to the age of {p:max_entry_age:65:year} at entry. Dependent children may be covered from the age of {p:min_entry_age:91:day} up to the age of {p:max_entry_age:25:year}, provided a parent is covered under the same policy.' },
          ],
        },
        {
          heading: 'Renewal',
          clauses: [
            { role: 'cancellation', title: 'Renewal', text: 'The policy shall ordinarily be renewable for life, and renewal shall not be denied except on grounds of established fraud or non-disclosure by the insured person.',
              rewrites: { restate: { from: 'The policy shall ordinarily be renewable for life, and renewal shall not be denied', to: 'The policy is ordinarily renewable for life, and we will not refuse to renew it' } },
              additions: [{ polarity: 'insurer_right', text: ' We may cancel the policy at renewal if this product is withdrawn, after offering you migration to a similar product of ours.' }] },
            { role: 'cancellation', title: 'Grace period', text: 'A grace period of {p:grace:15:day:words} where the premium is paid in monthly instalments, and {p:grace:30:day:words} in all other cases, is allowed to pay the renewal premium without loss of continuity benefits such as waiting periods. Coverage is not available for the period for which no premium is received.',
              sentences: [{ polarity: 'restriction', text: ' Coverage is not available for the period for which no premium is received.' }] },
            { role: 'condition', title: 'Moratorium period', text: 'After completion of {p:moratorium:60:month} of continuous coverage, including portability and migration, no policy and claim shall be contestable on grounds of non-disclosure or misrepresentation, except on grounds of established fraud.' },
            { role: 'cancellation', title: 'Portability', text: 'You may transfer this policy to another insurer by applying at least {p:other:15:day} before the renewal date. You will keep the credit you have gained for waiting periods, up to the sum insured of this policy. We may underwrite the request afresh where the sum insured you ask for is higher than that of this policy.',
              sentences: [{ polarity: 'insurer_right', text: ' We may underwrite the request afresh where the sum insured you ask for is higher than that of this policy.', materiality: 'low' }] },
          ],
        },
      ],
    },
  ],
  replaceShared: [
    {
      key: 'claims',
      title: 'Claim procedure',
      groups: [
        {
          heading: 'Intimation of a claim',
          clauses: [
            { role: 'claims', text: 'In an emergency, intimation of the claim must be given to us or our third party administrator within {p:notification:48:hour} of admission to hospital, quoting the policy number.',
              additions: [{ polarity: 'insured_duty', text: ' The insured person must also tell us of any other health insurance policy that covers the same hospitalisation.', materiality: 'low' }] },
            { role: 'claims', text: 'For a planned hospitalisation, the insured person must inform us as early as possible before admission, and request cashless authorisation from the network provider.',
              rewrites: { vague_to_fixed: { from: 'as early as possible before admission', to: 'at least {p:other:72:hour} before admission' } } },
            { role: 'claims', text: 'We will decide on a request for cashless authorisation within {p:settlement:1:hour:words} of receiving it, and on the final discharge authorisation within {p:settlement:3:hour:words} of receiving the request from the hospital.' },
          ],
        },
        {
          heading: 'Claim documents',
          clauses: [
            { role: 'claims', text: 'For a reimbursement claim, the following documents must be submitted within {p:documents:30:day} of the date of discharge from hospital:',
              items: ['The claim form, duly completed and signed.', 'Original bills, payment receipts and the discharge summary.', 'Investigation and laboratory reports supported by the prescription of the attending medical practitioner.', 'Know-your-customer documents of the proposer.'],
              extraItems: [
                'An attested copy of the first information report, where the claim arises from an accident.',
                'A certificate from the attending medical practitioner stating the date of first diagnosis.',
                'Pharmacy bills supported by the prescriptions of the attending medical practitioner.',
              ] },
            { role: 'claims', text: 'The insured person must give us all the information and documents we reasonably ask for. It is a condition precedent to our liability that the insured person allows a medical practitioner appointed by us to examine them when we ask.',
              sentences: [{ polarity: 'insured_duty', text: ' It is a condition precedent to our liability that the insured person allows a medical practitioner appointed by us to examine them when we ask.' }],
              additions: [{ polarity: 'insurer_right', text: ' We reserve the right to call for a second medical opinion before admitting any claim.', materiality: 'low' }] },
          ],
        },
        {
          heading: 'Settlement of claims',
          clauses: [
            { role: 'claims', text: 'The Company shall settle or reject a claim within {p:settlement:15:day:words_digits} from the date of receipt of the last necessary document. In the case of delay in the payment of a claim, the Company shall be liable to pay interest from the date of receipt of the last necessary document to the date of payment, at a rate 2% above the bank rate.',
              sentences: [{ polarity: 'insurer_duty', text: ' In the case of delay in the payment of a claim, the Company shall be liable to pay interest from the date of receipt of the last necessary document to the date of payment, at a rate 2% above the bank rate.' }] },
            { role: 'claims', text: 'Where the circumstances of a claim warrant an investigation, the Company shall complete the investigation not later than {p:investigation:30:day} from the date of receipt of the last necessary document, and settle or reject the claim within {p:settlement:45:day} from that date.' },
            { role: 'claims', text: 'No claim shall be rejected for the want of documents where the facts of the claim are otherwise established.',
              additions: [{ polarity: 'insurer_duty', text: ' Where we reject a claim, we will tell the insured person the reasons in writing, quoting the policy terms relied on.', materiality: 'low' }] },
          ],
        },
      ],
    },
    {
      key: 'cancellation',
      title: 'Free look, cancellation and refund',
      groups: [
        {
          heading: 'Cancellation',
          clauses: [
            { role: 'cancellation', title: 'Free look period', text: 'You have a free look period of {p:free_look:30:day} from the date of receipt of the policy document to review its terms and conditions and to return it if you are not satisfied. If no claim has been made, we will refund the premium after deducting the stamp duty and the cost of any pre-acceptance medical examination.' },
            { role: 'cancellation', title: 'Cancellation by you', text: 'You may cancel this policy by giving us {p:insured_cancel_notice:7:day} notice in writing. If no claim has been made, we will refund the premium on the short period scale: 75% if cancelled within one month of the start date, 50% if cancelled within three months, 25% if cancelled within six months and nothing thereafter.',
              rewrites: { refund_pro_rata: { from: 'on the short period scale: 75% if cancelled within one month of the start date, 50% if cancelled within three months, 25% if cancelled within six months and nothing thereafter', to: 'in proportion to the unexpired policy period' } } },
            { role: 'cancellation', title: 'Cancellation by us', text: 'The Company may cancel the policy on grounds of established fraud, misrepresentation or non-disclosure of material facts by the insured person, by giving {p:insurer_cancel_notice:15:day:words_digits} notice in writing. No refund of premium shall be made where the policy is cancelled on grounds of fraud.' },
          ],
        },
      ],
    },
  ],
  schedulePhrase: 'the amount specified in the policy schedule',
  infoPages: HEALTH_INFO_PAGES,
  pools: {
    exclusions: [
      { sectionKey: 'exclusions', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for expenses related to unproven treatments, services and supplies for or in connection with any treatment which lacks significant medical documentation to support its effectiveness.' } },
      { sectionKey: 'exclusions', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for expenses incurred at any health spa, naturopathy clinic or wellness centre, even if the stay is recommended by a medical practitioner.' } },
      { sectionKey: 'benefits', groupHeading: 'What is not covered', clause: { role: 'exclusion', text: 'We will not pay for the cost of spectacles, contact lenses, hearing aids or walking aids.' } },
    ],
    extensions: [
      { sectionKey: 'benefits', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Domiciliary hospitalisation', text: 'We will pay for domiciliary hospitalisation lasting more than three consecutive days, up to {m:limit:100000} in a policy year.' } },
      { sectionKey: 'benefits', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Air ambulance', text: 'We will pay for transport by air ambulance to the nearest hospital in a life-threatening emergency, up to {m:limit:250000} for each hospitalisation.' } },
      { sectionKey: 'inpatient', groupHeading: 'What is covered', clause: { role: 'extension', title: 'Modern treatment methods', text: 'We will pay for robotic surgery, stereotactic radiosurgery and immunotherapy taken as in-patient treatment, up to {m:limit:200000} in a policy year.' } },
    ],
    conditions: [
      { sectionKey: 'inpatient', groupHeading: 'Conditions', clause: { role: 'condition', text: 'For planned hospitalisation at a network provider, a request for cashless authorisation must be submitted at least 72 hours before admission.' } },
      { sectionKey: 'copayment', groupHeading: 'How much you pay', clause: { role: 'condition', text: 'A co-payment of 10% of the admissible claim applies to every claim where treatment is taken in a hospital outside the zone for which the premium was paid.' } },
    ],
    sublimits: [
      { sectionKey: 'inpatient', groupHeading: 'Limits', clause: { role: 'sublimit', text: 'The most we will pay for knee or hip replacement surgery is {m:sublimit:200000} for each joint in a policy year.' } },
      { sectionKey: 'inpatient', groupHeading: 'Limits', clause: { role: 'sublimit', text: 'The most we will pay for treatment of hernia, hydrocele or piles is {m:sublimit:50000} in a policy year.' } },
    ],
    optional: [
      { sectionKey: 'benefits', groupHeading: 'Optional covers', clause: { role: 'extension', title: 'Optional cover – out-patient treatment', text: 'If the policy schedule shows that you have opted for this cover, we will reimburse out-patient consultation, diagnostic and pharmacy expenses of each insured person, up to {m:limit:10000} in a policy year.' } },
      { sectionKey: 'benefits', groupHeading: 'Optional covers', clause: { role: 'extension', title: 'Optional cover – restoration of sum insured', text: 'If the policy schedule shows that you have opted for this cover and the sum insured is exhausted by claims in a policy year, we will restore it in full once in that policy year for claims for any illness.' } },
    ],
  },
  filler: {
    sectionTitles: ['Schedule of day care procedures', 'Optional covers', 'Sub-limits for listed procedures', 'Provisions for senior citizens', 'Wellness programme', 'Provisions for critical illness'],
    subjects: ['coronary angioplasty', 'lithotripsy for kidney stones', 'tonsillectomy', 'adenoidectomy', 'septoplasty', 'haemorrhoidectomy', 'varicose vein surgery', 'arthroscopic knee surgery', 'cholecystectomy', 'hysterectomy', 'chemotherapy', 'radiotherapy', 'dialysis', 'cataract surgery', 'glaucoma surgery', 'spinal surgery', 'appendicectomy', 'sinus surgery', 'thyroidectomy', 'skin grafting', 'bariatric surgery', 'cochlear implants', 'bone marrow transplant', 'psychiatric treatment'],
    causes: ['an accident', 'an illness first diagnosed during the policy period', 'a congenital condition', 'a pre-existing disease', 'complications of diabetes', 'complications of hypertension', 'cancer', 'an infectious disease', 'a degenerative condition', 'a sports injury'],
    conditions: ['the treatment being taken at a network provider', 'prior authorisation being obtained from our third party administrator', 'the insured person having been continuously insured with us for two years', 'a second medical opinion being obtained where we request it', 'all original bills and discharge summaries being submitted', 'the procedure being performed by a specialist registered for it', 'the hospital being accredited by the national accreditation board', 'claim documents being submitted within 30 days of discharge'],
    frames: [
      { role: 'extension', text: 'We will pay the medical expenses for {subject} required because of {cause}, up to {money} in a policy year.' },
      { role: 'limit', text: 'The most we will pay for {subject} required because of {cause} is {money} in a policy year, and a deductible of {money2} applies to each claim.' },
      { role: 'exclusion', text: 'We will not pay for {subject} required because of {cause} during the first {days} days of the first policy.', daysRole: 'waiting' },
      { role: 'condition', text: 'Claims for {subject} required because of {cause} are payable subject to {condition}. Otherwise a co-payment of 20% of the admissible claim will apply.' },
      { role: 'exclusion', text: 'We will not pay for {subject} required because of {cause} where the treatment is taken only for investigation, unless {condition}.' },
      { role: 'extension', text: 'We will reimburse the cost of follow-up care after {subject} required because of {cause}, up to {money}, provided that {condition}.' },
    ],
    amounts: [10000, 15000, 20000, 25000, 40000, 50000, 75000, 100000, 150000, 200000, 300000],
  },
};
