// Bootstrap for a fresh clone with only Node 20: a pinned pnpm (installed with npm into .tools/,
// because corepack's signature check fails on some registries/mirrors), the workspace install,
// and the turbo build. Plain Node, no dependencies: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const pnpmVersion = pkg.packageManager.split('@')[1];
const toolsDir = join(root, '.tools');
const pnpmBin = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');

export function log(msg) {
  process.stdout.write(`[policydiff] ${msg}\n`);
}

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const err = new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
    err.exitCode = r.status ?? 1;
    throw err;
  }
}

export function ensurePnpm() {
  if (existsSync(pnpmBin)) {
    const v = spawnSync(process.execPath, [pnpmBin, '--version'], { encoding: 'utf8' }).stdout.trim();
    if (v === pnpmVersion && existsSync(join(toolsDir, 'node_modules', '.bin', 'node-gyp'))) return pnpmBin;
  }
  log(`installing pnpm ${pnpmVersion} into .tools/ (npm)`);
  mkdirSync(toolsDir, { recursive: true });
  // node-gyp too: pnpm does not bundle it, and better-sqlite3 compiles from source when its
  // prebuilt binary cannot be downloaded (no access to GitHub here).
  run('npm', ['install', '--prefix', toolsDir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pnpmVersion}`, 'node-gyp@11.5.0']);
  return pnpmBin;
}

/** Environment for pnpm and the build scripts it runs: node-gyp on PATH, Node's headers when local. */
export function toolEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  env.PATH = `${join(toolsDir, 'node_modules', '.bin')}:${join(root, 'node_modules', '.bin')}:${env.PATH ?? ''}`;
  const headers = join(dirname(dirname(process.execPath)), 'include', 'node', 'node.h');
  if (!env.npm_config_nodedir && existsSync(headers)) env.npm_config_nodedir = dirname(dirname(process.execPath));
  return env;
}

export function pnpm(args, opts = {}) {
  run(process.execPath, [ensurePnpm(), ...args], { ...opts, env: toolEnv(opts.env) });
}

export function install() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : ['--no-frozen-lockfile'];
  if (existsSync(marker) && process.env.POLICYDIFF_SKIP_INSTALL === '1') return;
  log('installing dependencies (pnpm install)');
  pnpm(['install', ...frozen, '--reporter=append-only'], { env: { npm_config_update_notifier: 'false' } });
}

export function build() {
  log('building (turbo run build)');
  pnpm(['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    install();
    if (process.argv.includes('--build')) build();
  } catch (e) {
    console.error(`[policydiff] ${e.message}`);
    process.exit(e.exitCode ?? 1);
  }
}
