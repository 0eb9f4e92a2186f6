/** A failure that retrying cannot fix (corrupt PDF, no text layer): the job fails at once. */
export class UnrecoverableError extends Error {
  override name = 'UnrecoverableError';
}

/** A failure worth retrying with backoff (a dropped connection, a busy database). */
export class RetryableError extends Error {
  override name = 'RetryableError';
}

/** An entry that cannot even be parsed: it goes to the dead-letter stream without running. */
export class PoisonMessageError extends Error {
  override name = 'PoisonMessageError';
}

/** The segment ran past its hard time limit. */
export class SegmentTimeoutError extends Error {
  override name = 'SegmentTimeoutError';
}

export function isUnrecoverable(err: unknown): boolean {
  return err instanceof UnrecoverableError || err instanceof PoisonMessageError;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
