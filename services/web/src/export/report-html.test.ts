import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appPolicy, reportStyle, sha256Source } from '../../content-security-policy';
import { change, FIXTURE, withoutReasons } from '../test/fixture-result';
import { isMaterial, reportHtml } from './report-html';

describe('printable report', () => {
  const html = reportHtml(FIXTURE, new Date('2025-02-03T04:05:00Z'));

  it('is a complete document with print rules', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@page');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('2025-02-03 04:05 UTC');
  });

  it('has the headline, narrative, key figures and changed definitions', () => {
    expect(html).toContain(FIXTURE.summary.headline);
    expect(html).toContain('<strong>flood limit</strong>');
    expect(html).toContain('<a href="#change-c2">cyber exclusion</a>');
    expect(html).toContain('Key figures');
    expect(html).toContain('−$500,000');
    expect(html).toContain('−50.0%');
    expect(html).toContain('Changed definitions');
    expect(html).not.toContain('<strong>You</strong>');
  });

  it('has every material change with both texts, the diff marked, and pages', () => {
    const material = FIXTURE.changes.filter(isMaterial).map((c) => c.id);
    expect(material).toEqual(['c1', 'c2', 'c3']);
    for (const id of material) expect(html).toContain(`id="change-${id}"`);
    expect(html).toContain('<del>$1,000,000</del>');
    expect(html).toContain('<ins>$500,000</ins>');
    expect(html).toContain('A p. 2 · B p. 2');
    expect(html).toContain('Not in A (clause added)');
    // Low-materiality changes are listed briefly, unchanged ones not at all.
    expect(html).toContain('Other changes (1)');
    expect(html).not.toContain('id="change-c5"');
  });

  it('escapes document text', () => {
    expect(html).toContain('including &quot;ransomware&quot;');
    const evil = reportHtml({ ...FIXTURE, summary: { ...FIXTURE.summary, headline: '<script>alert(1)</script>' } });
    expect(evil).not.toContain('<script>alert(1)');
    expect(evil).toContain('&lt;script&gt;');
  });

  it('says the verdict and why each material change has its direction, with the rules', () => {
    expect(html).toContain('Verdict: narrower</span> <span class="muted">Material changes weigh 6 narrower against 2 broader');
    expect(html).toContain('<p class="why"><strong>Why narrower:</strong> flood limit reduced $1,000,000 → $500,000 → narrower');
    expect(html).toContain('<code class="rule" title="docs/delta-rules.md#figureamount-by-role">figure.amount-by-role</code>');
    expect(html).toContain('<code class="rule" title="docs/delta-rules.md#changeown-deltas">change.own-deltas</code>');
    // The why sits between the change's badges and its deltas.
    const c1 = html.slice(html.indexOf('id="change-c1"'), html.indexOf('id="change-c2"'));
    expect(c1.indexOf('class="why"')).toBeGreaterThan(c1.indexOf('class="meta"'));
    expect(c1.indexOf('class="why"')).toBeLessThan(c1.indexOf('class="deltas"'));
    // Minor changes carry theirs in the table.
    expect(html).toContain('<td>no figure, scope, exception, obligation or standard changes → neutral</td>');
  });

  it('escapes the reasons and rule ids', () => {
    const evil = reportHtml({
      ...FIXTURE,
      changes: [
        change({
          id: 'x',
          status: 'added',
          materiality: 'high',
          direction: 'narrower',
          why: '<img src=x onerror=alert(1)> → narrower',
          rules: ['"><script>alert(1)</script>'],
          deltas: [{ ...FIXTURE.changes[1]!.deltas[0]!, why: '<b>bold</b>', rule: '" onmouseover="alert(1)' }],
        }),
      ],
    });
    expect(evil).not.toContain('<img src=x');
    expect(evil).not.toContain('<script>alert(1)');
    expect(evil).not.toContain('<b>bold</b>');
    expect(evil).not.toContain('" onmouseover="');
    expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt; → narrower');
  });

  it('shows no verdict, why or rule for a result stored without them', () => {
    const old = reportHtml(withoutReasons(FIXTURE));
    expect(old).not.toContain('Verdict');
    expect(old).not.toContain('class="why"');
    expect(old).not.toContain('<code class="rule"');
    expect(old).toContain('id="change-c1"');
    expect(old).toContain('Flood limit reduced');
  });

  it('carries a Content-Security-Policy that allows its one stylesheet by hash and nothing else', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(style).toBe(reportStyle());
    const hash = `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;
    expect(policy).toBe(`default-src 'none'; style-src ${hash}; base-uri 'none'; form-action 'none'`);
    // What the policy would block is not there to block: no script, no other style, no style attribute.
    expect(html).not.toMatch(/<script|<link|\sstyle=|\son[a-z]+=/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('is allowed by the app\'s own policy, which the tab it opens in inherits', () => {
    const app = appPolicy(sha256Source(reportStyle()));
    const styleSrc = app.split('; ').find((d) => d.startsWith('style-src '))!;
    expect(styleSrc).toBe(`style-src 'self' ${sha256Source(reportStyle())}`);
    expect(app).not.toContain('unsafe-inline');
    expect(app).not.toContain('unsafe-eval');
    expect(app).toContain("script-src 'self'");
    expect(app).toContain("frame-ancestors 'none'");
  });
});
