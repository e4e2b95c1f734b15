import { formatNumber } from '../format.js'
import type { Lang } from '../locale.js'
import type { Cell, IndicatorMeta } from '../types.js'
import { TEXTS } from './table.js'

/** A cell's value in words: « 2,1 % », the category, or the missing status (« Secret statistique »). */
export function valueText(cell: Cell, indicator: Pick<IndicatorMeta, 'unit' | 'digits'>, lang: Lang): string {
  const statuses = TEXTS[lang].statuses
  if (cell.status !== 'ok') return statuses[cell.status]
  if (cell.category !== undefined) return cell.category
  if (cell.value === null) return statuses['not-available']
  return formatNumber(cell.value, { lang, unit: indicator.unit, ...(indicator.digits !== undefined ? { digits: indicator.digits } : {}) })
}
