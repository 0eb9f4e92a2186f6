/**
 * The standard security handler (ISO 32000-2 §7.6.4) as pdfjs applies it when no password is
 * given: only a document whose user password is empty opens (many real wordings are "secured"
 * that way, to restrict printing or copying), and only such a document has streams pdfjs will
 * decode. Its streams are decrypted here so that what they inflate to can be measured; a
 * document that needs a password is refused by pdfjs before any stream is read.
 */
import { createCipheriv, createDecipheriv, createHash, type Decipher } from 'node:crypto';
import type { ChunkDecoder } from './pdf-stream-filters.js';
import { bytesOf, dictOf, nameOf, numberOf, type PdfDict } from './pdf-syntax.js';

/** Padding of an empty password (Algorithm 2, step a). */
const PASSWORD_PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

type StreamCipher = { kind: 'none' } | { kind: 'rc4' } | { kind: 'aes128' } | { kind: 'aes256' };

export interface StreamDecryption {
  /** A decoder that decrypts the data of object `num gen`; null when its streams are not encrypted. */
  forObject(num: number, gen: number): ChunkDecoder | null;
}

const md5 = (...parts: Uint8Array[]) => {
  const hash = createHash('md5');
  for (const p of parts) hash.update(p);
  return new Uint8Array(hash.digest());
};

class Rc4Decoder implements ChunkDecoder {
  private readonly s = new Uint8Array(256);
  private i = 0;
  private j = 0;

  constructor(key: Uint8Array) {
    for (let i = 0; i < 256; i++) this.s[i] = i;
    for (let i = 0, j = 0; i < 256; i++) {
      j = (j + this.s[i]! + key[i % key.length]!) & 0xff;
      [this.s[i], this.s[j]] = [this.s[j]!, this.s[i]!];
    }
  }

  write(chunk: Uint8Array, emit: (piece: Uint8Array) => void): void {
    const out = new Uint8Array(chunk.length);
    const s = this.s;
    for (let k = 0; k < chunk.length; k++) {
      this.i = (this.i + 1) & 0xff;
      this.j = (this.j + s[this.i]!) & 0xff;
      const t = s[this.i]!;
      s[this.i] = s[this.j]!;
      s[this.j] = t;
      out[k] = chunk[k]! ^ s[(s[this.i]! + s[this.j]!) & 0xff]!;
    }
    emit(out);
  }

  end(): void {}
}

/** AES-CBC with the initialisation vector in the data's first 16 bytes (§7.6.3). */
class AesCbcDecoder implements ChunkDecoder {
  private iv = new Uint8Array(0);
  private decipher: Decipher | null = null;

  constructor(private readonly key: Uint8Array) {}

  write(chunk: Uint8Array, emit: (piece: Uint8Array) => void): void {
    let rest = chunk;
    if (!this.decipher) {
      const need = 16 - this.iv.length;
      this.iv = Buffer.concat([this.iv, rest.subarray(0, need)]);
      rest = rest.subarray(need);
      if (this.iv.length < 16) return;
      this.decipher = createDecipheriv(this.key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', this.key, this.iv);
    }
    if (rest.length > 0) emit(new Uint8Array(this.decipher.update(rest)));
  }

  end(emit: (piece: Uint8Array) => void): void {
    try {
      if (this.decipher) emit(new Uint8Array(this.decipher.final()));
    } catch {
      // Bad padding at the very end: what was decrypted stands (pdfjs keeps it too).
    }
  }
}

/** Algorithm 2.B (PDF 2.0, revision 6) for an empty password. */
function hashR6(input: Uint8Array, userBytes: Uint8Array): Uint8Array {
  let k = new Uint8Array(createHash('sha256').update(input).digest());
  let e = new Uint8Array(0);
  for (let round = 0; round < 64 || e[e.length - 1]! > round - 32; round++) {
    const combined = Buffer.concat([k, userBytes]);
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    e = new Uint8Array(Buffer.concat([cipher.update(Buffer.concat(Array.from({ length: 64 }, () => combined))), cipher.final()]));
    const remainder = e.subarray(0, 16).reduce((sum, b) => sum + b, 0) % 3;
    k = new Uint8Array(createHash(remainder === 0 ? 'sha256' : remainder === 1 ? 'sha384' : 'sha512').update(e).digest());
  }
  return k.subarray(0, 32);
}

/** The file key for an empty user password; null when the document needs a password (pdfjs refuses it). */
function fileKey(encrypt: PdfDict, fileId: Uint8Array, version: number, keyBytes: number): Uint8Array | null {
  const o = bytesOf(encrypt.get('O')) ?? new Uint8Array(0);
  const u = bytesOf(encrypt.get('U')) ?? new Uint8Array(0);
  const revision = numberOf(encrypt.get('R')) ?? 0;
  if (version === 5) {
    const hash = (input: Uint8Array) => (revision === 6 ? hashR6(input, new Uint8Array(0)) : new Uint8Array(createHash('sha256').update(input).digest()));
    if (!Buffer.from(hash(u.subarray(32, 40))).equals(u.subarray(0, 32))) return null;
    const ue = bytesOf(encrypt.get('UE')) ?? new Uint8Array(0);
    const decipher = createDecipheriv('aes-256-cbc', hash(u.subarray(40, 48)), new Uint8Array(16)).setAutoPadding(false);
    return new Uint8Array(Buffer.concat([decipher.update(ue), decipher.final()]));
  }
  // Algorithm 2. The user password is not checked against /U: with a wrong key pdfjs refuses the
  // document (PasswordException), so what the streams would inflate to does not matter.
  const p = (numberOf(encrypt.get('P')) ?? 0) | 0;
  const encryptMetadata = version === 4 && encrypt.get('EncryptMetadata') !== false;
  const parts = [PASSWORD_PADDING, o.subarray(0, 32), Uint8Array.of(p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff), fileId];
  if (revision >= 4 && !encryptMetadata) parts.push(Uint8Array.of(0xff, 0xff, 0xff, 0xff));
  let hash = md5(...parts);
  if (revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, keyBytes));
  const key = hash.subarray(0, keyBytes);
  if (version === 4 && key.length < 16) {
    // pdfjs widens a short key for crypt filters; the object keys must match its own.
    const wide = new Uint8Array(16);
    wide.set(key);
    return wide;
  }
  return key;
}

function streamCipher(encrypt: PdfDict, version: number): StreamCipher {
  if (version < 4) return { kind: 'rc4' };
  const filterName = nameOf(encrypt.get('StmF')) ?? 'Identity';
  if (filterName === 'Identity') return { kind: 'none' };
  const method = nameOf(dictOf(dictOf(encrypt.get('CF'))?.get(filterName))?.get('CFM'));
  if (method === 'V2') return { kind: 'rc4' };
  if (method === 'AESV2') return { kind: 'aes128' };
  if (method === 'AESV3') return { kind: 'aes256' };
  return { kind: 'none' };
}

/**
 * How to decrypt the streams of a document encrypted with `encrypt` (its /Encrypt dictionary) and
 * first file identifier `fileId`; null when pdfjs could not open it without a password, or uses
 * a handler other than the standard one (pdfjs refuses those too).
 */
export function standardDecryption(encrypt: PdfDict, fileId: Uint8Array): StreamDecryption | null {
  if (nameOf(encrypt.get('Filter')) !== 'Standard') return null;
  const version = numberOf(encrypt.get('V')) ?? 0;
  if (![1, 2, 4, 5].includes(version)) return null;
  let keyLength = numberOf(encrypt.get('Length'));
  if (!keyLength) {
    if (version < 4) keyLength = 40;
    else {
      const stmf = nameOf(encrypt.get('StmF'));
      keyLength = (stmf ? numberOf(dictOf(dictOf(encrypt.get('CF'))?.get(stmf))?.get('Length')) : undefined) ?? 128;
      if (keyLength < 40) keyLength *= 8;
    }
  }
  if (!Number.isInteger(keyLength) || keyLength < 40 || keyLength % 8 !== 0) return null;
  const key = fileKey(encrypt, fileId, version, keyLength / 8);
  if (!key) return null;
  const cipher = streamCipher(encrypt, version);
  const objectKey = (num: number, gen: number, aes: boolean) => {
    const salt = aes ? [Uint8Array.of(0x73, 0x41, 0x6c, 0x54)] : [];
    const hash = md5(key, Uint8Array.of(num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff), ...salt);
    return hash.subarray(0, Math.min(key.length + 5, 16));
  };
  return {
    forObject(num, gen) {
      switch (cipher.kind) {
        case 'none':
          return null;
        case 'rc4':
          return new Rc4Decoder(objectKey(num, gen, false));
        case 'aes128':
          return new AesCbcDecoder(objectKey(num, gen, true));
        case 'aes256':
          return new AesCbcDecoder(key);
      }
    },
  };
}
