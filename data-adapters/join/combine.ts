import type { MissingStatus } from '../../src/core/types.js'
import type { Aggregate } from '../options.js'
import { missing, type Quantity } from './cells.js'

// When parts of a combination are missing, the most telling reason wins.
const PRIORITY: readonly MissingStatus[] = ['secret', 'invalid', 'not-applicable', 'not-available']

/**
 * Combines the quantities of rows sharing a territory. `first`/`last` take that row as it is; every
 * other operation needs all parts: one missing part makes the result missing, with the most telling
 * reason (secret, then invalid, not applicable, not available) — a sum with a secret part is secret.
 */
export function combine(parts: readonly Quantity[], how: Aggregate): Quantity {
  if (how === 'first') return parts[0]!
  if (how === 'last') return parts[parts.length - 1]!
  let worst: MissingStatus | undefined
  for (const p of parts) if (p.status !== 'ok' && (worst === undefined || PRIORITY.indexOf(p.status) < PRIORITY.indexOf(worst))) worst = p.status
  if (worst) return missing(worst)
  const values = parts.map((p) => p.value!)
  // sum and mean add up in order from 0; a mean divides that by the count.
  const value = how === 'min' ? Math.min(...values) : how === 'max' ? Math.max(...values) : values.reduce((s, v) => s + v, 0) / (how === 'mean' ? values.length : 1)
  return { value, status: 'ok' }
}
