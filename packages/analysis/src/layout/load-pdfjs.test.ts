import { describe, expect, it } from 'vitest';
import { loadPdfjs, withNativeBuiltins } from './load-pdfjs.js';

const isNative = (fn: unknown) => Function.prototype.toString.call(fn).includes('[native code]');

describe('loadPdfjs', () => {
  it('leaves JSON and Array.prototype.push native after pdfjs and its worker module load', async () => {
    const pdfjs = await loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect((globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBeTruthy();
    // Function.prototype.toString is restored too, so this sees through core-js's disguise.
    expect(isNative(Function.prototype.toString)).toBe(true);
    expect(isNative(JSON.stringify)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
    expect(isNative(Array.prototype.push)).toBe(true);
    // core-js's stringify honours JSON.rawJSON (which it also installs); Node 20's native one does not.
    const rawJSON = (JSON as unknown as { rawJSON?: (s: string) => unknown }).rawJSON;
    if (rawJSON) expect(JSON.stringify({ n: rawJSON('1e1000') })).not.toBe('{"n":1e1000}');
  });

  it('puts back whatever the loader replaced, and only that', async () => {
    const stringify = JSON.stringify;
    const push = Array.prototype.push;
    const { value, restored } = await withNativeBuiltins(async () => {
      JSON.stringify = () => 'wrapped';
      Object.defineProperty(Array.prototype, 'push', { value: () => 0, writable: true, configurable: true });
      return 42;
    });
    expect(value).toBe(42);
    expect(restored.sort()).toEqual(['Array.prototype.push', 'JSON.stringify']);
    expect(JSON.stringify).toBe(stringify);
    expect(Array.prototype.push).toBe(push);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')!.enumerable).toBe(false);
  });

  it('restores the builtins when the load fails', async () => {
    const parse = JSON.parse;
    await expect(
      withNativeBuiltins(async () => {
        JSON.parse = () => null;
        throw new Error('broken module');
      }),
    ).rejects.toThrow('broken module');
    expect(JSON.parse).toBe(parse);
  });
});
