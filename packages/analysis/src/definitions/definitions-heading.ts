/**
 * Recognises the headings under which a policy lists its defined words, and decides whether such a
 * section applies to the whole policy or only to one section of it.
 */
const DEFINITIONS_HEADING =
  /\b(definitions?|defined (words|terms)|meaning of (certain |some |particular )?(words|terms)|words? (with|that have) (a )?(special|specific|particular|defined) meanings?|meanings? (?:that|which) apply|glossary|interpretation|what (certain |some |particular )?words mean|important words|key words|words we use)\b/i;

/** Headings that scope a definitions list to part of the policy rather than all of it. */
const SECTION_REFERENCE = /\b(section|part|chapter|schedule|extension|endorsement)\s+([0-9]+[a-z]?|[ivx]+\b|[a-z]\b)|\bcover\b/i;

/** Phrases telling the reader the list applies everywhere. */
const WHOLE_POLICY = /\b(whole|entire|all sections|throughout|general|policy|terms|important|introduction|about)\b/i;

export function isDefinitionsHeading(text: string): boolean {
  const t = text.trim();
  // A heading is short; a sentence that merely mentions "definitions" is not one.
  return t.length <= 90 && DEFINITIONS_HEADING.test(t);
}

/** Index of the nearest definitions heading in a heading path, or -1. */
export function definitionsHeadingIndex(headingPath: readonly string[]): number {
  for (let i = headingPath.length - 1; i >= 0; i--) if (isDefinitionsHeading(headingPath[i])) return i;
  return -1;
}

/**
 * 'policy' for a general definitions list; otherwise the heading that confines it, e.g.
 * "Definitions that apply to section 1 part 3" or the cover section above a plain "Definitions".
 */
export function definitionsScope(headingPath: readonly string[], index: number): string {
  const own = headingPath[index];
  if (SECTION_REFERENCE.test(own) && !/\b(whole|entire|all sections|throughout)\b/i.test(own)) return own;
  for (let i = index - 1; i >= 0; i--) {
    const parent = headingPath[i];
    if (SECTION_REFERENCE.test(parent) && !WHOLE_POLICY.test(parent)) return `${parent} definitions`;
  }
  return 'policy';
}
