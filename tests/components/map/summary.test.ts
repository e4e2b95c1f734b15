import { describe, expect, it } from 'vitest'
import { summaryText } from '../../../src/components/map/summary.js'
import { IndicatorTable, indicatorMeta } from '../../../src/core/indicator-table.js'
import { emptyReport, type Cell } from '../../../src/core/types.js'

const cells = new Map<string, Cell>([
  ['22', { value: 1.2, status: 'ok', raw: 1.2 }],
  ['29', { value: 2.5, status: 'ok', raw: 2.5 }],
  ['35', { value: 2.5, status: 'ok', raw: 2.5 }],
  ['56', { value: null, status: 'secret', raw: 's' }],
])
const table = new IndicatorTable({ level: 'departement', indicator: indicatorMeta({ label: 'Part des actifs', unit: '%', year: '2019', digits: 1 }), cells, report: emptyReport('t') })
const drawn = [
  { code: '22', name: "Côtes-d'Armor" },
  { code: '29', name: 'Finistère' },
  { code: '35', name: 'Ille-et-Vilaine' },
  { code: '56', name: 'Morbihan' },
]

describe('summaryText', () => {
  it('names the indicator, year, extremes with their territories, and counts the missing', () => {
    expect(summaryText(table, drawn, 'Bretagne', 'fr')).toBe(
      "Part des actifs, 2019 — Bretagne, 4 départements. Minimum\u00a0: 1,2\u00a0% (Côtes-d'Armor). Maximum\u00a0: 2,5\u00a0% (Finistère et 1 autre). 1 département sans valeur.",
    )
  })

  it('speaks English', () => {
    expect(summaryText(table, drawn.slice(0, 2), 'All of France', 'en')).toBe("Part des actifs, 2019 — All of France, 2 départements. Minimum: 1.2% (Côtes-d'Armor). Maximum: 2.5% (Finistère).")
  })

  it('names the first territory by name at both extremes when every value is the same', () => {
    const same = new Map<string, Cell>(['35', '29', '22'].map((code) => [code, { value: 2, status: 'ok', raw: 2 }]))
    const one = new IndicatorTable({ level: 'departement', indicator: indicatorMeta({ label: 'Part', unit: '%', digits: 0 }), cells: same, report: emptyReport('t') })
    expect(summaryText(one, [drawn[2]!, drawn[1]!, drawn[0]!], 'Bretagne', 'fr')).toBe(
      "Part — Bretagne, 3 départements. Minimum\u00a0: 2\u00a0% (Côtes-d'Armor et 2 autres). Maximum\u00a0: 2\u00a0% (Côtes-d'Armor et 2 autres).",
    )
  })
})
