import type { Problem } from '@policydiff/contracts';

/** An API failure with the RFC 7807 problem's detail in plain words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly problemType: string | null = null,
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  static async from(res: Response): Promise<ApiError> {
    let body: Partial<Problem> | null = null;
    try {
      body = (await res.json()) as Partial<Problem>;
    } catch {
      /* not JSON */
    }
    const detail = body?.detail ?? `${res.status} ${res.statusText || 'request failed'}`;
    return new ApiError(res.status, body?.title ?? 'Request failed', detail, body?.type ?? null);
  }
}

/** A message for any thrown value, for the UI. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof TypeError) return 'The policydiff server could not be reached. Check that it is running and try again.';
  if (err instanceof Error) return err.message;
  return String(err);
}
