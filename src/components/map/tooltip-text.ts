import { formatRank } from '../../core/format.js'
import type { Lang } from '../../core/locale.js'
import { capitalise, labelled } from '../../core/text/rules.js'
import { TEXTS } from '../../core/text/table.js'
import { valueText } from '../../core/text/value-text.js'
import type { Cell, IndicatorMeta, Level } from '../../core/types.js'
import type { TooltipInfo } from './types.js'

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
  const t = TEXTS[info.lang].map
  const lines = [info.valueText]
  if (info.rankText) lines.push(info.rankText)
  if (info.classIndex !== undefined) lines.push(labelled(info.lang, capitalise(t.classOf(info.classIndex + 1, info.classCount)), info.classLabel))
  return lines
}

/** What the live region says when focus lands on a territory: « Finistère : 2,1 % — 45ᵉ sur 101 — classe 2 sur 5 ». */
export function announcement(info: TooltipInfo): string {
  const t = TEXTS[info.lang].map
  const parts = [info.valueText]
  if (info.rankText) parts.push(info.rankText)
  if (info.classIndex !== undefined) parts.push(t.classOf(info.classIndex + 1, info.classCount))
  return labelled(info.lang, info.name, parts.join(' — '))
}
