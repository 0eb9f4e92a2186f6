/**
 * With API keys off the gateway trusts whoever reaches it, which is safe only when that is the
 * person at this machine. Two ways a web page in their browser could reach it anyway:
 * - DNS rebinding: a page on evil.example re-points its name at 127.0.0.1 and reads the API as
 *   same-origin. The browser still sends `Host: evil.example:8000`, so only loopback names are
 *   answered (and ALLOWED_HOSTS, for an operator who chose more).
 * - Cross-site writes: any page may POST a multipart form (or open a WebSocket) to 127.0.0.1.
 *   Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`), so a write or an upgrade
 *   from another site is refused. A request that says neither (curl, the CLI) is not from a page.
 * With keys on neither applies: a page cannot present a key it does not have.
 */

export interface LocalModePolicy {
  /** The port the gateway listens on (PORT). */
  port: number;
  /** ALLOWED_HOSTS: more Host values to answer (`name` or `name:port`), lowercased. */
  allowedHosts: string[];
  /** CORS_ORIGINS: other origins the operator lets call the API from a browser. */
  corsOrigins: string[];
}

export interface LocalRequest {
  method: string;
  host: string | null | undefined;
  origin: string | null | undefined;
  secFetchSite: string | null | undefined;
  /** A WebSocket upgrade: checked like a write (a page may open one to any address). */
  upgrade?: boolean;
}

export interface LocalModeRefusal {
  kind: 'hostNotAllowed' | 'crossSite';
  detail: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `[::1]:8000` → { name: '[::1]', port: '8000' }; `localhost` → { name: 'localhost', port: null }. */
function splitHost(host: string): { name: string; port: string | null } {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(host.trim().toLowerCase());
  return m ? { name: m[1]!, port: m[2] ?? null } : { name: host, port: null };
}

const isLoopbackName = (name: string) => name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);

const list = (raw: string) => raw.split(',').map((s) => s.trim()).filter(Boolean);

export function localModePolicy(config: { PORT: number; ALLOWED_HOSTS: string; CORS_ORIGINS: string }): LocalModePolicy {
  return { port: config.PORT, allowedHosts: list(config.ALLOWED_HOSTS).map((h) => h.toLowerCase()), corsOrigins: list(config.CORS_ORIGINS) };
}

/** The raw HTTP response that refuses an upgrade (no response object exists before a handshake). */
export function localModeUpgradeRefusal(r: LocalModeRefusal): string {
  const body = `${r.detail}\n`;
  const status = r.kind === 'hostNotAllowed' ? '421 Misdirected Request' : '403 Forbidden';
  return `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/**
 * A loopback name with the gateway's port, or with none (a local proxy on 80 or 443 forwards the
 * Host it received), or an ALLOWED_HOSTS entry.
 */
export function hostAllowed(host: string, policy: LocalModePolicy): boolean {
  const { name, port } = splitHost(host);
  if (isLoopbackName(name) && (port === null || port === String(policy.port))) return true;
  return policy.allowedHosts.some((a) => {
    const allowed = splitHost(a);
    return allowed.name === name && (allowed.port === null || allowed.port === port);
  });
}

function originAllowed(origin: string, host: string, policy: LocalModePolicy): boolean {
  if (policy.corsOrigins.includes(origin)) return true;
  try {
    const u = new URL(origin);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host === host.trim().toLowerCase();
  } catch {
    return false; // `null` (a sandboxed frame, a file) or garbage
  }
}

/** Why a request is refused with keys off, or null to let it through. */
export function localModeRefusal(req: LocalRequest, policy: LocalModePolicy): LocalModeRefusal | null {
  const host = req.host ?? '';
  if (!hostAllowed(host, policy)) {
    return {
      kind: 'hostNotAllowed',
      detail:
        `Host "${host.slice(0, 100)}" is not answered: with API keys off the gateway serves only 127.0.0.1, localhost and [::1] on port ${policy.port}, ` +
        'so a web page cannot reach it through DNS rebinding. Turn API keys on (API_KEYS) or list the name in ALLOWED_HOSTS.',
    };
  }
  if (SAFE_METHODS.has(req.method.toUpperCase()) && !req.upgrade) return null;
  const what = req.upgrade ? 'a WebSocket' : `a ${req.method.toUpperCase()}`;
  const site = req.secFetchSite?.toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none' && !(req.origin && policy.corsOrigins.includes(req.origin))) {
    return { kind: 'crossSite', detail: `${what} from another site (Sec-Fetch-Site: ${site.slice(0, 20)}) is refused: with API keys off only this origin may change anything or watch a job` };
  }
  if (req.origin && !originAllowed(req.origin, host, policy)) {
    return { kind: 'crossSite', detail: `${what} from the origin "${req.origin.slice(0, 100)}" is refused: with API keys off only this origin (and CORS_ORIGINS) may change anything or watch a job` };
  }
  return null;
}
