/**
 * Word-level diff (Myers' O(ND) algorithm) over tokens that keep whitespace and punctuation, so
 * joining the text of equal+delete ops gives A exactly and equal+insert gives B exactly.
 */
import type { DiffOp } from '@policydiff/contracts';

const TOKEN_PATTERN = /\s+|[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Beyond this many edits a word diff stops being readable; the middle is shown as replaced. */
const MAX_EDIT_DISTANCE = 4000;

export function tokeniseForDiff(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? [];
}

export function diffWords(a: string, b: string): DiffOp[] {
  const ta = tokeniseForDiff(a);
  const tb = tokeniseForDiff(b);
  let prefix = 0;
  while (prefix < ta.length && prefix < tb.length && ta[prefix] === tb[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < ta.length - prefix &&
    suffix < tb.length - prefix &&
    ta[ta.length - 1 - suffix] === tb[tb.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  const middleA = ta.slice(prefix, ta.length - suffix);
  const middleB = tb.slice(prefix, tb.length - suffix);
  const ops: DiffOp[] = [];
  push(ops, 'equal', ta.slice(0, prefix).join(''));
  for (const op of myers(middleA, middleB)) push(ops, op.op, op.text);
  push(ops, 'equal', ta.slice(ta.length - suffix).join(''));
  return ops;
}

function push(ops: DiffOp[], op: DiffOp['op'], text: string): void {
  if (text.length === 0) return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += text;
  else ops.push({ op, text });
}

function myers(a: string[], b: string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 && m === 0) return [];
  if (n === 0) return [{ op: 'insert', text: b.join('') }];
  if (m === 0) return [{ op: 'delete', text: a.join('') }];
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return [{ op: 'delete', text: a.join('') }, { op: 'insert', text: b.join('') }];
  // Walk the trace back from (n, m); trace[d] holds v before step d, indexed from k = -d-1.
  const reversed: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d -= 1) {
    const before = trace[d];
    const at = (k: number): number => before[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      reversed.push({ op: 'equal', text: a[x - 1] });
      x -= 1;
      y -= 1;
    }
    if (down) reversed.push({ op: 'insert', text: b[prevY] });
    else reversed.push({ op: 'delete', text: a[prevX] });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    reversed.push({ op: 'equal', text: a[x - 1] });
    x -= 1;
    y -= 1;
  }
  const ops: DiffOp[] = [];
  for (let k = reversed.length - 1; k >= 0; k -= 1) push(ops, reversed[k].op, reversed[k].text);
  return ops;
}
