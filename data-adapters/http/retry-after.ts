/**
 * The wait asked for by a `Retry-After` header, in ms: either delay-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`), relative to `now`. `undefined` when absent or unreadable;
 * a date in the past gives `0`.
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (header === null || header === undefined) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  // Only the IMF-fixdate family: Date.parse accepts too much (e.g. "1") to be trusted on its own.
  if (!/[A-Za-z]{3},? .*\d{2}:\d{2}:\d{2}/.test(value)) return undefined
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
