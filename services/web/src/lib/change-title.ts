import type { Change, ClauseRef } from '@policydiff/contracts';
import { formatPages } from './format';

/** The side a change is best named by: B (the renewal) when it exists, else A. */
export function primaryRef(change: Change): ClauseRef | null {
  return change.b ?? change.a;
}

function firstWords(text: string, max = 9): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > max ? `${words.slice(0, max).join(' ')}…` : words.join(' ');
}

/** The clause's own title when its text opens with one ("Curtailment. If you…" → "Curtailment"). */
export function leadTitle(text: string): string | null {
  const m = /^\s*([^.:\n]{3,60})[.:]\s+\S/.exec(text);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  return words.length <= 7 && /^[A-Z(]/.test(m[1]!.trim()) ? m[1]!.trim() : null;
}

/** The innermost part of a section path: "Section 2 › 2.2" → "2.2". */
export function shortSection(section: string | null | undefined): string | null {
  const parts = (section ?? '').split('›').map((p) => p.trim()).filter(Boolean);
  return parts.length ? parts[parts.length - 1]! : null;
}

/** "2.2 Curtailment", "4.2 Flood" or the clause's first words: never a bare clause id. */
export function changeTitle(change: Change): string {
  const ref = primaryRef(change);
  if (!ref) return change.id;
  const section = shortSection(ref.section);
  const name = leadTitle(ref.text) ?? ref.heading?.trim() ?? firstWords(ref.text);
  if (!name) return ref.clause_id;
  return section && !name.startsWith(section) ? `${section} ${name}` : name;
}

/** Where the clause sits: "Section 2 › 2.2 · What is covered". */
export function changeContext(change: Change): string {
  const ref = primaryRef(change);
  if (!ref) return '';
  return [ref.section, ref.heading].filter(Boolean).join(' · ');
}

/** "A p. 3 · B pp. 3–4", or with a dash for the missing side. */
export function changePages(change: Change): string {
  const a = change.a ? `A ${formatPages(change.a.page_start, change.a.page_end)}` : 'A —';
  const b = change.b ? `B ${formatPages(change.b.page_start, change.b.page_end)}` : 'B —';
  return `${a} · ${b}`;
}

/** "§ 4.2" or "clause c-12", for citations. */
export function refLabel(ref: ClauseRef | null): string {
  if (!ref) return '—';
  return ref.section ? `§ ${ref.section}` : ref.clause_id;
}
