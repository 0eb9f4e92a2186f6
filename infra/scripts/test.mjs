// `npm test`: install what is missing, build, then run every suite — unit and integration tests
// of each package, then the end-to-end suites (real processes, private Redis) — and print totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, install, log, root, toolEnv } from './bootstrap.mjs';
import { ensureChromiumInstalled } from './lib/chromium.mjs';
import { ensureRedisServerInstalled } from './lib/redis.mjs';

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const outDir = join(root, '.data', 'test-results');

function suites() {
  const dirs = [];
  for (const group of ['packages', 'services']) {
    for (const name of readdirSync(join(root, group)).sort()) {
      const dir = join(root, group, name);
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test) dirs.push(dir);
    }
  }
  dirs.push(join(root, 'e2e'));
  return dirs;
}

function main() {
  install();
  build();
  // Import boundaries first: a cheap check that fails fast.
  const boundaries = spawnSync(process.execPath, [join(root, 'infra', 'scripts', 'check-boundaries.mjs')], { stdio: 'inherit' });
  if (boundaries.status !== 0) process.exit(1);
  // Integration and e2e tests start their own redis-server (or a container when Docker answers).
  ensureRedisServerInstalled(log);
  // The web app's browser tests drive Debian's Chromium (installed with apt-get when missing and root).
  ensureChromiumInstalled(log);
  mkdirSync(outDir, { recursive: true });
  const only = process.argv.slice(2);
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failedSuites = [];
  for (const dir of suites()) {
    const name = dir.slice(root.length + 1);
    if (only.length && !only.some((o) => name.includes(o))) continue;
    log(`testing ${name}`);
    const report = join(outDir, `${name.replace(/\//g, '_')}.json`);
    const r = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`], {
      cwd: dir,
      stdio: 'inherit',
      env: toolEnv({ FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }),
    });
    if (existsSync(report)) {
      const j = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed += j.numPassedTests ?? 0;
      totals.failed += j.numFailedTests ?? 0;
      totals.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
    }
    if (r.status !== 0) failedSuites.push(name);
  }
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  if (failedSuites.length) {
    console.log(`failing suites: ${failedSuites.join(', ')}`);
    process.exit(1);
  }
  if (totals.passed === 0) {
    console.log('no test ran');
    process.exit(1);
  }
}

try {
  main();
} catch (e) {
  console.error(`[policydiff] ${e.message}`);
  process.exit(e.exitCode ?? 1);
}
