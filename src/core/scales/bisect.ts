// d3-array's bisectLeft and bisectRight on ascending numbers (its `bisector(ascending)`), without the
// generic bisector machinery the bundle would otherwise carry: an unordered `x` (NaN) gives `hi`.

/** The first index in `a[lo, hi)` whose value is ≥ `x` (where `x` would go before its equals). */
export function bisectLeft(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  if (lo < hi && x !== x) return hi
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first index in `a[lo, hi)` whose value is > `x` (where `x` would go after its equals). */
export function bisectRight(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  if (lo < hi && x !== x) return hi
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid]! <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}
