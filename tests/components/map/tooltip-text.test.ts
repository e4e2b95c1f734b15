import { describe, expect, it } from 'vitest'
import { announcement, tooltipLines } from '../../../src/components/map/tooltip-text.js'
import type { TooltipInfo } from '../../../src/components/map/types.js'
import type { Cell } from '../../../src/core/types.js'

// What the map's model gives (computeMap's `info`, tests/components/map/compute.test.ts).
const ok: Cell = { value: 2.1, status: 'ok', raw: '2.1' }
const base = { code: '29', name: 'Finistère', level: 'departement', rankedCount: 101, classCount: 5 } as const
const info = (cell: Cell, lang: 'fr' | 'en' = 'fr'): TooltipInfo =>
  cell.status === 'ok'
    ? { ...base, cell, lang, valueText: lang === 'fr' ? '2,1\u00a0%' : '2.1%', rank: 45, rankText: lang === 'fr' ? '45ᵉ sur 101' : '45th of 101', classIndex: 1, classLabel: 'de 1,5 à moins de 2,3 %' }
    : { ...base, cell, lang, valueText: 'Secret statistique', rank: undefined, rankText: '', classIndex: undefined, classLabel: '' }

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
