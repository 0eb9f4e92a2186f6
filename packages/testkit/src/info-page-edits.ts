/**
 * A non-contractual page (DOMAIN.md §5) bound with the new edition or dropped from it. Whatever
 * it says about cover, it is information: neutral and low, never "cover removed". The truth
 * quotes the page's key block, the one most like cover.
 */
import { INFO_PAGE_EDITS, type InfoPageEditKind } from './edit-kinds.js';
import type { EditContext, EditResult } from './edit-context.js';

export function infoPageEdit(context: EditContext, kind: InfoPageEditKind): EditResult {
  const { policy, touched, infoPages } = context;
  const { page: pageKind, added } = INFO_PAGE_EDITS[kind];
  const present = policy.infoPages.find((page) => page.kind === pageKind);
  const page = added ? infoPages.find((p) => p.kind === pageKind) : present;
  if (!page || (added && present) || touched.has(page.id)) return null;
  if (added) {
    // Back into its place in the market's order.
    const order = new Map(infoPages.map((p, i) => [p.id, i]));
    policy.infoPages = [...policy.infoPages, structuredClone(page)].sort((x, y) => order.get(x.id)! - order.get(y.id)!);
  } else {
    policy.infoPages = policy.infoPages.filter((p) => p.id !== page.id);
  }
  touched.add(page.id);
  touched.add(page.keyBlock);
  return {
    unitId: page.keyBlock,
    expectedStatus: added ? 'added' : 'removed',
    expectedDirection: 'neutral',
    material: false,
    expectedMateriality: 'low',
    from: null,
    to: null,
    unit: null,
    description: `${kind}: "${page.title}" (${page.placement} of the document) ${added ? 'bound with the new edition' : 'dropped'}; not part of the contract`,
  };
}
