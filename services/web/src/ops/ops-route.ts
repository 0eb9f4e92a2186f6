/** The Ops page lives at `#/ops`; lib/route.ts knows the other routes and answers "upload" for this one. */
export const OPS_HREF = '#/ops';

export function isOpsRoute(hash: string): boolean {
  return /^#\/?ops\/?$/.test(hash);
}
