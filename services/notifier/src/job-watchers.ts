import type { WebSocket } from 'ws';
import { compareStreamIds } from './stream-id.js';

/**
 * The clients watching each job. A client is registered before its catch-up read, and live events
 * that arrive meanwhile are buffered; once caught up it receives only ids after its cursor. So a
 * client never misses an event between its replay and the live feed, and never gets one twice.
 */
export interface Watcher {
  ws: WebSocket;
  jobId: string;
  cursor: string | null;
  ready: boolean;
  buffer: { id: string; event: string }[];
}

export class JobWatchers {
  private readonly byJob = new Map<string, Set<Watcher>>();

  add(w: Watcher): void {
    let set = this.byJob.get(w.jobId);
    if (!set) this.byJob.set(w.jobId, (set = new Set()));
    set.add(w);
  }

  remove(w: Watcher): void {
    const set = this.byJob.get(w.jobId);
    set?.delete(w);
    if (set && set.size === 0) this.byJob.delete(w.jobId);
  }

  get size(): number {
    let n = 0;
    for (const s of this.byJob.values()) n += s.size;
    return n;
  }

  /** Sends an event (entry id + JSON without event_id) to every ready watcher that has not seen it. */
  deliver(jobId: string, id: string, event: string): void {
    const set = this.byJob.get(jobId);
    if (!set) return;
    for (const w of set) {
      if (!w.ready) w.buffer.push({ id, event });
      else send(w, id, event);
    }
  }

  /** Ends a watcher's catch-up: flush what arrived live meanwhile, in order, skipping what it has. */
  markReady(w: Watcher): void {
    w.ready = true;
    const buffered = w.buffer.sort((x, y) => compareStreamIds(x.id, y.id));
    w.buffer = [];
    for (const b of buffered) send(w, b.id, b.event);
  }
}

export function send(w: Watcher, id: string, event: string): void {
  if (w.cursor !== null && compareStreamIds(id, w.cursor) <= 0) return;
  w.cursor = id;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(event) as Record<string, unknown>;
  } catch {
    return;
  }
  if (w.ws.readyState === w.ws.OPEN) w.ws.send(JSON.stringify({ ...parsed, event_id: id }));
}
