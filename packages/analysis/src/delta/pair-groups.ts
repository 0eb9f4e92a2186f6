/**
 * What becomes one change. A split or merged clause is one change over its parts; a passage of
 * consecutive clauses that exist on one side only (a dropped endorsement, a new optional section)
 * is one change too: a broker reads "the COVID-19 endorsement, pp. 1–9, is gone", not a hundred
 * removed sentences.
 */
import type { AlignedPair } from '../types.js';

export interface PairGroup {
  aIds: string[];
  bIds: string[];
  similarity: number;
  status: AlignedPair['status'];
  /** Set when the group is a passage of several one-sided clauses: the ids of its members. */
  run?: string[];
}

export function groupPairs(pairs: AlignedPair[]): PairGroup[] {
  const groups: PairGroup[] = [];
  const byKey = new Map<string, PairGroup>();
  for (const p of pairs) {
    const key = p.method === 'split' ? `a:${p.a}` : p.method === 'merged' ? `b:${p.b}` : null;
    const existing = key ? byKey.get(key) : undefined;
    if (existing) {
      if (p.a && !existing.aIds.includes(p.a)) existing.aIds.push(p.a);
      if (p.b && !existing.bIds.includes(p.b)) existing.bIds.push(p.b);
      continue;
    }
    const group: PairGroup = { aIds: p.a ? [p.a] : [], bIds: p.b ? [p.b] : [], similarity: p.similarity, status: p.status };
    groups.push(group);
    if (key) byKey.set(key, group);
  }
  return groups;
}

/**
 * Joins consecutive added (or consecutive removed) single clauses into one passage group. The
 * groups come in comparison reading order, where clauses of one side with no counterpart between
 * the same two matched clauses sit next to each other; anything matched in between ends the
 * passage. `consecutive(x, y)` confirms that y follows x in its document with nothing but
 * headings between them.
 */
/**
 * Fewer one-sided clauses in a row are reported one by one: two neighbouring clauses are as
 * often two separate edits as one passage, and each reads better on its own.
 */
export const MIN_PASSAGE_CLAUSES = 3;

export function groupOneSidedRuns(
  groups: PairGroup[],
  consecutive: (side: 'a' | 'b', previousId: string, nextId: string) => boolean,
): PairGroup[] {
  const out: PairGroup[] = [];
  let run: PairGroup[] = [];
  const flush = (): void => {
    if (run.length < MIN_PASSAGE_CLAUSES) out.push(...run);
    else {
      const side = run[0].status === 'removed' ? 'a' : 'b';
      const ids = run.map((g) => (side === 'a' ? g.aIds[0] : g.bIds[0]));
      out.push({
        aIds: side === 'a' ? ids : [],
        bIds: side === 'b' ? ids : [],
        similarity: 0,
        status: run[0].status,
        run: ids,
      });
    }
    run = [];
  };
  for (const g of groups) {
    const oneSided = (g.status === 'added' || g.status === 'removed') && g.aIds.length + g.bIds.length === 1;
    if (!oneSided) {
      flush();
      out.push(g);
      continue;
    }
    const last = run[run.length - 1];
    const side = g.status === 'removed' ? 'a' : 'b';
    const idOf = (x: PairGroup): string => (side === 'a' ? x.aIds[0] : x.bIds[0]);
    if (last && (last.status !== g.status || !consecutive(side, idOf(last), idOf(g)))) flush();
    run.push(g);
  }
  flush();
  return out;
}
