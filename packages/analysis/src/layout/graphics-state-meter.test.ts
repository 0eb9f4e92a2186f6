import { describe, expect, it } from 'vitest';
import { ANY_FORM, deepestFrom, endFrom, meterGraphicsStates } from './graphics-state-meter.js';
import { contentPdf, pdfjsGraphicsStates } from './test-fixtures.js';

const meter = (content: string) => meterGraphicsStates(Buffer.from(content, 'latin1'));
/** What pdfjs runs of `content` on a page of its own. */
const pdfjs = async (content: string) => (await pdfjsGraphicsStates(contentPdf(content)))[0]!;
const counted = (content: string) => {
  const p = meter(content);
  return { saves: p.saves, deepest: p.rise };
};

describe('meterGraphicsStates', () => {
  it('counts saves and the deepest nesting; a restore with nothing saved restores nothing', () => {
    const p = meter('q q Q q Q Q Q q');
    expect(p).toMatchObject({ saves: 4, restores: 4, rise: 2, highest: 2, net: 0, lowest: -1 });
    // Read after a page already 10 deep, the same stream goes to 12 and ends back at 10.
    expect(deepestFrom(p, 10)).toBe(12);
    expect(endFrom(p, 10)).toBe(10);
    // On its own it ends one deep: the third Q found nothing to restore.
    expect(endFrom(p, 0)).toBe(1);
  });

  it('cuts runs of letters into operators as pdfjs does, and agrees with pdfjs on each', async () => {
    const cases: [string, number][] = [
      ['qqq', 3], // three saves: "q" is an operator and "qq" is not
      ['qQq', 2],
      ['q1 0 0 1 0 0 cm', 1],
      ['Tjq', 1], // "Tj", then "q"
      ['xq', 0], // one word pdfjs does not know
      ['/Nameq q', 1], // a name runs on over letters
      ['\x80q', 1], // a byte outside ASCII before an ASCII one is a word of its own
      ['trueq', 1],
      ['1q', 1],
    ];
    for (const [content, saves] of cases) {
      expect(meter(content).saves, JSON.stringify(content)).toBe(saves);
      expect(counted(content), JSON.stringify(content)).toEqual(await pdfjs(content));
    }
  });

  it('skips what pdfjs does not run: strings (nested, escaped), hex strings, comments, arrays and dictionaries', async () => {
    const cases: [string, number, number][] = [
      ['q (q q \\) q (q) q) q', 2, 2],
      ['q (\\\\) q', 2, 2], // an escaped backslash does not escape the parenthesis
      ['q <71 71> q', 2, 2],
      ['q % q q q\nq', 2, 2],
      ['[q q] TJ q', 1, 1], // an operator in an array is an operand
      ['q q [Q Q] TJ', 2, 2], // and so is a restore
      ['<< /A q >> q', 1, 1],
      ['<< [ >> q', 1, 1], // a key that is not a name opens nothing: the dictionary still ends at >>
      ['q << /A >> Q >> Q', 1, 0], // the value of /A is the first >>, so the next key position skips Q
    ];
    for (const [content, saves, deepestAfterRestores] of cases) {
      const p = meter(content);
      expect(p.saves, JSON.stringify(content)).toBe(saves);
      expect(endFrom(p, 0), JSON.stringify(content)).toBe(deepestAfterRestores);
      expect(counted(content), JSON.stringify(content)).toEqual(await pdfjs(content));
    }
  });

  it('skips inline image data to where pdfjs ends it, filter by filter', async () => {
    const cases: [string, number][] = [
      // The data "qqq" is skipped up to EI followed by white space and an operator.
      ['BI /W 3 /H 1 /BPC 8 /CS /G ID qqq EI q Q', 1],
      // An EI inside the data is not the end when what follows does not read as an operator.
      ['BI /W 9 /H 1 /BPC 8 /CS /G ID q EI \x01\x02 q EI q', 1],
      // JPEG data ends at its end-of-image marker, then pdfjs skips past the next EI and one byte:
      // the "(" is skipped, so the saves after it are read (but the parser reads two tokens
      // ahead, and lexing ")" fails with two of the three still unrun).
      ['BI /W 1 /H 1 /F /DCT ID \xff\xd9 EI( q q q ) Q', 1],
      ['BI /W 1 /H 1 /F /AHx ID 71> EI q', 1],
      ['BI /W 1 /H 1 /Filter [/A85] ID qq~> EI q q', 2],
      // /F 0 is false: pdfjs takes /Filter.
      ['BI /W 1 /H 1 /F 0 /Filter /AHx ID q> EI q', 1],
    ];
    for (const [content, saves] of cases) {
      expect(meter(content).saves, JSON.stringify(content)).toBe(saves);
      expect(counted(content), JSON.stringify(content)).toEqual(await pdfjs(content));
    }
  });

  it('records the forms drawn and the depth at each Do; an operand it cannot know may be any form', () => {
    const p = meter('/Fm1 Do q q /Fm1 Do Q /Fm2 Do Q Q q Do');
    expect(p.forms.get('Fm1')).toEqual({ calls: 2, highest: 2, rise: 2 });
    expect(p.forms.get('Fm2')).toEqual({ calls: 1, highest: 1, rise: 1 });
    // A Do with no operand takes one left over by an earlier operator: any form.
    expect(p.forms.get(ANY_FORM)).toMatchObject({ calls: 1 });
    // A Do of something that is not a name draws nothing.
    expect(meter('1 Do').forms.size).toBe(0);
  });

  it('says whether a stream ends between tokens, so that the next of a page can be read on its own', () => {
    for (const content of ['q Q\n', 'q Q ', '(text) Tj\n', '% a comment\n']) expect(meter(content).clean, JSON.stringify(content)).toBe(true);
    // A word, a string, a comment, an array or an operand still open at the end runs on into the next stream.
    for (const content of ['q Q', 'q /Name', 'q (text ', '% comment ', 'q [ (a) ', 'q 12 ']) expect(meter(content).clean, JSON.stringify(content)).toBe(false);
  });

  it('never counts fewer saves, nor a shallower nesting, than pdfjs runs (300 generated streams of hostile pieces)', { timeout: 120_000 }, async () => {
    const pieces = ['q', 'Q', 'qq', 'qQ', 'Qq', ' ', ' ', ' ', '\n', '\r', '(', ')', '\\', '(q)', '(\\))', '<71>', '<', '<<', '>>', '[', ']', '/N', '/Nq', '%c\n', '%', '1', '0', '2.5', 'R', '-', '.', 'BI', 'ID', 'EI', '/F', '/Filter', '/DCT', '/A85', '/AHx', '~>', '~', '>', '\xff', '\xd9', '\xff\xd9', '\x80', '\x01', 'Tj', 'TJ', 'BT', 'ET', 'cm', 'Do', 'true', 'null', 'false', 'B', 'I', 'E', 'T', 'f*', "'", '{', '}', '#'];
    let seed = 14;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let same = 0;
    const more: string[] = [];
    for (let i = 0; i < 300; i++) {
      let content = '';
      for (let k = 5 + Math.floor(random() * 60); k > 0; k--) content += pieces[Math.floor(random() * pieces.length)]! + (random() < 0.5 ? ' ' : '');
      const ours = counted(content);
      const theirs = await pdfjs(content);
      expect(ours.saves, JSON.stringify(content)).toBeGreaterThanOrEqual(theirs.saves);
      expect(ours.deepest, JSON.stringify(content)).toBeGreaterThanOrEqual(theirs.deepest);
      if (ours.saves === theirs.saves && ours.deepest === theirs.deepest) same++;
      else more.push(JSON.stringify(content));
    }
    console.log(`[figures] graphics-state meter against pdfjs: 300 generated streams, ${same} counted exactly, ${300 - same} over (pdfjs stopped at an error the meter reads past), 0 under`);
    // Nearly all agree exactly: a meter that counted far more than pdfjs would refuse good files.
    expect(same).toBeGreaterThan(280);
  });

  it('meters a 4 MB content stream in one pass (figures: its rate)', () => {
    const page = 'BT /F1 11 Tf 56 760 Td (We will pay for loss or damage) Tj ET q 0.5 g 56 700 480 1 re f Q\n';
    const bytes = Buffer.from(page.repeat(Math.ceil((4 * 1024 * 1024) / page.length)), 'latin1');
    const t = performance.now();
    const p = meterGraphicsStates(bytes);
    const ms = performance.now() - t;
    console.log(`[figures] graphics-state meter: ${(bytes.length / 1024 / 1024).toFixed(1)} MB of content in ${ms.toFixed(0)} ms (${(bytes.length / 1024 / 1024 / (ms / 1000)).toFixed(0)} MB/s)`);
    expect(p.saves).toBe(Math.ceil((4 * 1024 * 1024) / page.length));
    expect(p.rise).toBe(1);
  });
});
