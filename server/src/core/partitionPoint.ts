/**
 * Binary search: the first index in [from, to) at which `before(index)` stops holding, given that it holds for a
 * prefix of the range only. Hand-written because the searches it serves run over typed arrays, packed token
 * layers and computed keys (astral[i] - i), which array-and-comparator libraries do not cover without copying.
 */
export function partitionPoint(to: number, before: (index: number) => boolean, from = 0): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
