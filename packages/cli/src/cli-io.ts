/**
 * Where a command writes and what it may read of its environment. Results go to `out` (so
 * `policydiff compare --json … > result.json` works); progress and messages go to `err`.
 * The CLI is a client of the services, not one of them: its own variables are read here only.
 */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when `err` is a terminal: draw the live bar; otherwise print plain lines. */
  errIsTty: boolean;
  columns: number;
  env: {
    /** Default for --server. */
    POLICYDIFF_SERVER?: string;
    /** Default for --api-key. */
    POLICYDIFF_API_KEY?: string;
    /** Redis for `policydiff streams` (default redis://127.0.0.1:6379). */
    REDIS_URL?: string;
  };
}

export function processIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    errIsTty: !!process.stderr.isTTY,
    columns: process.stdout.columns || process.stderr.columns || 120,
    env: {
      POLICYDIFF_SERVER: process.env.POLICYDIFF_SERVER,
      POLICYDIFF_API_KEY: process.env.POLICYDIFF_API_KEY,
      REDIS_URL: process.env.REDIS_URL,
    },
  };
}

/** Wrong arguments: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
