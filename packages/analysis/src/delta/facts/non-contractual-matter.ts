/**
 * Which clauses of a document are non-contractual matter (tables/non-contractual.ts): the pages
 * whose title and body read as a customer information sheet, key facts, a premium illustration, a
 * specimen schedule, a brochure, a form or a contact list (with the pages that continue them),
 * and any clause that is a contact list on its own.
 */
import type { LayoutClause } from '../../types.js';
import { bodyHits, isContactList, nonContractualKind, type NonContractualRow, NON_CONTRACTUAL } from '../tables/non-contractual.js';

/** How much of a page's opening is read as its title besides its headings. */
const TITLE_CHARS = 240;

export function nonContractualMatter(clauses: readonly LayoutClause[]): Map<string, NonContractualRow> {
  const byPage = new Map<number, LayoutClause[]>();
  for (const c of clauses) {
    const list = byPage.get(c.pageStart);
    if (list) list.push(c);
    else byPage.set(c.pageStart, [c]);
  }
  const out = new Map<string, NonContractualRow>();
  const pages = [...byPage.keys()].sort((x, y) => x - y);
  let previous: NonContractualRow | null = null;
  for (const page of pages) {
    const onPage = byPage.get(page)!;
    const headings = onPage.filter((c) => c.kind === 'heading').map((c) => c.text);
    const opening = onPage.slice(0, 3).map((c) => c.text).join(' ').slice(0, TITLE_CHARS);
    const body = onPage.map((c) => c.text).join(' ');
    let row = nonContractualKind(`${headings.join(' ')} ${opening}`, body);
    // A sheet or list that runs onto the next page keeps its kind while the page reads like it
    // and no heading there opens something else.
    if (!row && previous && headings.length === 0 && bodyHits(previous, body) >= previous.minBody) row = previous;
    previous = row;
    if (row) for (const c of onPage) out.set(c.id, row);
  }
  const contacts = NON_CONTRACTUAL.find((r) => r.kind === 'grievance_contacts')!;
  for (const c of clauses) if (!out.has(c.id) && isContactList(c.text)) out.set(c.id, contacts);
  return out;
}
