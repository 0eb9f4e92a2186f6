/**
 * Sections a document declares are not part of the policy ("This section does not form part of
 * your policy and contains only examples …"): guidance pages, tips, summaries. Their wording
 * restates or illustrates the contract; it does not make it. A difference there is still shown,
 * but it is not a change of cover: the contractual wording it echoes is compared where it stands.
 *
 * The declaration covers the section it is printed in: every clause whose heading path starts
 * with the declaring clause's heading path (its subsections included), up to the next section at
 * that level or above.
 */
import type { LayoutClause } from '../types.js';

/** "This section / these pages / this summary does not form part of (is not part of) your policy." */
const DECLARATION =
  /\b(?:this|these|the following)\s+(?:section|pages?|notes?|information|summary|guide|guidance|examples?)\b[^.]{0,60}?\b(?:does|do|is|are)\s+not\s+(?:form\s+)?(?:a\s+)?part\s+of\s+(?:your|the|this)\s+(?:policy|contract|insurance)\b/i;

/** Most materiality a change confined to such a section keeps: low. */
export const NON_CONTRACTUAL_MAX_SCORE = 0.2;

/** Largest share of a document's clauses one declaration may reach. */
export const MAX_SCOPE_SHARE = 0.5;

export function declaresNonContractual(text: string): boolean {
  return DECLARATION.test(text);
}

/** Ids of the clauses that sit in a section their document declares is not part of the policy. */
export function nonContractualClauses(clauses: LayoutClause[]): Set<string> {
  const out = new Set<string>();
  const scopes = clauses
    .filter((c) => c.kind !== 'heading' && c.headingPath.length > 0 && declaresNonContractual(c.text))
    .map((c) => c.headingPath);
  if (scopes.length === 0) return out;
  const within = (path: string[], scope: string[]): boolean =>
    path.length >= scope.length && scope.every((h, k) => path[k] === h);
  for (const scope of scopes) {
    const members = clauses.filter((c) => within(c.headingPath, scope));
    // A declaration whose heading path spans most of the document (a bare title above it) is
    // read too widely to trust.
    if (members.length > MAX_SCOPE_SHARE * clauses.length) continue;
    for (const c of members) out.add(c.id);
  }
  return out;
}
