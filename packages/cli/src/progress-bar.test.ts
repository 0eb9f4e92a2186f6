import { describe, expect, it } from 'vitest';
import type { JobEvent } from '@policydiff/contracts';
import { applyMessage, describeEvent, emptyProgress } from './job-progress.js';
import { renderProgressBar, segmentCells } from './progress-bar.js';

const event = (over: Partial<JobEvent>): JobEvent => ({
  type: 'progress',
  job_id: 'j1',
  segment: 1,
  segment_name: 'Document A: Layout Analysis',
  segment_status: 'running',
  progress_pct: 0,
  status: 'RUNNING',
  cached: false,
  duration_ms: null,
  error_message: null,
  timestamp: '2026-01-01T00:00:00Z',
  event_id: '1-0',
  ...over,
});

describe('the progress bar', () => {
  it('shows the two document branches and the comparison as 4 + 4 + 3 cells', () => {
    let p = emptyProgress('j1');
    expect(renderProgressBar(p)).toBe('A ···· B ···· ⇒ ··· │   0% │ queued');
    p = applyMessage(p, event({ segment: 1, segment_status: 'completed', progress_pct: 9.1, duration_ms: 40, event_id: '1-1' }));
    p = applyMessage(p, event({ segment: 5, segment_name: 'Document B: Layout Analysis', segment_status: 'completed', cached: true, progress_pct: 18.2, event_id: '1-2' }));
    p = applyMessage(p, event({ segment: 6, segment_name: 'Document B: Definitions Extraction', segment_status: 'running', progress_pct: 18.2, event_id: '1-3' }));
    expect(segmentCells(p).join('')).toBe('█···▓▶·····');
    expect(renderProgressBar(p)).toBe('A █··· B ▓▶·· ⇒ ··· │  18% │ 6 Document B: Definitions Extraction');
    expect(p.lastEventId).toBe('1-3');
  });

  it('marks a failed segment and the final status', () => {
    let p = emptyProgress('j1');
    p = applyMessage(p, event({ type: 'failed', segment: 2, segment_status: 'failed', status: 'FAILED', progress_pct: 9.1, error_message: 'boom', event_id: '2-0' }));
    expect(segmentCells(p)[1]).toBe('✗');
    expect(renderProgressBar(p)).toContain('│ failed');
    expect(p.errorMessage).toBe('boom');
  });

  it('cuts the line to the terminal width', () => {
    const p = applyMessage(emptyProgress('j1'), event({}));
    const line = renderProgressBar(p, 30);
    expect([...line]).toHaveLength(30);
    expect(line.endsWith('…')).toBe(true);
  });

  it('a snapshot on reconnect does not move the resume cursor back', () => {
    let p = applyMessage(emptyProgress('j1'), event({ event_id: '5-0' }));
    p = applyMessage(p, {
      type: 'snapshot',
      job: {
        job_id: 'j1', status: 'RUNNING', current_segment: 1, current_segment_name: null, progress_pct: 0, total_segments: 11,
        segments: [], file_name_a: 'a.pdf', file_name_b: 'b.pdf', error_message: null, created_at: '', started_at: null, completed_at: null, last_event_id: '4-0',
      },
    });
    expect(p.lastEventId).toBe('5-0');
  });
});

describe('plain event lines', () => {
  it('say what happened with timing and cache', () => {
    expect(describeEvent(event({ segment: 3, segment_name: 'Document A: Clause Classification', segment_status: 'completed', progress_pct: 27.3, duration_ms: 41, cached: true })))
      .toBe(' 27% segment  3/11 Document A: Clause Classification completed in 41 ms (cached)');
    expect(describeEvent(event({ type: 'failed', status: 'FAILED', error_message: 'Segment 1 failed: encrypted' }))).toBe('  0% job failed: Segment 1 failed: encrypted');
  });
});
