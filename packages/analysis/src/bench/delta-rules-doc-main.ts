/**
 * `npm run docs:rules`: rewrites docs/delta-rules.md from the rule registry
 * (packages/analysis/src/delta/rules/registry.ts).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../delta/rules/rules-doc.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'docs', 'delta-rules.md');
writeFileSync(target, renderRulesDoc());
process.stdout.write(`wrote ${target}\n`);
