import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runReal } from './run-real.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function corpus(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policydiff-run-real-'));
  dirs.push(dir);
  await mkdir(join(dir, 'real'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const MANIFEST = '| pair | files | kind |\n|---|---|---|\n| S9 | #17 `a.pdf` vs #18 `b.pdf` | renewal |\n';
const LABELS = JSON.stringify({
  pairs: { S9: { label_scope: 'complete (all material changes)' }, S6: { label_scope: 'top 35' } },
  changes: [
    { pair: 'S9', id: 'S9-01', direction: 'broader', materiality: 'high', cosmetic: false },
    { pair: 'S6', id: 'S6-01', direction: 'narrower', materiality: 'low', cosmetic: false },
  ],
});

describe('runReal', () => {
  it('skips cleanly, with a reason, when the corpus is absent', async () => {
    const run = await runReal(join(tmpdir(), 'policydiff-no-such-corpus'), 'score.py', () => {});
    expect(run).toMatchObject({ pairs: [], labelled: [] });
    expect(run.skipped).toMatch(/real corpus not found/);
  });

  it('lists every labelled pair from labels.json, each with why it was not scored', async () => {
    const dir = await corpus({ 'MANIFEST.md': MANIFEST, 'labels.json': LABELS });
    const run = await runReal(dir, join(dir, 'no-scorer.py'), () => {});
    expect(run.skipped).toBeNull();
    expect(run.pairs.map((p) => [p.pair.id, p.skipped?.startsWith('missing')])).toEqual([['S9', true]]);
    expect(run.labelled.map((l) => [l.pair, l.complete, l.error])).toEqual([
      ['S9', true, 'the comparison did not run'],
      ['S6', false, 'not in MANIFEST.md'],
    ]);
  });

  it('notes when there are no labels, and scores no pair against them', async () => {
    const dir = await corpus({ 'MANIFEST.md': MANIFEST });
    const run = await runReal(dir, 'score.py', () => {});
    expect(run.labelled).toEqual([]);
    expect(run.labelsNote).toMatch(/labels not found/);
  });
});
