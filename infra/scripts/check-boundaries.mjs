// Import boundaries, checked rather than hoped for (see ../shared STYLE: "Import boundaries are checked").
// Each package may import only the workspace packages listed for it; a service never imports another
// service; and there are no import cycles between workspace packages. Plain Node, no dependencies.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './bootstrap.mjs';

const ALLOWED = {
  '@policydiff/contracts': [],
  '@policydiff/platform': [],
  '@policydiff/analysis': ['@policydiff/contracts', '@policydiff/testkit'],
  '@policydiff/store': ['@policydiff/contracts'],
  '@policydiff/streams': ['@policydiff/contracts', '@policydiff/testkit'],
  '@policydiff/testkit': [],
  '@policydiff/pipeline': ['@policydiff/contracts', '@policydiff/platform', '@policydiff/store', '@policydiff/streams', '@policydiff/analysis'],
  '@policydiff/cli': ['@policydiff/contracts', '@policydiff/analysis', '@policydiff/platform'],
};
const SERVICE_ALLOWED = ['@policydiff/contracts', '@policydiff/platform', '@policydiff/store', '@policydiff/streams', '@policydiff/pipeline', '@policydiff/testkit'];
// Pure analysis must not do I/O: these modules are not imported anywhere in packages/analysis/src (bench excepted).
const ANALYSIS_FORBIDDEN = ['node:fs', 'fs', 'node:net', 'node:http', 'ioredis', 'better-sqlite3', 'node:child_process'];

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|tsx|mts)$/.test(name)) out.push(p);
  }
  return out;
}

const importsOf = (src) => [...src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
const errors = [];
const graph = new Map();
for (const group of ['packages', 'services']) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name);
    const pkgPath = join(dir, 'package.json');
    if (!existsSync(pkgPath) || !existsSync(join(dir, 'src'))) continue;
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')).name;
    const allowed = group === 'services' ? SERVICE_ALLOWED : ALLOWED[pkg];
    const deps = new Set();
    for (const file of files(join(dir, 'src'))) {
      const rel = relative(root, file);
      const isTest = /\.test\.tsx?$/.test(file) || /test-fixtures|synthetic-items/.test(file);
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('@policydiff/')) {
          const target = spec.split('/').slice(0, 2).join('/');
          if (target === pkg) continue;
          deps.add(target);
          if (allowed && !allowed.includes(target) && !(isTest && target === '@policydiff/testkit')) {
            errors.push(`${rel}: ${pkg} may not import ${target}`);
          }
          if (group === 'services' && /^@policydiff\/(gateway|notifier|delivery|stage-|web)/.test(target)) {
            errors.push(`${rel}: a service never imports another service (${target})`);
          }
        }
        if (pkg === '@policydiff/analysis' && !rel.includes('/bench/') && !isTest && ANALYSIS_FORBIDDEN.includes(spec)) {
          errors.push(`${rel}: packages/analysis is pure and may not import ${spec}`);
        }
      }
    }
    graph.set(pkg, deps);
  }
}
// Cycles between workspace packages (production imports).
const state = new Map();
const visit = (n, path) => {
  if (state.get(n) === 1) return errors.push(`import cycle: ${[...path, n].join(' → ')}`);
  if (state.get(n) === 2) return;
  state.set(n, 1);
  for (const d of graph.get(n) ?? []) if (d !== '@policydiff/testkit') visit(d, [...path, n]);
  state.set(n, 2);
};
for (const n of graph.keys()) visit(n, []);

if (errors.length) {
  console.error(`import boundaries: ${errors.length} violation(s)\n${errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
console.log(`import boundaries: ${graph.size} packages checked, no violations`);
