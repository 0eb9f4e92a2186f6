import { PROBLEM_TYPES, type Problem } from '@policydiff/contracts';

/** An error that becomes an RFC 7807 problem body with its status. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly kind: keyof typeof PROBLEM_TYPES,
    readonly title: string,
    detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  toProblem(): Problem {
    return { type: PROBLEM_TYPES[this.kind], title: this.title, status: this.status, detail: this.message };
  }
}

export const badRequest = (detail: string) => new ProblemError(400, 'badRequest', 'Bad request', detail);
export const notFound = (detail: string) => new ProblemError(404, 'notFound', 'Not found', detail);
export const conflict = (detail: string) => new ProblemError(409, 'conflict', 'Conflict', detail);
