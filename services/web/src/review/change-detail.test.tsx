import type { Change } from '@policydiff/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { change, FIXTURE, withoutReasons } from '../test/fixture-result';
import { ChangeDetail } from './change-detail';

const render = (c: Change) => renderToStaticMarkup(<ChangeDetail change={c} position={1} total={4} sourceHref="#/source" />);
const byId = (id: string, result = FIXTURE) => result.changes.find((c) => c.id === id)!;

describe('change detail: why this direction', () => {
  it('says why the change has its direction, by its badge, and the rule that decided it', () => {
    const html = render(byId('c1'));
    expect(html).toContain('data-testid="change-why"');
    expect(html).toContain('<span class="why-label">Why narrower:</span> <span class="why-text">flood limit reduced $1,000,000 → $500,000 → narrower</span>');
    expect(html).toMatch(/Direction by <code class="rule-id" data-rule="change.own-deltas"/);
    // The reason sits in the header, after the badges and before the deltas.
    expect(html.indexOf('change-why')).toBeGreaterThan(html.indexOf('detail-badges'));
    expect(html.indexOf('change-why')).toBeLessThan(html.indexOf('delta-list'));
  });

  it("gives each delta its why, its rule (pointing at the rule's section of docs/delta-rules.md) and what it read", () => {
    const html = render(byId('c1'));
    expect(html).toContain('<span class="why-label">Why:</span> flood limit reduced $1,000,000 → $500,000 → narrower');
    expect(html).toContain('data-rule="figure.amount-by-role" data-rule-doc="docs/delta-rules.md#figureamount-by-role"');
    expect(html).toContain('· role limit');
    expect(render(byId('c2'))).toContain('· polarity restriction');
    expect(html).not.toContain('polarity');
  });

  it('names the materiality rules after the direction rule, and marks the delta that decided among several', () => {
    const capped = change({
      ...byId('c1'),
      rules: ['change.own-deltas', 'post-pass.repeated-wording'],
      deltas: [
        { ...byId('c4').deltas[0]!, why: 'reworded → neutral' },
        byId('c1').deltas[0]!,
      ],
    });
    const html = render(capped);
    expect(html).toMatch(/materiality by <span><code class="rule-id" data-rule="post-pass.repeated-wording"/);
    expect(html.match(/is-deciding/g)).toHaveLength(1);
    expect(html.indexOf('is-deciding')).toBeGreaterThan(html.indexOf('reworded → neutral'));
    expect(html).toContain('decides the direction');
    // One delta is not marked: there is nothing to tell apart.
    expect(render(byId('c1'))).not.toContain('decides the direction');
  });

  it('escapes the reasons', () => {
    const html = render(change({ ...byId('c1'), why: '<img src=x onerror=alert(1)> → narrower', rules: ['"><script>x</script>'] }));
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<script>x');
  });

  it('shows no reason, rule, role or polarity for a change stored before they existed', () => {
    const old = withoutReasons(FIXTURE);
    for (const id of ['c1', 'c2', 'c3', 'c4']) {
      const html = render(byId(id, old));
      expect(html).not.toContain('change-why');
      expect(html).not.toContain('Why');
      expect(html).not.toContain('rule-id');
      expect(html).not.toContain('delta-rule');
    }
    expect(render(byId('c1', old))).toContain('Flood limit reduced');
    // A blank reason is no reason.
    expect(render(byId('c3'))).not.toContain('why-line');
  });
});
