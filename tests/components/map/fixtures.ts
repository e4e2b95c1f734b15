import { fromCSV } from '../../../data-adapters/index.js'
import { setAssetBase } from '../../../src/core/assets.js'
import { IndicatorTable } from '../../../src/core/indicator-table.js'
import type { Cell, MissingStatus } from '../../../src/core/types.js'

/** The shipped geometry and registry, from the Vite dev server (its root is the repo). */
export function useBuiltAssets(): void {
  setAssetBase(new URL('/dist/', location.href))
}

const CSV = '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv'

/** Share of the workforce in cultural sectors, by département: count / total × 100. */
export async function culturalShare(): Promise<IndicatorTable> {
  const text = await (await fetch(CSV)).text()
  return fromCSV({
    text,
    sourceName: 'departement.csv',
    level: 'departement',
    code: 'Code Insee',
    value: "Nombre d'actifs dans les secteurs culturels",
    per: "Nombre total d'actifs",
    scale: 100,
    indicator: { id: 'part-actifs-culture', label: 'Part des actifs dans les secteurs culturels', unit: '%', source: 'Insee, recensement de la population', year: '2019', digits: 1 },
  }).load()
}

/** The same table with some cells replaced by missing statuses. */
export function withMissing(table: IndicatorTable, missing: Record<string, MissingStatus>): IndicatorTable {
  const cells = new Map<string, Cell>(table.entries())
  for (const [code, status] of Object.entries(missing)) cells.set(code, { value: null, status, raw: status === 'secret' ? 's' : 'nd' })
  return new IndicatorTable({ level: table.level, indicator: table.indicator, cells, report: table.report })
}
