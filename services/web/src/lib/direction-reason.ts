import type { Change, Delta } from '@policydiff/contracts';

/**
 * What a change or delta says about why it has its direction: its one-line `why`, the rule ids
 * and the figure role or clause polarity the rule read. Results stored before these fields existed
 * lack them, so every reader here returns null or an empty list for a missing or blank value
 * instead of trusting the type.
 */

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The change's one line: the deciding delta's reason, or why it is neutral. */
export const changeWhy = (c: Change): string | null => text((c as Partial<Change>).why);

/** The rules that decided the change, the direction's first, then any that set or capped its materiality. */
export function changeRules(c: Change): string[] {
  const rules = (c as Partial<Change>).rules;
  return Array.isArray(rules) ? rules.filter((r): r is string => text(r) !== null) : [];
}

export const deltaWhy = (d: Delta): string | null => text((d as Partial<Delta>).why);
export const deltaRule = (d: Delta): string | null => text((d as Partial<Delta>).rule);

/** "waiting_period" reads as "waiting period". */
export const deltaRole = (d: Delta): string | null => text((d as Partial<Delta>).role)?.replace(/_/g, ' ') ?? null;
export const deltaPolarity = (d: Delta): string | null => text((d as Partial<Delta>).polarity)?.replace(/_/g, ' ') ?? null;

/** Every rule a change names, its own and its deltas', once each in order: what the rule filter offers. */
export function rulesOfChange(c: Change): string[] {
  const all = [...changeRules(c), ...c.deltas.map(deltaRule)].filter((r): r is string => r !== null);
  return [...new Set(all)];
}
