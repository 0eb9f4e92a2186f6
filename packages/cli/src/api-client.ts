import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** An HTTP error from the gateway, with the problem body's detail as its message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** Could not reach the server at all: a different message and exit code from an API refusal. */
export class ConnectionError extends Error {}

export interface ApiClientOptions {
  server: string;
  apiKey?: string;
}

/** A thin fetch wrapper for the gateway's API: base URL, API key, problem bodies as errors. */
export class ApiClient {
  readonly base: URL;
  constructor(private readonly o: ApiClientOptions) {
    this.base = new URL(o.server.endsWith('/') ? o.server : `${o.server}/`);
  }

  headers(): Record<string, string> {
    return this.o.apiKey ? { authorization: `Bearer ${this.o.apiKey}` } : {};
  }

  /** The WebSocket URL of a job, resuming after `after` when given. */
  wsUrl(jobId: string, after: string | null): string {
    const u = new URL(`ws/jobs/${encodeURIComponent(jobId)}`, this.base);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    if (after) u.searchParams.set('after', after);
    return u.toString();
  }

  async request(method: string, path: string, init: { body?: FormData | string; accept?: number[] } = {}): Promise<{ status: number; body: unknown }> {
    const url = new URL(path.replace(/^\//, ''), this.base);
    let res: Response;
    try {
      res = await fetch(url, { method, headers: this.headers(), body: init.body });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new ConnectionError(`cannot reach ${this.base.origin} (${cause?.code ?? cause?.message ?? (err as Error).message}); is the server running? (--server URL)`);
    }
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    if (!res.ok && !(init.accept ?? []).includes(res.status)) {
      const p = body as { title?: string; detail?: string } | null;
      const detail = p && typeof p === 'object' && p.detail ? p.detail : typeof body === 'string' && body ? body.slice(0, 300) : res.statusText;
      throw new ApiError(res.status, `${method} ${url.pathname} → ${res.status}${p && typeof p === 'object' && p.title ? ` ${p.title}` : ''}: ${detail}`, body);
    }
    return { status: res.status, body };
  }

  async get<T>(path: string, accept?: number[]): Promise<{ status: number; body: T }> {
    return (await this.request('GET', path, { accept })) as { status: number; body: T };
  }

  async post<T>(path: string, body?: FormData | string): Promise<T> {
    return (await this.request('POST', path, { body })).body as T;
  }

  /** Uploads two PDFs as the multipart form `POST /jobs/compare` expects. */
  async compare(fileA: string, fileB: string, extra: Record<string, string> = {}): Promise<{ job_id: string; status: string; message: string; stream_id: string }> {
    const form = new FormData();
    form.set('file_a', new Blob([await readFile(fileA)], { type: 'application/pdf' }), basename(fileA));
    form.set('file_b', new Blob([await readFile(fileB)], { type: 'application/pdf' }), basename(fileB));
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    return this.post('/jobs/compare', form);
  }
}
