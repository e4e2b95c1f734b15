/**
 * Full-jitter exponential backoff: before retry `attempt` (0 for the first retry), wait a uniformly
 * random time in `[0, min(cap, base·2^attempt))`. Jitter keeps many widgets of one page, all failing
 * at the same moment, from hammering the server again in step.
 */
export function backoffDelay(attempt: number, base: number, cap: number, random: () => number): number {
  return random() * Math.min(cap, base * 2 ** attempt)
}
