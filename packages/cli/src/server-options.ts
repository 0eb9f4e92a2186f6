import { ApiClient } from './api-client.js';
import type { CliIo } from './cli-io.js';

/** The options every command that talks to the gateway accepts. */
export const SERVER_OPTIONS = {
  server: { type: 'string' },
  'api-key': { type: 'string' },
} as const;

export const DEFAULT_SERVER = 'http://127.0.0.1:8000';

export function apiClient(io: CliIo, v: { server?: string; 'api-key'?: string }): ApiClient {
  return new ApiClient({ server: v.server ?? io.env.POLICYDIFF_SERVER ?? DEFAULT_SERVER, apiKey: v['api-key'] ?? io.env.POLICYDIFF_API_KEY });
}
