import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable, wrapText } from './text-table.js';

describe('wrapText', () => {
  it('breaks at spaces and never exceeds the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 10);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(10);
  });
  it('hard-splits a word longer than the column', () => {
    expect(wrapText('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
  });
  it('keeps explicit line breaks', () => {
    expect(wrapText('one\ntwo', 20)).toEqual(['one', 'two']);
  });
});

describe('renderTable', () => {
  const cols = [
    { header: 'n', align: 'right' as const },
    { header: 'name' },
    { header: 'description', flexible: true, minWidth: 10 },
  ];
  it('aligns columns under a rule', () => {
    const out = renderTable(cols, [['1', 'alpha', 'short'], ['22', 'b', 'x']], 80).split('\n');
    expect(out[0]).toBe(' n  name   description');
    expect(out[1]).toMatch(/^─+  ─+  ─+$/);
    expect(out[2]).toBe(' 1  alpha  short');
    expect(out[3]).toBe('22  b      x');
  });
  it('wraps the flexible column so no line is wider than the terminal', () => {
    const long = 'a description that is far too long to fit on one line of a narrow terminal window';
    const out = renderTable(cols, [['1', 'alpha', long]], 40).split('\n');
    for (const l of out) expect(displayWidth(l)).toBeLessThanOrEqual(40);
    expect(out.length).toBeGreaterThan(3);
    expect(out.slice(2).map((l) => l.slice(10).trim()).join(' ')).toBe(long);
  });
  it('ignores colour codes when measuring', () => {
    expect(displayWidth('\x1b[31mred\x1b[0m')).toBe(3);
  });
});
