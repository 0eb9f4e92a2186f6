/**
 * Indexes (into `values`) of one longest strictly increasing subsequence, O(n log n). Matched
 * clauses whose B positions lie on it kept their relative order; the others moved.
 */
export function longestIncreasingSubsequence(values: number[]): number[] {
  const tailIndexes: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i += 1) {
    let lo = 0;
    let hi = tailIndexes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tailIndexes[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tailIndexes[lo - 1];
    tailIndexes[lo] = i;
  }
  const result: number[] = [];
  let k = tailIndexes.length > 0 ? tailIndexes[tailIndexes.length - 1] : -1;
  while (k !== -1) {
    result.push(k);
    k = previous[k];
  }
  return result.reverse();
}
