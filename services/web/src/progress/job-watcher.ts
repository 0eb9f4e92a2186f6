import type { JobEvent, JobStatusBody, WsServerMessage } from '@policydiff/contracts';
import { ApiError } from '../api/api-error';
import type { Connection } from './progress-reducer';

export interface JobWatcherHandlers {
  snapshot(job: JobStatusBody): void;
  event(event: JobEvent): void;
  polled(job: JobStatusBody): void;
  connection(c: Connection): void;
  notFound(): void;
  /** The newest event id seen so far: the resume cursor. */
  cursor(): string | null;
  /** True once the job has finished: the watcher then stops. */
  finished(): boolean;
}

export interface JobWatcherDeps {
  socketUrl(jobId: string, after: string | null): string;
  fetchJob(jobId: string): Promise<JobStatusBody>;
  WebSocketImpl?: typeof WebSocket;
  /** Poll period while the socket is down, and the slower safety-net period while it is up. */
  pollMs?: number;
  safetyPollMs?: number;
}

const UNKNOWN_JOB = 4404;

/**
 * Follows one job: the WebSocket first (snapshot, then events), resuming with `?after=<last event>`
 * after a dropped connection with backoff; polling `GET /jobs/:id` whenever the socket is down, and
 * slowly while it is up as a safety net. Stops itself when the job finishes.
 */
export class JobWatcher {
  private ws: WebSocket | null = null;
  private stopped = false;
  private failures = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private live = false;

  constructor(
    private readonly jobId: string,
    private readonly h: JobWatcherHandlers,
    private readonly deps: JobWatcherDeps,
  ) {}

  start(): void {
    this.connect();
    this.schedulePoll();
  }

  stop(): void {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.pollTimer) clearTimeout(this.pollTimer);
    const ws = this.ws;
    this.ws = null;
    if (ws && ws.readyState <= 1) ws.close(1000, 'done');
  }

  private finish(): boolean {
    if (!this.h.finished()) return false;
    this.stop();
    this.h.connection('closed');
    return true;
  }

  private connect(): void {
    if (this.stopped) return;
    const Impl = this.deps.WebSocketImpl ?? (typeof WebSocket === 'undefined' ? undefined : WebSocket);
    if (!Impl) {
      this.h.connection('polling');
      return;
    }
    this.h.connection(this.failures === 0 ? 'connecting' : 'reconnecting');
    let ws: WebSocket;
    try {
      ws = new Impl(this.deps.socketUrl(this.jobId, this.h.cursor()));
    } catch {
      this.onDrop(1006);
      return;
    }
    this.ws = ws;
    ws.onmessage = (m) => {
      if (this.ws !== ws) return;
      let msg: WsServerMessage;
      try {
        msg = JSON.parse(String(m.data)) as WsServerMessage;
      } catch {
        return;
      }
      if (!this.live) {
        this.live = true;
        this.failures = 0;
        this.h.connection('live');
        this.schedulePoll();
      }
      if (msg.type === 'snapshot') this.h.snapshot(msg.job);
      else this.h.event(msg);
      this.finish();
    };
    ws.onclose = (e) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.onDrop(e.code);
    };
  }

  private onDrop(code: number): void {
    this.live = false;
    if (this.stopped || this.finish()) return;
    if (code === UNKNOWN_JOB) {
      this.stop();
      this.h.notFound();
      return;
    }
    this.failures++;
    this.h.connection(this.failures >= 2 ? 'polling' : 'reconnecting');
    const delay = Math.min(500 * 2 ** (this.failures - 1), 10_000);
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
    this.schedulePoll(true);
  }

  private schedulePoll(soon = false): void {
    if (this.stopped) return;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    const fast = this.deps.pollMs ?? 1500;
    const slow = this.deps.safetyPollMs ?? 10_000;
    this.pollTimer = setTimeout(() => void this.poll(), soon ? 200 : this.live ? slow : fast);
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    try {
      const job = await this.deps.fetchJob(this.jobId);
      if (this.stopped) return;
      this.h.polled(job);
      if (this.finish()) return;
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        this.stop();
        this.h.notFound();
        return;
      }
    }
    this.schedulePoll();
  }
}
