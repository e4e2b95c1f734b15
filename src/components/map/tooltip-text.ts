import { formatNumber, formatRank } from '../../core/format.js'
import type { Lang } from '../../core/locale.js'
import { STATUS_LABELS } from '../../core/messages.js'
import type { Cell, IndicatorMeta, Level } from '../../core/types.js'
import { TEXTS } from './texts.js'
import type { TooltipInfo } from './types.js'

/** A cell's value in words: « 2,1 % », the category, or the missing status (« Secret statistique »). */
export function valueText(cell: Cell, indicator: IndicatorMeta, lang: Lang): string {
  if (cell.status !== 'ok') return STATUS_LABELS[lang][cell.status]
  if (cell.category !== undefined) return cell.category
  if (cell.value === null) return STATUS_LABELS[lang]['not-available']
  return formatNumber(cell.value, { lang, unit: indicator.unit, ...(indicator.digits !== undefined ? { digits: indicator.digits } : {}) })
}

/** Everything a tooltip says about a territory. */
export function tooltipInfo(init: {
  code: string
  name: string
  level: Level
  cell: Cell
  indicator: IndicatorMeta
  rank: number | undefined
  rankedCount: number
  classIndex: number | undefined
  classCount: number
  classLabel: string
  lang: Lang
}): TooltipInfo {
  const { rank, rankedCount, lang } = init
  return {
    code: init.code,
    name: init.name,
    level: init.level,
    cell: init.cell,
    valueText: valueText(init.cell, init.indicator, lang),
    rank,
    rankedCount,
    rankText: rank === undefined ? '' : formatRank(rank, rankedCount, lang),
    classIndex: init.classIndex,
    classCount: init.classCount,
    classLabel: init.classIndex === undefined ? '' : init.classLabel,
    lang,
  }
}

/** The tooltip's lines after the name: value, rank, class. */
export function tooltipLines(info: TooltipInfo): string[] {
  const t = TEXTS[info.lang]
  const lines = [info.valueText]
  if (info.rankText) lines.push(info.rankText)
  if (info.classIndex !== undefined) lines.push(`${capitalise(t.classOf(info.classIndex + 1, info.classCount))}${colon(info.lang)} ${info.classLabel}`)
  return lines
}

/** What the live region says when focus lands on a territory: « Finistère : 2,1 % — 45ᵉ sur 101 — classe 2 sur 5 ». */
export function announcement(info: TooltipInfo): string {
  const t = TEXTS[info.lang]
  const parts = [info.valueText]
  if (info.rankText) parts.push(info.rankText)
  if (info.classIndex !== undefined) parts.push(t.classOf(info.classIndex + 1, info.classCount))
  return `${info.name}${colon(info.lang)} ${parts.join(' — ')}`
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** French sets a no-break space before the colon. */
function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0:' : ':'
}
