/**
 * The pages of a PDF as its page tree orders them, read from the raw bytes (pdf-object-index.ts)
 * before pdfjs sees them, so that a budget can name the page that passes it: trailer /Root →
 * /Pages → /Kids, depth first, as pdfjs's Catalog numbers them (a node with /Type /Page, or
 * without /Kids, is a page). Cycle-safe and bounded: a tree that loops or never ends is walked
 * until it repeats itself or passes MAX_PAGE_TREE_NODES.
 */
import { dictOf, nameOf, PdfRef, readPdfDict, type PdfDict, type PdfValue } from './pdf-syntax.js';
import { objectKey, type ObjectKey, type PdfObjectIndex } from './pdf-object-index.js';

export interface TreePage {
  /** 1-based, in reading order. */
  number: number;
  /** The page object's key; null for a page written directly inside /Kids. */
  key: ObjectKey | null;
  dict: PdfDict;
}

/** Far beyond a wording (the layout stage refuses more than 1,500 pages): a walk stops here. */
export const MAX_PAGE_TREE_NODES = 100_000;
/** Parents followed up from a page for inherited resources (pdfjs follows at most 100). */
const MAX_PARENT_CHAIN = 100;
const MAX_TRAILERS = 8;

/** The newest /Root: from the last `trailer` dictionaries, else from cross-reference stream dictionaries, else a catalog object. */
export function findRoot(file: string, index: PdfObjectIndex, xrefStreamDicts: PdfDict[]): PdfValue | undefined {
  let at = file.lastIndexOf('trailer');
  for (let tries = 0; at >= 0 && tries < MAX_TRAILERS; tries++) {
    const root = readPdfDict(file, at + 7)?.get('Root');
    if (root !== undefined) return root;
    at = at > 0 ? file.lastIndexOf('trailer', at - 1) : -1;
  }
  for (let i = xrefStreamDicts.length - 1; i >= 0; i--) {
    const root = xrefStreamDicts[i]!.get('Root');
    if (root !== undefined) return root;
  }
  // No trailer to read: pdfjs's repair looks for the catalog among the objects.
  let catalog: PdfRef | undefined;
  for (const key of index.keys()) {
    if (nameOf(dictOf(index.newest(key))?.get('Type')) !== 'Catalog') continue;
    const [num, gen] = key.split(' ').map(Number) as [number, number];
    if (!catalog || num > catalog.num) catalog = new PdfRef(num, gen);
  }
  return catalog;
}

const isPage = (dict: PdfDict, index: PdfObjectIndex) => nameOf(index.resolveNewest(dict.get('Type'))) === 'Page' || !dict.has('Kids');

/** The pages the tree under the catalog at `root` lists, in order. */
export function walkPageTree(index: PdfObjectIndex, root: PdfValue | undefined): TreePage[] {
  const pages: TreePage[] = [];
  const catalog = dictOf(index.resolveNewest(root));
  const top = catalog?.get('Pages');
  if (top === undefined) return pages;
  const visited = new Set<ObjectKey>();
  const stack: PdfValue[] = [top];
  let nodes = 0;
  while (stack.length > 0 && nodes++ < MAX_PAGE_TREE_NODES) {
    const node = stack.pop()!;
    let key: ObjectKey | null = null;
    if (node instanceof PdfRef) {
      key = objectKey(node.num, node.gen);
      // pdfjs refuses a tree that reaches a node twice; the walk goes no further there.
      if (visited.has(key)) continue;
      visited.add(key);
    }
    const dict = dictOf(index.resolveNewest(node));
    if (!dict) continue;
    if (isPage(dict, index)) {
      pages.push({ number: pages.length + 1, key, dict });
      continue;
    }
    const kids = index.resolveNewest(dict.get('Kids'));
    if (Array.isArray(kids)) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return pages;
}

/**
 * Every /Resources dictionary a page may draw from, its own first: pdfjs merges the page's with
 * those inherited through /Parent. Every copy of each is given (see PdfObjectIndex.copies).
 */
export function resourcesOf(page: PdfDict, index: PdfObjectIndex): PdfDict[] {
  const out: PdfDict[] = [];
  const seen = new Set<ObjectKey>();
  let node: PdfDict | undefined = page;
  for (let depth = 0; node && depth < MAX_PARENT_CHAIN; depth++) {
    for (const r of index.resolveAll(node.get('Resources'))) if (r instanceof Map) out.push(r);
    const parent: PdfValue | undefined = node.get('Parent');
    if (parent instanceof PdfRef) {
      const key = objectKey(parent.num, parent.gen);
      if (seen.has(key)) break;
      seen.add(key);
    }
    node = dictOf(index.resolveNewest(parent));
  }
  return out;
}
