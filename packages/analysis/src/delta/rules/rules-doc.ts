/**
 * docs/delta-rules.md, written from the registry: every rule with its scope, what it decides, its
 * cap, why, and the examples it fires and does not fire on. `npm run docs:rules` rewrites the file;
 * a test fails when the committed file is not what the registry says.
 */
import type { ExampleClause, ExampleSide, RuleEntry, RuleExample, RuleScope } from './rule-entry.js';
import { RULES } from './registry.js';

const SCOPE_TITLES: Record<RuleScope, string> = {
  paired: 'Paired clauses',
  'one-sided': 'Clauses only one document has',
  'post-pass': 'Post-passes over the list of changes',
};

const SCOPE_NOTES: Record<RuleScope, string> = {
  paired:
    'Rules for a clause both documents print. The first group reads a difference as no change of cover: the first of them that applies decides. The rest read what the difference does and all fire; the `change.*` rules then combine them.',
  'one-sided':
    'Rules for a clause only one document prints. The readings that find the clause is no change (restated … qualifier of a one-sided cover) are tried in order, the first that applies deciding; otherwise the clause\'s wording or kind does. The caps apply after.',
  'post-pass': 'Rules that read the whole list of changes once every change is built.',
};

function clausesOf(side: ExampleSide): readonly ExampleClause[] {
  if (side === null) return [];
  if (typeof side === 'string') return [{ text: side }];
  return Array.isArray(side) ? (side as readonly ExampleClause[]) : [side as ExampleClause];
}

const quote = (text: string): string => `“${text.replace(/\|/g, '\\|')}”`;

function sideText(side: ExampleSide, type: string | undefined): string {
  const clauses = clausesOf(side);
  if (clauses.length === 0) return '(nothing)';
  return clauses
    .map((c) => (c.asHeading ? `heading ${quote(c.text)}` : `${quote(c.text)}${(c.type ?? type) ? ` (${(c.type ?? type)!.replace(/_/g, ' ')})` : ''}`))
    .join(' · ');
}

function exampleLine(example: RuleExample): string {
  const note = example.note ? ` — ${example.note}` : '';
  return `  - A: ${sideText(example.a, example.type)}<br>B: ${sideText(example.b, example.type)}${note}`;
}

function ruleSection(rule: RuleEntry): string[] {
  const facts = [`scope \`${rule.scope}\``, `decides ${rule.effects.join(', ')}`];
  if (rule.direction) facts.push(`always ${rule.direction}`);
  if (rule.cap) facts.push(`cap \`${rule.cap.name}\` = ${rule.cap.max}`);
  return [
    `### \`${rule.id}\``,
    '',
    rule.title,
    '',
    `${facts.join(' · ')}. ${rule.because}`,
    '',
    '- Fires on:',
    ...rule.fires.map(exampleLine),
    '- Does not fire on:',
    ...rule.doesNotFire.map(exampleLine),
    '',
  ];
}

export function renderRulesDoc(rules: readonly RuleEntry[] = RULES): string {
  const lines = [
    '# Delta rules',
    '',
    '<!-- Generated from packages/analysis/src/delta/rules/registry.ts by `npm run docs:rules`; do not edit by hand. -->',
    '',
    'Every rule that sets a delta\'s direction, a change\'s materiality or a cap on it. A result names the rule on every',
    'delta (`rule`, with the figure `role` or sentence `polarity` it read, and a one-line `why`) and the rules that decided',
    'every change (`rules`, the direction\'s first). Within a scope the order below is precedence. Each rule\'s examples are',
    'run through the analysis by `registry.test.ts`: it must fire on the first list and not on the second.',
    '',
    '| rule | scope | decides | cap |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id.replace(/\./g, '')}) | ${r.scope} | ${r.effects.join(', ')} | ${r.cap ? `${r.cap.max}` : ''} |`),
    '',
  ];
  for (const scope of Object.keys(SCOPE_TITLES) as RuleScope[]) {
    const inScope = rules.filter((r) => r.scope === scope);
    if (inScope.length === 0) continue;
    lines.push(`## ${SCOPE_TITLES[scope]}`, '', SCOPE_NOTES[scope], '');
    for (const rule of inScope) lines.push(...ruleSection(rule));
  }
  return lines.join('\n').trimEnd() + '\n';
}
