/** The command line of `npm run bench:accuracy`. */

export interface BenchOptions {
  pairs: number;
  seed: number;
  real: boolean;
  /** Write machine-readable figures here. */
  json: string | null;
  /** Rewrite the Accuracy section of docs/benchmarks.md: by default only for a full run (≥ 200 pairs and the real corpus). */
  doc: boolean;
  /** The shared corpus folder (holds MANIFEST.md or real/MANIFEST.md, and real/*.pdf). */
  corpus: string | null;
}

export const USAGE = `usage: node packages/analysis/dist/bench/accuracy-main.js [options]
  --pairs N        generated pairs to score (default 200; 0 skips them)
  --seed S         seed of the pair plan (default 1)
  --no-real        skip the real corpus
  --json FILE      write the figures as JSON
  --doc | --no-doc rewrite docs/benchmarks.md "## Accuracy" (default: only for a full run)
  --corpus DIR     shared corpus folder (default ../shared/corpus beside the repository)`;

export class UsageError extends Error {}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { pairs: 200, seed: 1, real: true, json: null, doc: false, corpus: null };
  let doc: boolean | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    const integer = (): number => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError(`${name} needs a non-negative integer, got "${v}"`);
      return Number(v);
    };
    switch (name) {
      case '--pairs':
        options.pairs = integer();
        break;
      case '--seed':
        options.seed = integer();
        break;
      case '--no-real':
        options.real = false;
        break;
      case '--json':
        options.json = value();
        break;
      case '--doc':
        doc = true;
        break;
      case '--no-doc':
        doc = false;
        break;
      case '--corpus':
        options.corpus = value();
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  options.doc = doc ?? (options.pairs >= 200 && options.real);
  return options;
}
