import { describe, expect, it } from 'vitest';
import { buildPageLines } from './build-lines.js';
import { detectTableRow, isTableValue } from './detect-table-row.js';
import { item } from './synthetic-items.js';

const line = (...items: Parameters<typeof item>[]) => buildPageLines(items.map((args) => item(...args)), 595)[0];

describe('detectTableRow', () => {
  it('splits a row with dot leaders', () => {
    expect(detectTableRow(line(['Public Liability ........ $20,000,000', 72, 100]))).toEqual({ label: 'Public Liability', value: '$20,000,000' });
  });
  it('splits a label and a right-aligned figure separated by a wide gap', () => {
    expect(detectTableRow(line(['Personal money:', 72, 100], ['£750', 480, 100]))).toEqual({ label: 'Personal money', value: '£750' });
  });
  it('accepts value words', () => {
    expect(detectTableRow(line(['Accidental damage', 72, 100], ['Not covered', 450, 100]))).toEqual({ label: 'Accidental damage', value: 'Not covered' });
  });
  it('rejects prose in the right cell and lines without a wide gap', () => {
    expect(detectTableRow(line(['Buildings', 72, 100], ['We will pay up to the limits shown in the schedule', 300, 100]))).toBeNull();
    expect(detectTableRow(line(['The excess is $500 for each claim', 72, 100]))).toBeNull();
  });
  it('knows values', () => {
    expect(isTableValue('up to £1,000 per claim')).toBe(true);
    expect(isTableValue('15%')).toBe(true);
    expect(isTableValue('Nil')).toBe(true);
    expect(isTableValue('See the schedule for the limits that apply to you')).toBe(false);
  });
});
