import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** PDFs live as files named by their sha256; the database keeps only their path. */
export class BlobFiles {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  pathOf(sha256: string): string {
    return join(this.dir, `${sha256}.pdf`);
  }

  /** Writes to a temp file, then renames: readers never see half a file. */
  write(sha256: string, bytes: Uint8Array): string {
    const path = this.pathOf(sha256);
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
    return path;
  }

  /** Moves an uploaded temp file into place (copying when it is on another filesystem). */
  adopt(sha256: string, tmpPath: string): string {
    const path = this.pathOf(sha256);
    try {
      renameSync(tmpPath, path);
    } catch {
      copyFileSync(tmpPath, path);
    }
    return path;
  }

  remove(path: string): void {
    rmSync(path, { force: true });
  }
}
