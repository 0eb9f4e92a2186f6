/**
 * The titles a compared clause stands under, when the two documents title it differently.
 *
 * A clause read on its own ("We will pay up to £2,000,000 … for any one claim") does not say which
 * cover it belongs to. When both documents print the same cover under differently worded titles
 * ("Personal liability" / "Occupiers and public liability"), the reader of the change needs the
 * titles to see what moved: the reported text of each side then starts with the heading lines
 * printed directly above the clause, as a one-sided passage already does (passageIds).
 *
 * Titles that differ only in numbering ("Cover 21" / "Cover 28") or typography are the same
 * title: a renumbered document would otherwise repeat every heading in every change.
 */
import { contentTokens } from './cosmetic-difference.js';
import type { DocumentIndex } from './clause-side.js';

/** Heading lines beyond this many above a clause are the document's outline, not its title. */
export const MAX_TITLE_LINES = 3;

/**
 * Ids of the heading clauses printed directly above `firstId` (nothing but headings between
 * them and it), in reading order, at most MAX_TITLE_LINES of them.
 */
export function headingsAbove(index: DocumentIndex, firstId: string): string[] {
  const clauses = index.doc.layout.clauses;
  const at = index.order.get(firstId);
  if (at === undefined) return [];
  const ids: string[] = [];
  for (let k = at - 1; k >= 0 && ids.length < MAX_TITLE_LINES; k -= 1) {
    const clause = clauses[k];
    const type = index.classification.get(clause.id)?.type;
    if (index.tocPages.has(clause.pageStart)) break;
    if (clause.text.trim().length === 0) continue;
    if (clause.kind !== 'heading' && type !== 'heading') break;
    ids.unshift(clause.id);
  }
  return ids;
}

/** The words of a title that name it: numbers and typography folded away. */
function titleWords(text: string): string {
  return contentTokens(text)
    .filter((t) => !/^\p{N}+$/u.test(t))
    .join(' ');
}

export interface TitleContext {
  /** Heading ids above each side's first clause; empty when the titles need not be shown. */
  a: string[];
  b: string[];
}

/**
 * The heading lines to show with a compared pair: both sides' titles when both clauses open
 * under headings and those headings name different things; none otherwise.
 */
export function differingTitles(indexA: DocumentIndex, firstA: string, indexB: DocumentIndex, firstB: string): TitleContext {
  const a = headingsAbove(indexA, firstA);
  const b = headingsAbove(indexB, firstB);
  if (a.length === 0 || b.length === 0) return { a: [], b: [] };
  const words = (index: DocumentIndex, ids: string[]): string => titleWords(ids.map((id) => index.clauses.get(id)!.text).join(' '));
  return words(indexA, a) === words(indexB, b) ? { a: [], b: [] } : { a, b };
}
