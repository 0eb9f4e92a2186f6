import { describe, expect, it } from 'vitest';
import { parseBenchArgs, UsageError } from './cli-options.js';

describe('parseBenchArgs', () => {
  it('defaults to the full run, which rewrites the docs', () => {
    expect(parseBenchArgs([])).toEqual({ pairs: 200, seed: 1, real: true, json: null, doc: true, corpus: null });
  });

  it('reads every option, in both spellings', () => {
    expect(parseBenchArgs(['--pairs', '40', '--seed=7', '--no-real', '--json', '/tmp/f.json', '--corpus=/c'])).toEqual({ pairs: 40, seed: 7, real: false, json: '/tmp/f.json', doc: false, corpus: '/c' });
    expect(parseBenchArgs(['--pairs', '20', '--doc']).doc).toBe(true);
    expect(parseBenchArgs(['--no-doc']).doc).toBe(false);
  });

  it('rejects unknown options and bad numbers', () => {
    expect(() => parseBenchArgs(['--pair', '3'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--pairs', '-3'])).toThrow(/non-negative integer/);
    expect(() => parseBenchArgs(['--json'])).toThrow(/needs a value/);
  });
});
