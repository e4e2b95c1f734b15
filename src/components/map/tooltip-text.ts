import { capitalise, labelled } from '../../core/text/rules.js'
import { TEXTS } from '../../core/text/table.js'
import type { TooltipInfo } from './types.js'

/** Value, rank and class (`classOf` words the class), in the order both the tooltip and the live region say them. */
function said(info: TooltipInfo, classOf: (text: string) => string): string[] {
  const lines = [info.valueText]
  if (info.rankText) lines.push(info.rankText)
  if (info.classIndex !== undefined) lines.push(classOf(TEXTS[info.lang].map.classOf(info.classIndex + 1, info.classCount)))
  return lines
}

/** The tooltip's lines after the name: value, rank, class. */
export function tooltipLines(info: TooltipInfo): string[] {
  return said(info, (c) => labelled(info.lang, capitalise(c), info.classLabel))
}

/** What the live region says when focus lands on a territory: « Finistère : 2,1 % — 45ᵉ sur 101 — classe 2 sur 5 ». */
export function announcement(info: TooltipInfo): string {
  return labelled(info.lang, info.name, said(info, (c) => c).join(' — '))
}
