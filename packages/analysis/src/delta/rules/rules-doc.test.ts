import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry.js';
import { renderRulesDoc } from './rules-doc.js';

const committed = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..', 'docs', 'delta-rules.md');

describe('docs/delta-rules.md', () => {
  it('lists every rule of the registry, in order, with its examples', () => {
    const doc = renderRulesDoc();
    let at = 0;
    for (const rule of RULES) {
      const next = doc.indexOf(`### \`${rule.id}\``, at);
      expect(next, rule.id).toBeGreaterThan(at);
      at = next;
    }
    expect(doc).toContain('Fires on:');
    expect(doc).toContain('Does not fire on:');
  });

  it('is what the registry says (run `npm run docs:rules` after changing a rule)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(renderRulesDoc());
  });
});
