import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FIXTURE, withoutReasons } from '../test/fixture-result';
import { VerdictChip } from './verdict-chip';

describe('verdict chip', () => {
  it('says the verdict with a shape and the balance behind it', () => {
    const html = renderToStaticMarkup(<VerdictChip summary={FIXTURE.summary} />);
    expect(html).toContain('data-verdict="narrower"');
    expect(html).toContain('class="badge dir-narrower verdict-chip"');
    expect(html).toContain('▼</span> Verdict: narrower');
    expect(html).toContain('Material changes weigh 6 narrower against 2 broader');
  });

  it('explains mixed in the colours of an ambiguous change', () => {
    const html = renderToStaticMarkup(<VerdictChip summary={{ ...FIXTURE.summary, verdict: 'mixed', balance: { broader: 5, narrower: 6, high_broader: 1, high_narrower: 1 } }} />);
    expect(html).toContain('dir-ambiguous');
    expect(html).toContain('Verdict: mixed');
    expect(html).toContain('neither side outweighs the other twice over');
  });

  it('shows nothing for a result stored before verdicts existed', () => {
    expect(renderToStaticMarkup(<VerdictChip summary={withoutReasons(FIXTURE).summary} />)).toBe('');
  });
});
