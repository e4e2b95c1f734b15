import type { Lang } from '../../core/locale.js'
import type { FigureFacts, Position } from '../../core/text/figure-facts.js'
import { PORTRAIT_TEXTS } from '../../core/text/portrait.js'

/**
 * The tolerance of « égal à »: two values are equal when they print the same at the figure's
 * precision (rounded to `digits` decimals), so a reader never sees « au-dessus de la valeur
 * nationale (2,6 %) » beside 2,6 %, nor « égal » beside two different printed numbers.
 */
export function position(value: number, reference: number, digits: number): Position {
  const scale = 10 ** digits
  // Half away from zero, as Intl.NumberFormat prints it (-2,5 → -3).
  const a = Math.sign(value) * Math.round(Math.abs(value) * scale)
  const b = Math.sign(reference) * Math.round(Math.abs(reference) * scale)
  return a === b ? 'equal' : a > b ? 'above' : 'below'
}

/** The reading sentence of one key figure, in French or English; it is also the figure's accessible text. */
export function sentence(facts: FigureFacts, lang: Lang): string {
  return PORTRAIT_TEXTS[lang].sentence(facts)
}
