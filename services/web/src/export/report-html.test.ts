import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../test/fixture-result';
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
});
