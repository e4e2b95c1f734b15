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
  switch (how) {
    case 'sum':
      return { value: sum(values), status: 'ok' }
    case 'mean':
      return { value: sum(values) / values.length, status: 'ok' }
    case 'min':
      return { value: Math.min(...values), status: 'ok' }
    case 'max':
      return { value: Math.max(...values), status: 'ok' }
  }
}

function sum(values: readonly number[]): number {
  let s = 0
  for (const v of values) s += v
  return s
}
