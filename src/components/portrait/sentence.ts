import { formatNumber } from '../../core/format.js'
import type { Lang } from '../../core/locale.js'
import type { FigureFacts, Position } from '../../core/text/figure-facts.js'
import { PORTRAIT_TEXTS } from '../../core/text/portrait.js'

/**
 * The tolerance of « égal à »: two values are equal when they print the same at the figure's
 * precision (`digits` decimals, as formatNumber prints them: 1.005 is « 1,01 »), so a reader never
 * sees « au-dessus de la valeur nationale (2,6 %) » beside 2,6 %, nor « égal » beside two different
 * printed numbers. « -0,0 » is 0,0. Rounding keeps order, so different texts order as the values do.
 */
export function position(value: number, reference: number, digits: number): Position {
  const text = (v: number) => formatNumber(v, { digits }).replace(/^-(?=[0,]+$)/, '')
  return text(value) === text(reference) ? 'equal' : value > reference ? 'above' : 'below'
}

/** The reading sentence of one key figure, in French or English; it is also the figure's accessible text. */
export function sentence(facts: FigureFacts, lang: Lang): string {
  return PORTRAIT_TEXTS[lang].sentence(facts)
}
