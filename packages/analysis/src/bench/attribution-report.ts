/**
 * The direction-by-rule, direction-by-role and leave-one-pair-out tables of the benchmark report,
 * as markdown. Pure: attributions in, text out. The rules behind the counts are in
 * direction-attribution.ts and leave-one-pair-out.ts; the text here repeats them for the reader.
 */
import type { DirectionAttribution, Tally } from './direction-attribution.js';
import type { LeaveOnePairOut, RightWrong } from './leave-one-pair-out.js';
import { formatRate, markdownTable } from './markdown-table.js';

export interface AttributedPair {
  pair: string;
  attribution: DirectionAttribution;
}

const cell = (t: Tally | undefined): string => (t ? `${t.fired} / ${t.right} / ${t.wrong}` : '–');
const ratioOf = (n: number, d: number): string => (d === 0 ? 'n/a' : `${formatRate(n / d)} (${n}/${d})`);
const rightWrong = (r: RightWrong | undefined): string => (r ? `${r.right} / ${r.wrong}` : '–');

function sum(tallies: readonly (Tally | undefined)[]): Tally {
  return tallies.reduce<Tally>((s, t) => (t ? { fired: s.fired + t.fired, right: s.right + t.right, wrong: s.wrong + t.wrong } : s), { fired: 0, right: 0, wrong: 0 });
}

/** Rows of key × pair, "fired / right / wrong" in each cell, most fired first. */
function tallyTable(first: string, pairs: readonly AttributedPair[], pick: (a: DirectionAttribution) => Record<string, Tally>): string {
  const keys = [...new Set(pairs.flatMap((p) => Object.keys(pick(p.attribution))))];
  const rows = keys
    .map((key) => ({ key, cells: pairs.map((p) => pick(p.attribution)[key]) }))
    .map((r) => ({ ...r, total: sum(r.cells) }))
    .sort((x, y) => y.total.fired - x.total.fired || y.total.wrong - x.total.wrong || x.key.localeCompare(y.key));
  return markdownTable([first, ...pairs.map((p) => p.pair), 'all pairs'], rows.map((r) => [r.key, ...r.cells.map(cell), cell(r.total)]));
}

export function directionByRuleSection(pairs: readonly AttributedPair[], view: LeaveOnePairOut): string {
  if (pairs.length === 0) return '### Direction by rule and by role\n\nNo labelled pair was scored.';
  const unresolved = pairs.filter((p) => p.attribution.unresolved.length > 0).map((p) => `${p.pair}: ${p.attribution.unresolved.join(', ')}`);
  const shown = view.rules.filter((r) => r.flagged || Object.keys(r.perPair).length > 1);
  const single = view.rules.filter((r) => !shown.includes(r));
  const loo = shown.map((r) => [
    r.flagged ? `⚠ ${r.rule}` : r.rule,
    ...pairs.map((p) => rightWrong(r.perPair[p.pair])),
    r.home ?? 'none',
    rightWrong(r.others),
    r.netWrongOn.join(', ') || '–',
  ]);
  const turned = view.pairs.map((p) => [
    p.pair,
    p.rate === null ? 'n/a' : `${formatRate(p.rate)} (${p.right}/${p.detected})`,
    ratioOf(pairs.find((x) => x.pair === p.pair)!.attribution.labels.filter((l) => l.someRuleRight).length, p.detected),
    p.rateCountingFlagged === null ? 'n/a' : `${formatRate(p.rateCountingFlagged)} (${p.rightCountingFlagged}/${p.detected})`,
    p.turned.length === 0 ? '–' : p.turned.slice(0, 6).map((t) => `${t.label} (${t.rules.join(', ')})`).join('; ') + (p.turned.length > 6 ? `; … ${p.turned.length - 6} more` : ''),
  ]);
  return [
    '### Direction by rule and by role',
    '',
    "Over each pair's detected labels, every change score.py matched to a label votes with its own direction under its deciding rule (`rules[0]`), and those of its deltas that quote the label (their from/to or evidence touches a key phrase by score.py's rule; all its deltas when none does) vote with their direction under their `rule` and their `role` (`(none)` when no figure decided it); neutral deltas vote too. So in a passage (one change, a delta per clause) only the clause holding the label answers for it. A rule or role **fired** on a label when it voted there (once per label); it was **right** when one of its votes fits the label's direction by score.py's test (the same direction; any direction for an ambiguous label), **wrong** otherwise. Cells: fired / right / wrong.",
    '',
    tallyTable('rule', pairs, (a) => a.byRule),
    '',
    'By figure role (deltas only: a change-level vote has no role):',
    '',
    tallyTable('role', pairs, (a) => a.byRole),
    ...(unresolved.length > 0 ? ['', `Detected labels whose matched changes are not in the result (not attributed): ${unresolved.join('; ')}.`] : []),
    '',
    '### Leave one pair out',
    '',
    "A rule added for one pair must not lower another. A rule's **home** is the pair it is right on most often (ties: fewer wrong, then the order above; none when it is right nowhere); **other pairs** sums its record everywhere else. ⚠ marks a rule net wrong (wrong > right) on a pair other than its home. Cells: right / wrong.",
    '',
    markdownTable(['rule', ...pairs.map((p) => p.pair), 'home', 'other pairs', 'net wrong on'], loo),
    ...(single.length > 0 ? ['', `Fired on one pair only and never net wrong there: ${single.map((r) => `\`${r.rule}\` (${r.home ?? 'none'})`).join(', ')}.`] : []),
    '',
    "Direction accuracy if the ⚠ rules' wrong verdicts counted: score.py counts a label right when any direction reported for it fits, so one change's right direction can hide a flagged rule's wrong one; here a label stays right only if no ⚠ rule was wrong on it (a view; the analysis is unchanged). Beside it, the labels some rule that fired on them got right (below score.py's figure when only a delta that does not quote the label had the right direction):",
    '',
    markdownTable(['pair', 'direction (score.py)', 'some rule that fired right', "counting ⚠ rules' wrong verdicts", 'labels that would turn wrong (⚠ rules wrong on them)'], turned),
  ].join('\n');
}
