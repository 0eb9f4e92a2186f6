import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { comparePdfs } from '@policydiff/analysis';
import { EXIT, type CliIo } from '../cli-io.js';
import { writeResult, type ResultFormat } from '../result-output.js';

/** `policydiff compare --local`: the whole analysis in this process — no Redis, no store, no server. */
export async function compareLocal(fileA: string, fileB: string, format: ResultFormat, io: CliIo): Promise<number> {
  const [a, b] = await Promise.all([readFile(fileA), readFile(fileB)]);
  const sha = (buf: Uint8Array) => createHash('sha256').update(buf).digest('hex');
  const t0 = performance.now();
  io.err(`analysing ${basename(fileA)} and ${basename(fileB)} in this process…\n`);
  try {
    const result = await comparePdfs(new Uint8Array(a), new Uint8Array(b), {
      a: { fileName: basename(fileA), sha256: sha(a) },
      b: { fileName: basename(fileB), sha256: sha(b) },
    });
    io.err(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    await writeResult(io, result, format);
    return EXIT.ok;
  } catch (err) {
    io.err(`comparison failed: ${(err as Error).message}\n`);
    return EXIT.failed;
  }
}
