import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CONTENT_OPERATORS, KNOWN_COMMANDS } from './pdf-content-operators.js';

/** EvaluatorPreprocessor.opMap as written in the pdfjs build installed: name → [numArgs, variableArgs] or null. */
function pdfjsOperatorTable(): Map<string, [number, boolean] | null> {
  const source = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');
  const start = source.indexOf('static get opMap()');
  const body = source.slice(start, source.indexOf('}));', start));
  const table = new Map<string, [number, boolean] | null>();
  const entry = /^\s+("[^"]+"|'[^']+'|[A-Za-z0-9]+): (null|\{\s*id: OPS\.\w+,\s*numArgs: (\d+),\s*variableArgs: (true|false)\s*\})/gm;
  for (const m of body.matchAll(entry)) {
    const name = /^["']/.test(m[1]!) ? m[1]!.slice(1, -1) : m[1]!;
    table.set(name, m[2] === 'null' ? null : [Number(m[3]), m[4] === 'true']);
  }
  return table;
}

describe('CONTENT_OPERATORS', () => {
  it('is the operator table of the pdfjs build installed (a new operator or operand count there must be copied here)', () => {
    const theirs = pdfjsOperatorTable();
    expect(theirs.size).toBeGreaterThan(80);
    const ours = new Map<string, [number, boolean] | null>([...KNOWN_COMMANDS].map((name) => {
      const spec = CONTENT_OPERATORS.get(name);
      return [name, spec ? [spec.numArgs, spec.variableArgs] : null];
    }));
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(theirs));
  });
});
