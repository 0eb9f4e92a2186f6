import { describe, expect, it } from 'vitest';
import { checkFile, checkFileShallow } from './file-check';

const file = (name: string, bytes: string, type = 'application/pdf') => new File([bytes], name, { type });

describe('file checks before upload', () => {
  it('accepts a PDF', async () => {
    expect(await checkFile(file('policy.pdf', '%PDF-1.7\n...'))).toEqual({ ok: true });
  });

  it('refuses other types, empty and oversize files with a clear reason', async () => {
    const word = await checkFile(file('policy.docx', 'PK..', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
    expect(word).toMatchObject({ ok: false });
    expect(!word.ok && word.reason).toContain('is not a PDF');
    expect(checkFileShallow({ name: 'x.pdf', size: 0, type: 'application/pdf' })).toMatchObject({ ok: false });
    const big = checkFileShallow({ name: 'big.pdf', size: 60 * 1024 * 1024, type: 'application/pdf' });
    expect(!big.ok && big.reason).toBe('“big.pdf” is 60.0 MB; the limit is 50.0 MB.');
  });

  it('refuses a file named .pdf without the PDF header', async () => {
    const r = await checkFile(file('fake.pdf', '<html>hello</html>'));
    expect(!r.ok && r.reason).toContain('no %PDF- header');
  });
});
