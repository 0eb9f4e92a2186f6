import type { DiffOp } from '@policydiff/contracts';

export interface DiffPiece {
  text: string;
  kind: 'equal' | 'delete' | 'insert';
}

/**
 * One word diff as two texts: A shows what was kept and what was deleted, B what was kept and
 * what was inserted. Adjacent pieces of one kind are merged. Without a diff (added, removed or
 * unchanged clauses) each side is its own text, unmarked.
 */
export function splitDiff(ops: readonly DiffOp[], textA: string | null, textB: string | null): { a: DiffPiece[]; b: DiffPiece[] } {
  if (!ops.length) {
    return {
      a: textA ? [{ text: textA, kind: 'equal' }] : [],
      b: textB ? [{ text: textB, kind: 'equal' }] : [],
    };
  }
  const a: DiffPiece[] = [];
  const b: DiffPiece[] = [];
  const push = (side: DiffPiece[], piece: DiffPiece) => {
    const last = side[side.length - 1];
    if (last && last.kind === piece.kind) last.text += piece.text;
    else side.push({ ...piece });
  };
  for (const op of ops) {
    if (!op.text) continue;
    if (op.op !== 'insert') push(a, { text: op.text, kind: op.op });
    if (op.op !== 'delete') push(b, { text: op.text, kind: op.op });
  }
  return { a, b };
}

/** Words deleted and inserted, for the summary line above the diff. */
export function diffStats(ops: readonly DiffOp[]): { deleted: number; inserted: number } {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  let deleted = 0;
  let inserted = 0;
  for (const op of ops) {
    if (op.op === 'delete') deleted += words(op.text);
    if (op.op === 'insert') inserted += words(op.text);
  }
  return { deleted, inserted };
}
