import { formatDuration } from '../lib/format';
import type { SegmentDisplay, SegmentProgress } from './progress-reducer';

const STATE_LABELS: Record<SegmentDisplay, string> = {
  pending: 'Pending',
  running: 'Running',
  done: 'Done',
  cached: 'Cached',
  failed: 'Failed',
  skipped: 'Skipped',
};

const ICONS: Record<SegmentDisplay, string> = { pending: '○', running: '◐', done: '✓', cached: '↺', failed: '✕', skipped: '–' };

/** One segment: number, name, state and duration, with a bar scaled to the slowest segment. */
export function SegmentRow({ s, maxDuration, now }: { s: SegmentProgress; maxDuration: number; now: number }) {
  const running = s.state === 'running';
  const live = running && s.startedAt ? now - Date.parse(s.startedAt) : null;
  const ms = s.durationMs ?? live;
  // The bar is relative to the slowest finished segment; with none finished yet it stays empty.
  const width = maxDuration > 0 && ms !== null ? Math.min(100, Math.max(2, (ms / maxDuration) * 100)) : 0;
  return (
    <li className={`segment seg-${s.state}`} data-segment={s.segment} data-state={s.state}>
      <span className="seg-icon" aria-hidden="true">
        {ICONS[s.state]}
      </span>
      <span className="seg-num">{s.segment}</span>
      <span className="seg-name">{s.shortName}</span>
      <span className="seg-state">{STATE_LABELS[s.state]}</span>
      <span className="seg-time">{s.state === 'pending' ? '' : formatDuration(ms)}</span>
      <span className="seg-bar" aria-hidden="true">
        <span style={{ width: `${width}%` }} />
      </span>
    </li>
  );
}
