/** Percentages with the role they play: "co-payment of 20%", "10% of sum insured", "GST 9%". */
import type { Percentage } from '../types.js';

const PERCENT = /(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent\b)(?:\s+of\s+(?:the\s+|your\s+|its\s+)?([a-z][a-z ]{2,40}?)(?=[,.;:()]|\s+(?:and|or|for|in|subject|up|per|whichever|which|with|after|payable|is)\b|$))?/gi;

function roleOf(context: string): Percentage['role'] {
  if (/co-?pay/i.test(context)) return 'co_payment';
  if (/co-?insurance|\baverage\b|under-?insurance/i.test(context)) return 'co_insurance';
  if (/\b(excess|deductible)\b/i.test(context)) return 'excess';
  if (/\b(tax|gst|vat|ipt|stamp duty|cess)\b/i.test(context)) return 'tax';
  if (/\b(sum insured|sum assured|limit|benefit|up to|maximum|of the (cost|amount|claim))\b/i.test(context)) return 'limit_share';
  return 'other';
}

export function parsePercentages(text: string): Percentage[] {
  const out: Percentage[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const start = m.index ?? 0;
    const context = text.slice(Math.max(0, start - 50), start + m[0].length + 30);
    const value = Number(m[1]);
    if (value > 100) continue;
    out.push({ value, raw: m[0].trim(), role: roleOf(context), of: m[2]?.trim() ?? null });
  }
  return out;
}
