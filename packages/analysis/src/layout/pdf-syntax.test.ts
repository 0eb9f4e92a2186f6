import { describe, expect, it } from 'vitest';
import { PdfName, PdfRef, readPdfDict, readPdfValue } from './pdf-syntax.js';

const latin1 = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('latin1');

describe('readPdfValue', () => {
  it('reads a stream dictionary with nested dictionaries, arrays, references and #-escaped names', () => {
    const dict = readPdfDict('<< /Length 12 0 R /Filter [/A85 /Flat#65Decode] /DecodeParms [null << /Predictor 12 /Columns 5 >>] /N -3.5 /Open true >>')!;
    expect(dict.get('Length')).toEqual(new PdfRef(12, 0));
    expect(dict.get('Filter')).toEqual([new PdfName('A85'), new PdfName('FlateDecode')]);
    expect((dict.get('DecodeParms') as unknown[])[0]).toBeNull();
    expect(((dict.get('DecodeParms') as unknown[])[1] as Map<string, unknown>).get('Columns')).toBe(5);
    expect(dict.get('N')).toBe(-3.5);
    expect(dict.get('Open')).toBe(true);
  });

  it('reads literal strings byte for byte: escapes, octal, nested parentheses, line continuations', () => {
    const dict = readPdfDict('<< /O (a\\(b\\)c (nested) \\101\\7\\\\ \\\r\nend\\q) /U <41 42 4> >>')!;
    expect(latin1(dict.get('O') as Uint8Array)).toBe('a(b)c (nested) A\x07\\ endq');
    // Hex strings: white space ignored, an odd last digit is followed by 0.
    expect(latin1(dict.get('U') as Uint8Array)).toBe('AB@');
  });

  it('keeps binary string bytes 0x80–0xff as they are (encryption keys are made of them)', () => {
    const dict = readPdfDict(`<< /O (${String.fromCharCode(0x80, 0x9f, 0xff)}) >>`)!;
    expect([...(dict.get('O') as Uint8Array)]).toEqual([0x80, 0x9f, 0xff]);
  });

  it('tells a number from a reference, skips comments, and stops at a keyword', () => {
    expect(readPdfValue('[1 2 3 0 R 4]')!.value).toEqual([1, 2, new PdfRef(3, 0), 4]);
    expect(readPdfDict('<< /A 1 % a comment >> here\n /B 2 >>')!.get('B')).toBe(2);
    expect(readPdfValue('stream\n...')).toBeUndefined();
  });

  it('keeps what a damaged dictionary gives before it stops making sense, and survives deep nesting', () => {
    const dict = readPdfDict('<< /Filter /FlateDecode /Length 10 garbage /Other 1 >>')!;
    expect(dict.get('Filter')).toEqual(new PdfName('FlateDecode'));
    expect(dict.get('Length')).toBe(10);
    expect(dict.has('Other')).toBe(false);
    expect(() => readPdfValue('['.repeat(100_000))).not.toThrow();
  });
});
