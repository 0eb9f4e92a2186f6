/**
 * Direction by rule and by role: which delta rules (and figure roles) set the directions score.py
 * judged on a labelled pair, and how often they were right. The question it answers is "which
 * rule misread this label", so a rule tuned on one pair can be caught misreading another.
 *
 * The attribution rule. For a detected label, over the changes score.py matched to it
 * (`per_label.matched_change_ids`, resolved in the result):
 * - every change **votes** once with its own direction under its deciding rule (`rules[0]`);
 * - the change's deltas that quote the label vote with their direction under their `rule`, and
 *   under their `role` (`(none)` when no figure decided it). A delta quotes the label when its
 *   own text (from and evidence.a_quote on the A side, to and evidence.b_quote on the B side)
 *   touches one of the label's key phrases by score.py's rule (all words, or a run of 70 % of
 *   them; no page guard, as a delta has no page). When no delta of the change quotes it, or the
 *   change has one delta, all its deltas vote. Why: a passage is one change with a delta per
 *   clause (S7's COVID-19 endorsement: 159), and only the clause holding the label read it;
 *   its other clauses' rules neither helped nor hurt. Neutral deltas vote like any other: that
 *   is how a passage says "this condition of a removed cover changes nothing" [C:S7-02].
 * A rule (or role) **fired** on the label when it cast at least one vote there; it fired once
 * per label however many votes it cast. It was **right** when one of its votes fits the label's
 * direction by score.py's test (the same direction; for an `ambiguous` label any direction, even
 * neutral), and **wrong** otherwise. A change-level vote has no role, so roles count deltas only.
 * score.py counts a label right when any direction of its changes fits, quoted or not, so a label
 * can be right for score.py while no rule that fired on it was (`someRuleRight` tells).
 */
import type { Change, Delta, Direction } from '@policydiff/contracts';
import type { MaterialLabel } from './labelled-pairs.js';
import { matchFraction, prepareText, type MatchText } from './phrase-match.js';
import { DEFAULT_MATCH_OPTIONS } from './prepared-change.js';
import type { LabelHit } from './real-corpus.js';

export interface Tally {
  fired: number;
  right: number;
  wrong: number;
}

/** A detected label and, for each rule and role that fired on it, whether it was right. */
export interface LabelAttribution {
  id: string;
  direction: Direction;
  /** score.py's verdict on the label's direction. */
  directionOk: boolean;
  /** Some rule that fired on the label was right. */
  someRuleRight: boolean;
  rules: Record<string, boolean>;
  roles: Record<string, boolean>;
}

export interface DirectionAttribution {
  byRule: Record<string, Tally>;
  byRole: Record<string, Tally>;
  labels: LabelAttribution[];
  /** Detected labels none of whose matched changes is in the result: no rule can answer for them. */
  unresolved: string[];
}

export const NO_ROLE = '(none)';

/** score.py's direction test for one reported direction. */
export function directionFits(label: Direction, reported: Direction): boolean {
  return label === 'ambiguous' || reported === label;
}

/** Merges one vote into a label's verdicts: right once any vote fits. */
function vote(into: Record<string, boolean>, key: string, fits: boolean): void {
  into[key] = (into[key] ?? false) || fits;
}

function tally(labels: readonly LabelAttribution[], pick: (l: LabelAttribution) => Record<string, boolean>): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const label of labels) {
    for (const [key, right] of Object.entries(pick(label))) {
      const t = (out[key] ??= { fired: 0, right: 0, wrong: 0 });
      t.fired += 1;
      if (right) t.right += 1;
      else t.wrong += 1;
    }
  }
  return out;
}

export type LabelPhrases = Pick<MaterialLabel, 'id' | 'keyPhraseA' | 'keyPhraseB'>;

interface PreparedPhrases {
  a: MatchText | null;
  b: MatchText | null;
}

type DeltaTexts = Record<'a' | 'b', MatchText>;

const joined = (texts: readonly (string | null)[]): string => texts.filter((t): t is string => typeof t === 'string' && t !== '').join(' \n ');

/** A delta's own text on each side, prepared once per delta (a passage's deltas meet every label of the passage). */
function textsOf(d: Delta, cache: Map<Delta, DeltaTexts>): DeltaTexts {
  let texts = cache.get(d);
  if (!texts) {
    texts = { a: prepareText(joined([d.from, d.evidence.a_quote])), b: prepareText(joined([d.to, d.evidence.b_quote])) };
    cache.set(d, texts);
  }
  return texts;
}

const touches = (phrase: MatchText | null, text: MatchText): boolean => phrase !== null && matchFraction(phrase, text, DEFAULT_MATCH_OPTIONS.minFrac) > 0;

/** The deltas of a change that vote on a label: those quoting it, or all when none does. */
function votingDeltas(change: Change, phrases: PreparedPhrases | undefined, cache: Map<Delta, DeltaTexts>): readonly Delta[] {
  if (change.deltas.length <= 1 || !phrases) return change.deltas;
  const quoting = change.deltas.filter((d) => {
    const texts = textsOf(d, cache);
    return touches(phrases.a, texts.a) || touches(phrases.b, texts.b);
  });
  return quoting.length > 0 ? quoting : change.deltas;
}

/**
 * `labels`: the key phrases that tell which deltas of a change quote a label; a label missing
 * from it lets every delta of its changes vote.
 */
export function attributeDirections(hits: readonly LabelHit[], changes: readonly Change[], labels: readonly LabelPhrases[] = []): DirectionAttribution {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const cache = new Map<Delta, DeltaTexts>();
  const phrases = new Map(labels.map((l) => [l.id, { a: l.keyPhraseA ? prepareText(l.keyPhraseA) : null, b: l.keyPhraseB ? prepareText(l.keyPhraseB) : null }]));
  const attributed: LabelAttribution[] = [];
  const unresolved: string[] = [];
  for (const hit of hits) {
    if (!hit.detected) continue;
    const matched = [...new Set(hit.matchedChangeIds)].map((id) => byId.get(id)).filter((c): c is Change => c !== undefined);
    if (matched.length === 0) {
      unresolved.push(hit.id);
      continue;
    }
    const rules: Record<string, boolean> = {};
    const roles: Record<string, boolean> = {};
    for (const change of matched) {
      if (change.rules.length > 0) vote(rules, change.rules[0], directionFits(hit.direction, change.direction));
      for (const d of votingDeltas(change, phrases.get(hit.id), cache)) {
        const fits = directionFits(hit.direction, d.direction);
        vote(rules, d.rule, fits);
        vote(roles, d.role ?? NO_ROLE, fits);
      }
    }
    attributed.push({ id: hit.id, direction: hit.direction, directionOk: hit.directionOk === true, someRuleRight: Object.values(rules).some(Boolean), rules, roles });
  }
  return { byRule: tally(attributed, (l) => l.rules), byRole: tally(attributed, (l) => l.roles), labels: attributed, unresolved };
}
