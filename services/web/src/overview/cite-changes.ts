import type { Change } from '@policydiff/contracts';
import { compareChanges } from '../review/change-filters';

export type CitePart = { text: string; changeId?: string };

/** "§ 4.2", "§Section 2 › 2.2" (up to a comma, semicolon, bracket or arrow), "clause 4.2", "section 3". */
const CITATION = /§\s?([^,;()\n→]+?)(?=\s+pp?\.\s|\s*(?:[,;()→]|$))|\b(?:clause|section|cl\.)\s+(\d+[A-Za-z]?(?:\.\d+[A-Za-z]?)*(?:\([a-z0-9]{1,4}\))*)/gi;
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();

/** Section number → the most material change that has it on either side. */
export function sectionIndex(changes: readonly Change[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of [...changes].sort(compareChanges)) {
    for (const s of [c.a?.section, c.b?.section]) {
      if (!s) continue;
      // The full path ("section 2 › 2.2") and its innermost part ("2.2") both find the change.
      for (const key of [norm(s), norm(s.split('›').pop() ?? '')]) if (key && !index.has(key)) index.set(key, c.id);
    }
  }
  return index;
}

/**
 * Splits narrative text at its clause citations ("§ 4.2", "clause 4.2", "section 3") and ties each
 * to the change of that section, so a reader can go from a sentence to the clauses it is about.
 */
export function citeChanges(text: string, index: Map<string, string>): CitePart[] {
  const parts: CitePart[] = [];
  let last = 0;
  for (const m of text.matchAll(CITATION)) {
    const id = index.get(norm(m[1] ?? m[2] ?? ''));
    if (!id) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], changeId: id });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
