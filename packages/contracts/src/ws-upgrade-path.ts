/**
 * The request target of a WebSocket upgrade (`/ws/jobs/<job id>?after=<event id>`), read the same
 * way by the gateway (before it forwards the raw bytes) and by the notifier (before its handshake).
 * The target arrives as raw bytes from the network, so this never throws: anything it cannot read
 * is a refusal with an HTTP status, answered before the handshake.
 */

/**
 * A job id is a UUID (the gateway issues `crypto.randomUUID()`). The shape is checked case-insensitively,
 * as RFC 9562 reads UUIDs, but the id is not lowercased: ids are issued lowercase and looked up exactly,
 * so an uppercase one is an unknown job (WebSocket close 4404), just as `GET /jobs/<UPPERCASE>` is a 404.
 */
export const JOB_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isJobId = (s: string): boolean => JOB_ID_PATTERN.test(s);

/**
 * What to watch. `after` is passed on as sent: the notifier checks it after the handshake (close 1008),
 * so a browser can read why. `url` carries the query (`api_key`); its origin is a placeholder, never
 * the Host header or the authority of an absolute-form target.
 */
export interface WsUpgradeTarget {
  jobId: string;
  after: string | null;
  url: URL;
}

/** 404: not a WebSocket path; 400: a WebSocket path the server cannot read. */
export interface WsUpgradeRefusal {
  status: 400 | 404;
  reason: string;
}

const PLACEHOLDER_ORIGIN = 'http://upgrade.invalid';
const WATCH_PATH = /^\/ws\/jobs\/([^/]+)$/;
const ABSOLUTE_FORM = /^(?:https?|wss?):\/\//i;
// A request target is visible ASCII only (RFC 9112 §3.2). The WHATWG parser would quietly drop tabs,
// newlines and trailing controls instead, turning `/ws/jobs/<id>\t` or `<id>\0` into a valid id.
const CONTROL_OR_SPACE = /[\x00-\x20\x7f]/;

const refuse = (status: 400 | 404, reason: string): WsUpgradeRefusal => ({ status, reason });

/** The request target as a URL under the placeholder origin, or null when it is neither a path nor an absolute http(s)/ws(s) URL. */
function targetUrl(raw: string): URL | null {
  try {
    // Origin-form: a path and query. Appended to the origin (not resolved against it), so `//host/x`
    // stays the path `//host/x` instead of naming another host, and `//` is a path, not a bad URL.
    if (raw.startsWith('/')) return new URL(PLACEHOLDER_ORIGIN + raw);
    // Absolute-form (RFC 9112 §3.2.2: servers must accept it): only its path and query are kept.
    if (ABSOLUTE_FORM.test(raw)) {
      const u = new URL(raw);
      return new URL(PLACEHOLDER_ORIGIN + u.pathname + u.search);
    }
  } catch {
    /* not a URL the WHATWG parser accepts */
  }
  return null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Reads an upgrade's raw request target (`req.url`); a refusal for anything that is not a job to watch. */
export function parseWsUpgradePath(raw: string | undefined): WsUpgradeTarget | WsUpgradeRefusal {
  if (typeof raw !== 'string' || raw === '') return refuse(400, 'empty request target');
  if (CONTROL_OR_SPACE.test(raw)) return refuse(400, 'the request target holds a space or a control character');
  const url = targetUrl(raw);
  if (!url) return refuse(400, 'the request target is not a path or an absolute http(s) URL');
  const m = WATCH_PATH.exec(url.pathname);
  if (!m) return refuse(404, 'no such WebSocket path: watch a job at /ws/jobs/<job id>');
  const jobId = decodeSegment(m[1]!);
  if (jobId === null) return refuse(400, 'the job id is not valid percent-encoding');
  if (!isJobId(jobId)) return refuse(400, 'the job id must be a UUID');
  return { jobId, after: url.searchParams.get('after'), url };
}

export const isWsUpgradeRefusal = (r: WsUpgradeTarget | WsUpgradeRefusal): r is WsUpgradeRefusal => 'status' in r;

const STATUS_TEXT = { 400: 'Bad Request', 404: 'Not Found' } as const;

/**
 * A refusal as the raw HTTP/1.1 response written to the upgrade's socket (there is no response
 * object before a handshake): plain text, `Connection: close`, since the socket is ended after it.
 */
export function upgradeRefusalResponse(r: WsUpgradeRefusal): string {
  const body = `${r.reason}\n`;
  return (
    `HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status]}\r\n` +
    'Content-Type: text/plain; charset=utf-8\r\n' +
    `Content-Length: ${new TextEncoder().encode(body).length}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}
