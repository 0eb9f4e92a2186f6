/**
 * Loads pdfjs-dist's legacy build (the one that runs on Node 20) without letting it slow down the
 * rest of the thread.
 *
 * The legacy build bundles core-js polyfills, and importing it (and its worker module) replaces
 * native builtins with JavaScript wrappers: `JSON.stringify` and `JSON.parse` (for the
 * JSON-parse-with-source proposal), `Array.prototype.push` (for an array-length edge case) and
 * `Function.prototype.toString`. Node 20 implements everything pdfjs needs from them natively, but
 * the wrappers stay installed for the whole thread: JSON.stringify became ~20× slower (a 50-page
 * layout artifact took 55 ms instead of 3 ms to serialise) and every `push` in the analysis went
 * through JavaScript. So the natives are saved before the import and put back after it.
 */
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type Pdfjs = typeof PdfjsModule;

/** The builtins the bundled core-js is known to replace, as [owner, property]. */
const PROTECTED_BUILTINS: [object, PropertyKey][] = [
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Array.prototype, 'push'],
  [Function.prototype, 'toString'],
];

/**
 * Runs `load` and then restores every protected builtin it replaced. Returns the names of the
 * builtins that had been replaced (for tests and diagnostics).
 */
export async function withNativeBuiltins<T>(load: () => Promise<T>): Promise<{ value: T; restored: string[] }> {
  const saved = PROTECTED_BUILTINS.map(([owner, key]) => ({ owner, key, descriptor: Object.getOwnPropertyDescriptor(owner, key)! }));
  try {
    const value = await load();
    return { value, restored: restoreBuiltins(saved) };
  } catch (error) {
    restoreBuiltins(saved);
    throw error;
  }
}

function restoreBuiltins(saved: { owner: object; key: PropertyKey; descriptor: PropertyDescriptor }[]): string[] {
  const replaced = saved.filter(({ owner, key, descriptor }) => Object.getOwnPropertyDescriptor(owner, key)?.value !== descriptor.value);
  // All of them before anything else runs here: a replaced `push` must not be called.
  for (const { owner, key, descriptor } of replaced) Object.defineProperty(owner, key, descriptor);
  return replaced.map(({ owner, key }) => `${owner === JSON ? 'JSON' : owner === Array.prototype ? 'Array.prototype' : 'Function.prototype'}.${String(key)}`);
}

let loading: Promise<Pdfjs> | null = null;

/**
 * pdfjs and its worker module (which pdfjs would otherwise import itself on the first document,
 * re-installing the wrappers), loaded once per thread with the natives restored.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  return (loading ??= withNativeBuiltins(async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The fake worker (pdfjs in Node runs its "worker" on this thread) takes its handler from
    // here instead of importing the module later.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import(
      // @ts-expect-error -- the worker module ships without type declarations
      'pdfjs-dist/legacy/build/pdf.worker.mjs'
    );
    return pdfjs;
  }).then((r) => r.value));
}
