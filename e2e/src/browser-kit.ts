/** What both browser suites need: Debian's Chromium and a real drag-and-drop of a file. */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Debian's Chromium, installed by infra/scripts/lib/chromium.mjs when missing. */
export async function chromiumPath(tag: string): Promise<string> {
  const lib = (await import(pathToFileURL(join(root, 'infra', 'scripts', 'lib', 'chromium.mjs')).href)) as {
    ensureChromiumInstalled(log?: (m: string) => void): string;
  };
  return lib.ensureChromiumInstalled((m) => process.stderr.write(`[${tag}] ${m}\n`));
}

/** Drops a file on an element the way a user's drag does: dragenter, dragover, drop with a DataTransfer. */
export async function dropFile(p: Page, selector: string, name: string, bytes: Uint8Array, type = 'application/pdf'): Promise<void> {
  const dataTransfer = await p.evaluateHandle(
    ({ name, b64, type }) => {
      const bin = atob(b64);
      const buf = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) buf[i] = bin.charCodeAt(i);
      // Runs in the page: DataTransfer is a browser global (this package compiles without the DOM lib).
      const { DataTransfer: DT } = globalThis as unknown as { DataTransfer: new () => { items: { add(f: File): void } } };
      const dt = new DT();
      dt.items.add(new File([buf], name, { type }));
      return dt;
    },
    { name, b64: Buffer.from(bytes).toString('base64'), type },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await p.dispatchEvent(selector, type, { dataTransfer });
  await dataTransfer.dispose();
}
