/**
 * The role of an amount as its own sentence states it. The DNA stage reads roles from the clause
 * and its heading; the words right before a figure are the stronger witness when they speak:
 * "and the first S$250 of each claim" is an excess inside a limit clause, "the most we will pay
 * for a congenital condition is Rs. 40,000" is a limit under an "excess" heading. A schedule row
 * that names no role is a limit unless its label says premium, tax or excess.
 */
import type { ClauseType } from '@policydiff/contracts';
import type { AmountRole, MoneyAmount } from '../types.js';

const EXCESS_BEFORE = /(?:\bthe first|\b(?<!in )(?:excess|deductible)(?: amount)?(?: of| is| will be)?)\s*$/i;
const LIMIT_BEFORE =
  /\b(?:the most (?:we|the insurer) (?:will |shall |would )?pay|(?:maximum|max\.?)(?: amount| benefit| payable)?|up to(?: a maximum of)?|limited to|(?:will|shall) not exceed|limit(?: of| is)?|sum insured(?: of| is)?)\b[^,;.:()]*$/i;
const ROW_NOT_LIMIT = /\b(?:premium|tax|levy|gst|vat|stamp duty|fee|charge)\b/i;
const ROW_EXCESS = /\b(?:excess|deductible)\b/i;

/** The stretch of `text` before the first occurrence of `raw`, back to the previous comma or stop. */
function segmentBefore(text: string, raw: string): string | null {
  const at = text.indexOf(raw);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 160), at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf(':'));
  return cut < 0 ? before : before.slice(cut + 1);
}

export function refineAmountRole(amount: MoneyAmount, text: string, clauseType: ClauseType): AmountRole {
  const before = segmentBefore(text, amount.raw);
  if (before !== null) {
    if (EXCESS_BEFORE.test(before)) return 'excess';
    if (LIMIT_BEFORE.test(before) && (amount.role === 'excess' || amount.role === 'other')) return 'limit';
  }
  if (clauseType === 'schedule' && amount.role === 'other') {
    if (ROW_EXCESS.test(text)) return 'excess';
    if (!ROW_NOT_LIMIT.test(text)) return 'limit';
  }
  return amount.role;
}

export function withRefinedRoles(amounts: MoneyAmount[], text: string, clauseType: ClauseType): MoneyAmount[] {
  return amounts.map((a) => {
    const role = refineAmountRole(a, text, clauseType);
    return role === a.role ? a : { ...a, role };
  });
}
