import { describe, expect, it } from 'vitest'
import { announcement, tooltipInfo, tooltipLines } from '../../../src/components/map/tooltip-text.js'
import { indicatorMeta } from '../../../src/core/indicator-table.js'
import type { Cell } from '../../../src/core/types.js'

const indicator = indicatorMeta({ label: 'Part', unit: '%', digits: 1 })
const ok: Cell = { value: 2.1, status: 'ok', raw: '2.1' }
const info = (cell: Cell, lang: 'fr' | 'en' = 'fr') =>
  tooltipInfo({ code: '29', name: 'Finistère', level: 'departement', cell, indicator, rank: cell.status === 'ok' ? 45 : undefined, rankedCount: 101, classIndex: cell.status === 'ok' ? 1 : undefined, classCount: 5, classLabel: 'de 1,5 à moins de 2,3 %', lang })

describe('tooltip text', () => {
  it('says the value, rank and class', () => {
    expect(tooltipLines(info(ok))).toEqual(['2,1\u00a0%', '45ᵉ sur 101', 'Classe 2 sur 5\u00a0: de 1,5 à moins de 2,3 %'])
    expect(announcement(info(ok))).toBe('Finistère\u00a0: 2,1\u00a0% — 45ᵉ sur 101 — classe 2 sur 5')
    expect(announcement(info(ok, 'en'))).toBe('Finistère: 2.1% — 45th of 101 — class 2 of 5')
  })

  it('names the missing status in words, with no rank nor class', () => {
    const secret = info({ value: null, status: 'secret', raw: 's' })
    expect(tooltipLines(secret)).toEqual(['Secret statistique'])
    expect(announcement(secret)).toBe('Finistère\u00a0: Secret statistique')
  })
})
