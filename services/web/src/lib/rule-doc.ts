/**
 * Where a delta rule is described. The web app serves no docs, so a rule is named by its id and
 * this reference into the repository's docs/delta-rules.md, whose headings are the ids in code
 * (`### \`figure.amount-by-role\``): GitHub's anchor for one drops the dots and backticks.
 */
export const RULES_DOC = 'docs/delta-rules.md';

/** "figure.amount-by-role" → "figureamount-by-role". */
export function ruleAnchor(rule: string): string {
  return rule
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** "docs/delta-rules.md#figureamount-by-role". */
export const ruleDocRef = (rule: string): string => `${RULES_DOC}#${ruleAnchor(rule)}`;
