import { describe, expect, it } from 'vitest';
import { change, FIXTURE, withoutReasons } from '../test/fixture-result';
import { CHANGES_CSV_HEADER, changesCsv } from './changes-csv';
import { csvCell, parseCsv, toCsv } from './csv';

describe('CSV', () => {
  it('quotes every text cell, doubling quotes (RFC 4180), and leaves numbers and empties bare', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell('')).toBe('""');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('defuses spreadsheet formulas in text but keeps numbers', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe('"\'=SUM(A1:A9)"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-1+1')).toBe('"\'-1+1"');
    expect(csvCell('@cmd')).toBe('"\'@cmd"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('\uff1dSUM(A1)')).toBe('"\'\uff1dSUM(A1)"');
    expect(csvCell(-5)).toBe('-5');
  });

  it('defuses a formula after a semicolon, where a program splitting on ; would start a cell', () => {
    expect(csvCell('cover;=HYPERLINK("http://x")')).toBe('"cover;\'=HYPERLINK(""http://x"")"');
    expect(csvCell('a;+1;-2;@x')).toBe('"a;\'+1;\'-2;\'@x"');
    expect(csvCell(';=1')).toBe('";\'=1"');
    // Text that only looks similar is kept as it is: a space after the semicolon, a comma, a price.
    expect(csvCell('limits; - flood')).toBe('"limits; - flood"');
    expect(csvCell('€ 500,-')).toBe('"€ 500,-"');
    expect(parseCsv(`${csvCell('x;=1')}\r\n`)).toEqual([["x;'=1"]]);
  });

  it('ends every row with CRLF and round-trips through the parser', () => {
    const text = toCsv(['a', 'b'], [['x, y', 'he said "no"\nthen left']]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "no"\nthen left'],
    ]);
  });

  it('writes one row per change except unchanged, most material first', () => {
    const rows = parseCsv(changesCsv(FIXTURE));
    expect(rows[0]).toEqual([...CHANGES_CSV_HEADER]);
    expect(rows).toHaveLength(1 + 4);
    const col = (name: string) => CHANGES_CSV_HEADER.indexOf(name as (typeof CHANGES_CSV_HEADER)[number]);
    expect(rows.slice(1).map((r) => r[col('change_id')])).toEqual(['c1', 'c2', 'c3', 'c4']);
    const c1 = rows[1]!;
    expect(c1[col('direction')]).toBe('narrower');
    expect(c1[col('pages_a')]).toBe('2');
    expect(c1[col('deltas')]).toBe('Flood limit reduced ($1,000,000 → $500,000)');
    // The added cyber clause's text starts with "=", has quotes, a comma and a newline.
    expect(rows[2]![col('text_b')]).toBe('\'=We will not pay for cyber events, including "ransomware", data loss\nor outage.');
    // Every text cell is quoted, the header's too.
    expect(changesCsv(FIXTURE).split('\r\n')[0]).toBe(CHANGES_CSV_HEADER.map((h) => `"${h}"`).join(','));
    expect(rows[2]![col('text_a')]).toBe('');
  });

  it("gives each change its why and the rule that decided its direction", () => {
    const rows = parseCsv(changesCsv(FIXTURE));
    const col = (name: string) => CHANGES_CSV_HEADER.indexOf(name as (typeof CHANGES_CSV_HEADER)[number]);
    expect(CHANGES_CSV_HEADER.slice(col('direction'), col('rule') + 1)).toEqual(['direction', 'materiality', 'materiality_score', 'confidence', 'why', 'rule']);
    expect(rows[1]![col('why')]).toBe('flood limit reduced $1,000,000 → $500,000 → narrower');
    expect(rows[1]![col('rule')]).toBe('change.own-deltas');
    expect(rows[2]![col('rule')]).toBe('one-sided.clause-type');
    // c3 has a blank reason: an empty cell.
    expect(rows[3]![col('why')]).toBe('');
  });

  it('defuses formulas and quotes separators in the reasons', () => {
    const evil = {
      ...FIXTURE,
      changes: [change({ id: 'x', why: '=HYPERLINK("http://x","y") → narrower', rules: ['@rule,with "quotes"'], b: { ...FIXTURE.changes[0]!.b!, text: 'Flood sub-limit;=cmd|\' /C calc\'!A0;-2+3' } })],
    };
    const text = changesCsv(evil);
    const rows = parseCsv(text);
    const col = (name: string) => CHANGES_CSV_HEADER.indexOf(name as (typeof CHANGES_CSV_HEADER)[number]);
    expect(rows[1]![col('why')]).toBe('\'=HYPERLINK("http://x","y") → narrower');
    expect(rows[1]![col('rule')]).toBe('\'@rule,with "quotes"');
    expect(rows[1]).toHaveLength(CHANGES_CSV_HEADER.length);
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""y"") → narrower"');
    // A formula after a semicolon in the wording itself, for a spreadsheet that splits on `;`.
    expect(rows[1]![col('text_b')]).toBe("Flood sub-limit;'=cmd|' /C calc'!A0;'-2+3");
    // Every cell of the row that is text is quoted: none can start a cell of its own.
    const line = text.split('\r\n')[1]!;
    expect(line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).every((cell) => cell === '' || /^-?\d+(\.\d+)?$/.test(cell) || /^".*"$/s.test(cell))).toBe(true);
  });

  it('leaves why and rule empty for a result stored without them', () => {
    const rows = parseCsv(changesCsv(withoutReasons(FIXTURE)));
    const col = (name: string) => CHANGES_CSV_HEADER.indexOf(name as (typeof CHANGES_CSV_HEADER)[number]);
    expect(rows).toHaveLength(1 + 4);
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(CHANGES_CSV_HEADER.length);
      expect(r[col('why')]).toBe('');
      expect(r[col('rule')]).toBe('');
    }
  });
});
