import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DeadLetters } from './dead-letters';
import { StreamsTable } from './streams-table';

describe('StreamsTable', () => {
  it('prints each stream with its figures, consumers and state', () => {
    const html = renderToStaticMarkup(
      <StreamsTable
        body={{
          at: '2025-01-01T00:00:00Z',
          dead_letters: 0,
          streams: [
            {
              stage: 'layout',
              priority: 'high',
              stream: '{policydiff}:stage:layout:high',
              group: 'layout',
              length: 7,
              lag: 2,
              pending: 1,
              oldest_pending_age_ms: 90_000,
              retries_waiting: 0,
              group_exists: true,
              consumers: [{ name: 'stage-layout-h-1', pending: 1, idle_ms: 1500, inactive_ms: null }],
            },
          ],
        }}
      />,
    );
    expect(html).toContain('data-stream="{policydiff}:stage:layout:high"');
    expect(html).toContain('<td class="num" data-field="lag">2</td>');
    expect(html).toContain('stage-layout-h-1');
    expect(html).toContain('2 s');
    expect(html).toContain('ops-health-stale');
  });
});

describe('DeadLetters', () => {
  const entry = { id: '1-0', job_id: 'job-1', stream: '{policydiff}:stage:layout', entry: '1-0', reason: 'poison', error: 'bad bytes', segment: 1, deliveries: 5, dead_at: '2025-01-01T00:00:00Z' };
  it('offers Replay only with an admin key', () => {
    const without = renderToStaticMarkup(<DeadLetters entries={[entry]} total={1} canReplay={false} busyId={null} onReplay={() => {}} />);
    expect(without).toContain('bad bytes');
    expect(without).not.toContain('Replay');
    const withKey = renderToStaticMarkup(<DeadLetters entries={[entry]} total={1} canReplay busyId={null} onReplay={() => {}} />);
    expect(withKey).toContain('>Replay</button>');
  });
});
