/**
 * "A rule added for one pair must not lower another", made measurable. Each rule's right and
 * wrong verdicts (direction-attribution.ts) are kept per labelled pair. Its **home** is the pair
 * it is right on most often (ties: fewer wrong, then the order the pairs are given in; none when
 * it is right nowhere), the pair it was most likely written for. Its record on every OTHER pair
 * is what it does to pairs it was not tuned on. A rule is **flagged** when it is net wrong
 * (wrong > right) on any pair other than its home.
 *
 * The per-pair figure beside it: the direction accuracy a pair would have if the flagged rules'
 * wrong verdicts counted. score.py counts a label right when any direction reported for it fits,
 * so another change's right direction hides a flagged rule's wrong one; here a label stays right
 * only if no flagged rule was wrong on it. A view only: nothing in the analysis changes.
 */
import type { DirectionAttribution } from './direction-attribution.js';

export interface RightWrong {
  right: number;
  wrong: number;
}

export interface RuleAcrossPairs {
  rule: string;
  /** Only the pairs the rule fired on. */
  perPair: Record<string, RightWrong>;
  home: string | null;
  /** Summed over every pair the rule fired on except its home. */
  others: RightWrong;
  /** Pairs other than its home where it is net wrong. */
  netWrongOn: string[];
  flagged: boolean;
}

export interface PairDirectionWithFlags {
  pair: string;
  detected: number;
  /** score.py's count of direction-right labels. */
  right: number;
  /** Of those, how many stay right once the flagged rules' wrong verdicts count. */
  rightCountingFlagged: number;
  rate: number | null;
  rateCountingFlagged: number | null;
  /** Labels that would turn wrong, with the flagged rules wrong on each. */
  turned: { label: string; rules: string[] }[];
}

export interface LeaveOnePairOut {
  rules: RuleAcrossPairs[];
  pairs: PairDirectionWithFlags[];
}

function homeOf(perPair: Record<string, RightWrong>, order: readonly string[]): string | null {
  let best: string | null = null;
  for (const pair of order) {
    const r = perPair[pair];
    if (!r || r.right === 0) continue;
    const b = best === null ? null : perPair[best];
    if (!b || r.right > b.right || (r.right === b.right && r.wrong < b.wrong)) best = pair;
  }
  return best;
}

export function leaveOnePairOut(pairs: readonly { pair: string; attribution: DirectionAttribution }[]): LeaveOnePairOut {
  const order = pairs.map((p) => p.pair);
  const names = [...new Set(pairs.flatMap((p) => Object.keys(p.attribution.byRule)))];
  const rules = names.map((rule): RuleAcrossPairs => {
    const perPair: Record<string, RightWrong> = {};
    for (const { pair, attribution } of pairs) {
      const t = attribution.byRule[rule];
      if (t) perPair[pair] = { right: t.right, wrong: t.wrong };
    }
    const home = homeOf(perPair, order);
    const away = order.filter((p) => p !== home && perPair[p]);
    const others = away.reduce<RightWrong>((s, p) => ({ right: s.right + perPair[p].right, wrong: s.wrong + perPair[p].wrong }), { right: 0, wrong: 0 });
    const netWrongOn = away.filter((p) => perPair[p].wrong > perPair[p].right);
    return { rule, perPair, home, others, netWrongOn, flagged: netWrongOn.length > 0 };
  });
  rules.sort((x, y) => Number(y.flagged) - Number(x.flagged) || y.others.wrong - x.others.wrong || x.rule.localeCompare(y.rule));

  const flagged = new Set(rules.filter((r) => r.flagged).map((r) => r.rule));
  const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);
  const perPair = pairs.map(({ pair, attribution }): PairDirectionWithFlags => {
    const right = attribution.labels.filter((l) => l.directionOk);
    const turned = right
      .map((l) => ({ label: l.id, rules: Object.entries(l.rules).filter(([rule, ok]) => !ok && flagged.has(rule)).map(([rule]) => rule) }))
      .filter((t) => t.rules.length > 0);
    const detected = attribution.labels.length;
    const rightCountingFlagged = right.length - turned.length;
    return { pair, detected, right: right.length, rightCountingFlagged, rate: rate(right.length, detected), rateCountingFlagged: rate(rightCountingFlagged, detected), turned };
  });
  return { rules, pairs: perPair };
}
