/**
 * Optimal one-to-one assignment (Hungarian method, shortest augmenting paths with potentials,
 * O(n²·m)). Weights are similarities to maximise; a missing edge means "leave unmatched", which
 * is worth nothing, so the optimum never forces a poor match.
 */

/** A weighted edge between row `a` and column `b` of one component. */
export interface WeightedEdge {
  a: number;
  b: number;
  weight: number;
}

/**
 * Maximum-weight matching on a small dense problem. Returns, for each row, the matched column or
 * -1. Rows and columns are local indexes 0..rows-1 and 0..columns-1.
 */
export function maximumWeightAssignment(rows: number, columns: number, edges: WeightedEdge[]): number[] {
  const transposed = rows > columns;
  const n = transposed ? columns : rows;
  const m = transposed ? rows : columns;
  // cost[i][j] = -weight; non-edges cost 0 (equivalent to staying unmatched).
  const cost = new Float64Array((n + 1) * (m + 1));
  for (const e of edges) {
    const i = (transposed ? e.b : e.a) + 1;
    const j = (transposed ? e.a : e.b) + 1;
    cost[i * (m + 1) + j] = Math.min(cost[i * (m + 1) + j], -e.weight);
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j] = row assigned to column j (1-based), 0 = none
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i += 1) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j += 1) {
        if (used[j]) continue;
        const cur = cost[i0 * (m + 1) + j] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j += 1) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const edgeWeight = new Map<number, number>();
  for (const e of edges) edgeWeight.set(e.a * (columns + 1) + e.b, e.weight);
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= m; j += 1) {
    if (p[j] === 0) continue;
    const row = transposed ? j - 1 : p[j] - 1;
    const column = transposed ? p[j] - 1 : j - 1;
    // A row sent to a column it has no edge with is simply unmatched.
    if (edgeWeight.has(row * (columns + 1) + column)) result[row] = column;
  }
  return result;
}
