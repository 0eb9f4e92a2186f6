/**
 * Sections every product carries after its own: general conditions, general exclusions, claims,
 * cancellation and complaints. Written product-neutral; the wording deliberately keeps some
 * old-fashioned drafting ("shall", "prior to", "forthwith") that cosmetic edits modernise.
 */
import type { PoolSpec, SectionSpec } from './library-spec.js';

export const SHARED_SECTIONS: SectionSpec[] = [
  {
    key: 'general_conditions',
    title: 'General conditions',
    intro: 'These conditions apply to the whole of this policy. If you do not meet them, we may refuse to pay a claim or reduce the amount we pay.',
    groups: [
      {
        heading: 'Conditions',
        clauses: [
          { role: 'condition', title: 'Reasonable care', text: 'You shall take all reasonable steps to prevent loss, damage, injury or accident, and to keep any property insured by this policy in a good state of repair.' },
          { role: 'condition', title: 'Changes you must tell us about', text: 'You must tell us within {p:notification:30:day} of any change in circumstances that may affect this insurance, including a change of address, a change in the use of any insured property, or a criminal conviction of any person insured.' },
          {
            role: 'condition',
            title: 'Other insurance',
            text: 'If at the time of a claim there is any other insurance covering the same loss, damage or liability, we shall pay only our rateable proportion of the claim.',
            rewrites: { restate: { from: 'If at the time of a claim there is any other insurance covering the same loss, damage or liability', to: 'If the same loss, damage or liability is also covered by another insurance when you claim' } },
          },
          { role: 'condition', title: 'Fraud', text: 'If any claim is in any way fraudulent, or if any fraudulent means are used by you or anyone acting on your behalf to obtain benefit under this policy, we shall not pay the claim and we may cancel the policy forthwith and keep the premium.' },
          { role: 'condition', title: 'Misrepresentation', text: 'In the event that any information you gave us prior to the start of the policy is incorrect or incomplete, we may change the terms of the policy, reduce any claim payment, or treat the policy as if it never existed.' },
          { role: 'condition', title: 'Law and jurisdiction', text: 'Unless agreed otherwise, the law of the country in which you live applies to this policy, and the courts of that country shall have jurisdiction over any dispute in respect of it.' },
        ],
      },
    ],
  },
  {
    key: 'general_exclusions',
    title: 'General exclusions',
    intro: 'These exclusions apply to the whole of this policy in addition to the exclusions in each section.',
    groups: [
      {
        heading: 'What is not covered',
        clauses: [
          {
            role: 'exclusion',
            title: 'War',
            text: 'We will not pay for any loss, damage, liability, cost or expense caused by war, invasion, act of foreign enemy, hostilities, civil war, rebellion, revolution, insurrection or military or usurped power.',
            rewrites: {
              restate: {
                from: 'We will not pay for any loss, damage, liability, cost or expense caused by war, invasion, act of foreign enemy, hostilities, civil war, rebellion, revolution, insurrection or military or usurped power.',
                to: 'Any loss, damage, liability, cost or expense caused by war, invasion, act of foreign enemy, hostilities, civil war, rebellion, revolution, insurrection or military or usurped power is not covered.',
              },
            },
          },
          { role: 'exclusion', title: 'Radioactive contamination', text: 'We will not pay for any loss or damage caused by ionising radiation or contamination by radioactivity from any nuclear fuel or nuclear waste, or from the radioactive, toxic or explosive properties of any nuclear assembly.' },
          { role: 'exclusion', title: 'Terrorism', text: 'We will not pay for any loss, damage or expense caused by any act of terrorism, whether or not any other cause contributes to it at the same time.', carveOut: ', other than medical expenses incurred as a direct result of bodily injury suffered by you' },
          { role: 'exclusion', title: 'Cyber', text: 'We will not pay for any loss caused by a computer virus, hacking or the failure of any computer, data processing equipment or software to operate as intended.' },
          { role: 'exclusion', title: 'Deliberate acts', text: 'We will not pay for any loss, damage or liability caused deliberately by you or by any person lawfully in your home or premises.', narrow: { from: 'caused deliberately by you or by any person lawfully in your home or premises', to: 'caused deliberately by you' } },
          { role: 'exclusion', title: 'Sanctions', text: 'We shall not provide cover or pay any claim to the extent that doing so would expose us to any sanction, prohibition or restriction under United Nations resolutions or the trade or economic sanctions of any country.' },
          { role: 'exclusion', title: 'Wear and tear', text: 'We will not pay for loss or damage caused by wear and tear, rust, corrosion, gradual deterioration, or any process of cleaning, dyeing, repairing or restoring.', widen: { from: 'wear and tear, rust, corrosion, gradual deterioration', to: 'wear and tear, rust, corrosion, gradual deterioration, insects, vermin' } },
        ],
      },
    ],
  },
  {
    key: 'claims',
    title: 'How to make a claim',
    groups: [
      {
        heading: 'Claims procedure',
        clauses: [
          { role: 'claims', text: 'You must tell us about any incident that may lead to a claim within {p:notification:30:day} of it happening, and give us all the information and help we reasonably ask for.' },
          { role: 'claims', text: 'You must send us, forthwith and without acknowledging them, any letter, claim, writ or summons you receive in respect of an incident that may lead to a claim.' },
          { role: 'claims', text: 'You must not admit liability for any incident, or offer or agree to settle any claim, without our written permission.' },
          { role: 'claims', text: 'We shall be entitled to take over and conduct in your name the defence or settlement of any claim, and to take proceedings in your name to recover any payment we have made.' },
          { role: 'claims', text: 'You must keep any damaged items so that we can inspect them, and provide receipts, valuations, photographs or other proof of ownership and value where we ask for them.' },
        ],
      },
      {
        heading: 'How we settle claims',
        clauses: [
          { role: 'claims', text: 'We may settle a claim by repairing, reinstating or replacing the lost or damaged property, or by paying you the cost of doing so, whichever we decide.' },
          { role: 'claims', text: 'In the event that the sum insured is less than the full value of the property insured, we shall reduce the amount of any claim in the same proportion.' },
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
          { role: 'cancellation', title: 'Cooling-off period', text: 'You may cancel this policy within {p:free_look:14:day} of receiving your policy documents, or from the start date, whichever is later. We will refund the premium in full, provided no claim has been made.' },
          {
            role: 'cancellation',
            title: 'Cancelling after the cooling-off period',
            text: 'You may cancel this policy at any time by contacting us. We will refund the premium for the unexpired period of insurance, less an administration charge, provided no claim has been made during the current period of insurance.',
            rewrites: {
              refund_short_period: {
                from: 'We will refund the premium for the unexpired period of insurance, less an administration charge',
                to: 'We will refund the premium on our short period scale: 75% if you cancel within one month of the start date, 50% within three months, 25% within six months and nothing after that',
              },
            },
          },
          { role: 'cancellation', title: 'Our right to cancel', text: 'We may cancel this policy by giving you {p:insurer_cancel_notice:14:day} notice in writing to your last known address, where there is a valid reason such as non-payment of premium, a change in risk we cannot insure, or your failure to co-operate with us.' },
        ],
      },
    ],
  },
  {
    key: 'complaints',
    title: 'Complaints and your rights',
    groups: [
      {
        heading: 'Making a complaint',
        clauses: [
          { role: 'admin', text: 'We are committed to providing a high standard of service. If you are not satisfied, please contact our customer relations team, quoting your policy number, and we will try to resolve your complaint by the end of the third working day.' },
          { role: 'admin', text: 'If we cannot resolve your complaint in that time, we will acknowledge it in writing and give you our final response within eight weeks. If you remain dissatisfied, you may refer your complaint to the independent ombudsman service free of charge.' },
          { role: 'admin', title: 'Data protection', text: 'We collect and use personal information about you in order to provide this insurance and to handle claims. We may share it with other insurers, regulators and fraud prevention agencies, and we will keep it only for as long as it is needed.' },
        ],
      },
    ],
  },
];

export const SHARED_POOLS: { exclusions: PoolSpec[]; conditions: PoolSpec[] } = {
  exclusions: [
    { sectionKey: 'general_exclusions', groupHeading: 'What is not covered', clause: { role: 'exclusion', title: 'Communicable disease', text: 'We will not pay for any loss, cost or expense arising from any communicable disease, or the fear or threat of a communicable disease, whether actual or perceived.' } },
  ],
  conditions: [
    { sectionKey: 'general_conditions', groupHeading: 'Conditions', clause: { role: 'condition', title: 'Payment by instalments', text: 'If you pay by instalments and miss a payment, we may cancel the policy by giving you seven days notice in writing, and we will not pay any claim for an incident after the date of cancellation.' } },
    { sectionKey: 'general_conditions', groupHeading: 'Conditions', clause: { role: 'condition', title: 'Security devices', text: 'Any security device or alarm declared to us must be kept in full working order and must be in use whenever the insured property is left unattended.' } },
  ],
};
