// Finding and installing Debian's Chromium for the browser tests (e2e/src/browser.test.ts). Plain Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** The Chromium binary to drive with playwright-core: CHROMIUM_PATH when set, else Debian's. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Installs Debian's `chromium` package when it is missing and we are root with apt-get; returns its
 * path. Otherwise throws an error that says exactly what to run (exitCode 2, like redis.mjs).
 * `log` is the caller's line logger (bootstrap.mjs `log`), defaulting to stdout.
 */
export function ensureChromiumInstalled(log = (m) => process.stdout.write(`[policydiff] ${m}\n`)) {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    log('chromium is not installed: installing Debian package chromium (apt-get) for the browser tests');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'], {
      stdio: 'inherit',
      env,
    });
    const installed = findChromium();
    if (r.status === 0 && installed) return installed;
  }
  const how = hasApt ? 'sudo apt-get install -y chromium' : 'install Chromium and set CHROMIUM_PATH to its binary';
  const err = new Error(`the browser tests need Chromium, which is not installed.\nRun: ${how}`);
  err.exitCode = 2;
  throw err;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromiumInstalled());
  } catch (e) {
    console.error(`[policydiff] ${e.message}`);
    process.exit(e.exitCode ?? 1);
  }
}
