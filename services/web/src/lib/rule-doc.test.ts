import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleAnchor, ruleDocRef } from './rule-doc';

describe('rule doc references', () => {
  it('drop the dots, as the anchors of docs/delta-rules.md do', () => {
    expect(ruleAnchor('figure.amount-by-role')).toBe('figureamount-by-role');
    expect(ruleDocRef('post-pass.repeated-wording')).toBe('docs/delta-rules.md#post-passrepeated-wording');
  });

  it('match every anchor the rules doc links from its table', () => {
    const doc = readFileSync(new URL('../../../../docs/delta-rules.md', import.meta.url), 'utf8');
    const links = [...doc.matchAll(/\[`([^`]+)`\]\(#([^)]+)\)/g)];
    expect(links.length).toBeGreaterThan(10);
    for (const [, rule, anchor] of links) expect(ruleAnchor(rule!), rule).toBe(anchor);
  });
});
