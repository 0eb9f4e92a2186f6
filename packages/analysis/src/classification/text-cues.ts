/**
 * What the wording of a clause says about its type. Strong cues (weight ≥ 2) beat any heading cue.
 */
import type { ClauseType } from '@policydiff/contracts';

export interface TextCue {
  type: ClauseType;
  pattern: RegExp;
  weight: number;
}

const MONEY = String.raw`(?:[£$€₹]|\b(?:rs\.?|inr|usd|gbp|eur|aud|sgd|us\$|s\$|a\$)\s?)\s?\d`;

export const TEXT_CUES: readonly TextCue[] = [
  // Excess: the amount the insured bears.
  { type: 'excess', pattern: new RegExp(String.raw`\b(excess|deductible)\b[^.;]{0,60}${MONEY}|${MONEY}[\d,.]*\s*(?:m|k)?\s*(?:\w+\s){0,3}(excess|deductible)\b`, 'i'), weight: 3 },
  { type: 'excess', pattern: /\b(the excess (is|will be|of)|you (will )?(have to |must )?pay the first|each and every (claim|loss) excess|compulsory excess|voluntary excess)\b/i, weight: 2.6 },
  { type: 'excess', pattern: /\b(excess|deductible)\b/i, weight: 0.8 },
  { type: 'waiting_period', pattern: /\b(waiting period|will not (be covered|pay)[^.]{0,60}(first|within) \d+ (days|months)|(first|initial) \d+ (days|months) (of|from) (the )?(policy|inception|commencement|start))/i, weight: 2.8 },
  // Limits: "we will pay up to £X", "the most we will pay is".
  {
    type: 'limit',
    pattern: new RegExp(String.raw`\b(up to|maximum( of)?|limited to|not exceed(ing)?|no more than|the most we will pay|limit of)\b[^.;]{0,40}${MONEY}|${MONEY}[^.;]{0,25}\b(limit|maximum|in total|in all|in the aggregate)\b`, 'i'),
    weight: 2.7,
  },
  { type: 'limit', pattern: /\b(the most we will pay|limit of (liability|indemnity)|sum insured|up to the (limit|sum insured|amount) shown)\b/i, weight: 1.4 },
  // Exclusions.
  {
    type: 'exclusion',
    pattern:
      /\b(we (will|shall|do|would) not (pay|cover|be (liable|responsible)|provide|indemnify|insure)|we won't (pay|cover)|(is|are) not (covered|insured)|not be covered|there is no cover|this (policy|section|insurance|cover) does not (cover|insure|apply)|we do not (cover|insure)|no (cover|benefit) (is|will be) (provided|payable|available)|(is|are) excluded|shall not be (liable|payable))\b/i,
    weight: 2.4,
  },
  // Cancellation.
  { type: 'cancellation', pattern: /\b(cancel(l?ing|l?ed|l?ation)?\b[^.]{0,40}\b(policy|cover|insurance)|(policy|cover|insurance)\b[^.]{0,40}\bcancel|cooling[- ]off|refund (of )?(the |any |your )?premium)/i, weight: 2.2 },
  // Claims procedure.
  {
    type: 'claims_procedure',
    pattern:
      /\b((make|making|notify|report|submit|lodge|register) (a |your |any |the )?claim|claim form|tell us (as soon as|immediately|within)|notify us|contact (our |the )?claims|claims (line|helpline|team|department|handler)|proof of (loss|ownership)|supporting documents)\b/i,
    weight: 2.0,
  },
  { type: 'warranty', pattern: /\b(it is warranted|warranted that|warranty|warranties)\b/i, weight: 2.4 },
  { type: 'endorsement', pattern: /\b(this endorsement|it is (hereby )?(declared|noted) and agreed|endorsement (no|number)|endorsed)\b/i, weight: 2.4 },
  // Conditions: obligations on the insured.
  {
    type: 'condition',
    pattern: /\b(you must|you shall|you need to|the insured (person )?(must|shall)|it is a condition|condition precedent|you are required to|must be (kept|maintained|fitted|in use)|you have to)\b/i,
    weight: 1.8,
  },
  { type: 'extension', pattern: /\b((this|the) (cover|policy|section|insurance) (is )?extend(s|ed)|extended to (include|cover)|we will also (pay|cover)|also covers?|automatically (covered|included))\b/i, weight: 2.0 },
  {
    type: 'coverage_grant',
    pattern: /\b(we will (pay|cover|indemnify|reimburse|provide|insure|repair|replace)|we cover|(is|are) covered|you are (covered|insured)|we insure|this (policy|section) covers?|covers? (you|loss|damage)|benefit (is|will be) payable)\b/i,
    weight: 1.6,
  },
  {
    type: 'admin',
    pattern:
      /\b(complain(t|ts)?|ombudsman|data protection|personal (data|information)|compensation scheme|registered (office|in england|number)|authori[sz]ed (and|by) (the )?(prudential|financial)|regulated by|governed by (the )?law|privacy notice|telephone calls may be recorded|call us on|www\.|@[a-z]+\.)/i,
    weight: 1.8,
  },
];

export interface MatchedTextCue {
  type: ClauseType;
  weight: number;
  quote: string;
}

/** The strongest matching cue per type, with the text that triggered it (for the reasons). */
export function textCues(text: string): MatchedTextCue[] {
  const best = new Map<ClauseType, MatchedTextCue>();
  for (const cue of TEXT_CUES) {
    const m = cue.pattern.exec(text);
    if (!m) continue;
    const current = best.get(cue.type);
    if (!current || current.weight < cue.weight) best.set(cue.type, { type: cue.type, weight: cue.weight, quote: m[0].trim().slice(0, 60) });
  }
  return [...best.values()];
}
