import { basename } from 'node:path';
import type { ReceivedFile } from './multipart-upload.js';
import { ProblemError, badRequest } from './problems.js';

/**
 * A safe display name for an uploaded file: no directories (`../../etc/passwd.pdf` → `passwd.pdf`),
 * no control characters, at most 200 characters. Unicode letters are kept.
 */
export function safeFileName(raw: string, fallback: string): string {
  const base = basename(raw.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .normalize('NFC');
  const name = base.slice(0, 200);
  return name.length ? name : fallback;
}

/** What a non-PDF starts with, in words, for the error message. */
function describeStart(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 16));
  if (head[0] === 0x4d && head[1] === 0x5a) return 'it is a Windows executable (starts with "MZ")';
  const text = head.toString('latin1').toLowerCase();
  if (text.includes('<!doctype') || text.includes('<html')) return 'it is an HTML page';
  if (head[0] === 0x50 && head[1] === 0x4b) return 'it is a ZIP archive (or a Word/Excel file)';
  if (head[0] === 0x89 && text.slice(1, 4) === 'png') return 'it is a PNG image';
  if (head[0] === 0xff && head[1] === 0xd8) return 'it is a JPEG image';
  const printable = head.toString('latin1').replace(/[^\x20-\x7e]/g, '.');
  return `it starts with "${printable}" instead of "%PDF-"`;
}

/**
 * The cheap checks the gateway can make before queuing: present, not empty, and starting with a
 * PDF header (within the first 1 KB, as PDF readers allow). Size was limited while streaming.
 */
export function checkPdfFile(field: string, file: ReceivedFile | undefined, received: string[]): ReceivedFile {
  if (!file) {
    throw badRequest(
      `missing field "${field}": send two PDFs as multipart/form-data fields "file_a" and "file_b"` +
        (received.length ? ` (received fields: ${received.map((k) => `"${k}"`).join(', ')})` : ''),
    );
  }
  if (file.size === 0) throw new ProblemError(400, 'emptyFile', 'Empty file', `${field} (${file.name}) is empty (0 bytes)`);
  if (!file.head.toString('latin1').includes('%PDF-')) {
    throw new ProblemError(415, 'notPdf', 'Not a PDF', `${field} (${file.name}) is not a PDF: ${describeStart(file.head)}`);
  }
  return file;
}
