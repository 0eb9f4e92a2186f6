/** Problem `type` values the API uses (documented in docs/api.md). */
export const PROBLEM_TYPES = {
  badRequest: 'https://policydiff.dev/problems/bad-request',
  notPdf: 'https://policydiff.dev/problems/not-a-pdf',
  emptyFile: 'https://policydiff.dev/problems/empty-file',
  tooLarge: 'https://policydiff.dev/problems/payload-too-large',
  notFound: 'https://policydiff.dev/problems/not-found',
  conflict: 'https://policydiff.dev/problems/conflict',
  unauthorized: 'https://policydiff.dev/problems/unauthorized',
  forbidden: 'https://policydiff.dev/problems/forbidden',
  /** API keys off: a Host that is not a loopback name (DNS rebinding). */
  hostNotAllowed: 'https://policydiff.dev/problems/host-not-allowed',
  /** API keys off: a write or a WebSocket from another site. */
  crossSite: 'https://policydiff.dev/problems/cross-site-request',
  busy: 'https://policydiff.dev/problems/backlog-full',
  /** The key's stored PDFs would pass STORAGE_QUOTA_BYTES. */
  quotaExceeded: 'https://policydiff.dev/problems/storage-quota-exceeded',
  unavailable: 'https://policydiff.dev/problems/unavailable',
  internal: 'https://policydiff.dev/problems/internal',
} as const;
