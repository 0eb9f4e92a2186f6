import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ProblemError, badRequest } from './problems.js';
import { safeFileName } from './upload.js';

export interface ReceivedFile {
  field: string;
  name: string;
  path: string;
  size: number;
  sha256: string;
  /** The first KB, for the PDF header check. */
  head: Buffer;
}

export interface ReceivedUpload {
  /** The first file of each field (the single-file fields of /jobs/compare). */
  files: Map<string, ReceivedFile>;
  /** Every file of each field, in the order received (repeated fields of /jobs/compare-batch). */
  all: Map<string, ReceivedFile[]>;
  fields: Map<string, string>;
  /** Removes the temporary files (after they were moved into the store, or on error). */
  cleanup(): void;
}

/** Which fields a form accepts: file fields with how many files each, and text fields. */
export interface UploadForm {
  files: Record<string, number>;
  text: string[];
}

export const COMPARE_FORM: UploadForm = { files: { file_a: 1, file_b: 1 }, text: ['priority'] };

const quoteList = (names: string[], q = '"') => {
  const quoted = names.map((n) => `${q}${n}${q}`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
};

/**
 * Streams a multipart body to temporary files, hashing as it goes, and stops at the first file over
 * `maxBytes` (413) without buffering the body in memory. busboy does the multipart parsing: a
 * well-kept streaming parser with per-part limits, which is exactly what this needs.
 */
export function receiveUpload(req: Request, opts: { maxBytes: number; tmpDir: string; form?: UploadForm; maxTotalBytes?: number }): Promise<ReceivedUpload> {
  mkdirSync(opts.tmpDir, { recursive: true });
  const form = opts.form ?? COMPARE_FORM;
  const fileNames = Object.keys(form.files);
  const maxFiles = Object.values(form.files).reduce((a, b) => a + b, 0);
  const files = new Map<string, ReceivedFile>();
  const all = new Map<string, ReceivedFile[]>();
  const fields = new Map<string, string>();
  const paths: string[] = [];
  const outs: { source: Readable; out: WriteStream }[] = [];
  const cleanup = () => paths.forEach((p) => rmSync(p, { force: true }));
  let total = 0;
  return new Promise<ReceivedUpload>((resolve, reject) => {
    let failed: Error | null = null;
    const fail = (err: Error) => {
      if (failed) return;
      failed = err;
      // A refused upload can still have a temporary file being opened or written (the open is
      // asynchronous; busboy can refuse in the same tick the file started). Removing it before its
      // stream closed would let the pending open create it again, left behind in the upload
      // directory: stop every file stream, wait until each is closed, then remove, then answer.
      // The parts go on being read and discarded, as for any refused upload (see drainBody).
      const closed = outs.map(({ out }) => (out.closed ? Promise.resolve() : new Promise<void>((r) => out.once('close', () => r()))));
      for (const { source, out } of outs) {
        source.unpipe(out);
        source.resume();
        out.destroy();
      }
      void Promise.all(closed).then(() => {
        cleanup();
        reject(err);
      });
    };
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: Object.fromEntries(req.headers),
        defParamCharset: 'utf8', // browsers send filename="…" as raw UTF-8
        limits: { fileSize: opts.maxBytes, files: maxFiles, fields: 5, parts: maxFiles + 6, fieldSize: 1024 },
      });
    } catch (err) {
      fail(badRequest(`could not read the multipart body: ${(err as Error).message}`));
      return;
    }
    const writes: Promise<void>[] = [];
    bb.on('file', (field, stream, info) => {
      if (failed) return stream.resume();
      if (!(field in form.files)) {
        stream.resume();
        return fail(badRequest(`unexpected file field "${field}": send the PDFs as ${quoteList(fileNames)}`));
      }
      const count = all.get(field)?.length ?? 0;
      if (count >= form.files[field]!) {
        stream.resume();
        return fail(badRequest(form.files[field] === 1 ? `field "${field}" was sent twice` : `too many "${field}": at most ${form.files[field]}`));
      }
      const slot: ReceivedFile[] = all.get(field) ?? [];
      all.set(field, slot);
      const index = slot.length;
      slot.push(undefined as unknown as ReceivedFile); // keeps arrival order while the file streams
      const name = safeFileName(info.filename || `${field}.pdf`, `${field}.pdf`);
      const path = join(opts.tmpDir, `${randomUUID()}.upload`);
      paths.push(path);
      const hash = createHash('sha256');
      const headChunks: Buffer[] = [];
      let size = 0;
      const out = createWriteStream(path);
      outs.push({ source: stream, out });
      const written = new Promise<void>((res, rej) => {
        out.on('finish', () => res());
        out.on('error', rej);
      });
      written.catch(() => undefined); // awaited on success only; a refused upload already answered
      writes.push(written);
      stream.on('data', (chunk: Buffer) => {
        if (size < 1024) headChunks.push(chunk.subarray(0, 1024 - size));
        size += chunk.length;
        total += chunk.length;
        hash.update(chunk);
        // Every file within its limit can still add up to too much: the request's own limit, counted as it streams.
        if (opts.maxTotalBytes && total > opts.maxTotalBytes) {
          fail(new ProblemError(413, 'tooLarge', 'Payload too large', `the files of this request add up to more than ${opts.maxTotalBytes} bytes (BATCH_MAX_BYTES)`));
        }
      });
      stream.on('error', (e: Error) => fail(badRequest(`upload interrupted: ${e.message}`)));
      stream.on('limit', () => {
        stream.resume();
        fail(new ProblemError(413, 'tooLarge', 'Payload too large', `${field} (${name}) is larger than the limit of ${opts.maxBytes} bytes (UPLOAD_MAX_BYTES)`));
      });
      stream.pipe(out);
      stream.on('end', () => {
        const received = { field, name, path, size, sha256: hash.digest('hex'), head: Buffer.concat(headChunks) };
        slot[index] = received;
        if (index === 0) files.set(field, received);
      });
    });
    bb.on('field', (field, value) => {
      if (failed) return;
      if (field in form.files) return fail(badRequest(`field "${field}" must be a file upload, not a text value`));
      if (!form.text.includes(field)) return fail(badRequest(`unexpected field "${field}": accepted fields are ${quoteList([...fileNames, ...form.text], '')}`));
      fields.set(field, value);
    });
    bb.on('partsLimit', () => fail(badRequest('too many parts in the multipart body')));
    bb.on('filesLimit', () => fail(badRequest(`too many files: send at most ${maxFiles} PDFs as ${quoteList(fileNames)}`)));
    bb.on('fieldsLimit', () => fail(badRequest('too many fields in the multipart body')));
    bb.on('error', (err: Error) => fail(badRequest(`could not read the multipart body: ${err.message}`)));
    bb.on('close', () => {
      if (failed) return;
      Promise.all(writes).then(
        () => resolve({ files, all, fields, cleanup }),
        (err: Error) => fail(err),
      );
    });
    if (!req.body) return fail(badRequest('the request has no body'));
    Readable.fromWeb(req.body as unknown as WebReadableStream).on('error', (e) => fail(badRequest(`upload interrupted: ${e.message}`))).pipe(bb);
  });
}

/**
 * Reads and discards a request body (up to `maxBytes`) before answering early with an error: a
 * client still sending its upload would otherwise see the connection reset (EPIPE) instead of the
 * answer.
 */
export async function drainBody(req: Request, maxBytes: number): Promise<void> {
  if (!req.body || req.bodyUsed) return;
  let seen = 0;
  const reader = req.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      seen += value.byteLength;
      if (seen > maxBytes) return void (await reader.cancel());
    }
  } catch {
    /* the client went away: nothing to answer */
  }
}
