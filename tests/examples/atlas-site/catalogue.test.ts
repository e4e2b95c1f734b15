// @vitest-environment node
// The atlas site's indicator catalogue (examples/atlas-site/src/catalogue.ts): every dataset of the
// reference data is in it, and every indicator loads at each of its levels through the adapters with
// the catalogue's options — values for most territories, numbers where numbers are meant, and only
// the categories the catalogue lists.
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, expect, it } from 'vitest'
import { fromCSV, withRange } from '../../../data-adapters/index.js'
import type { Level } from '../../../src/core/types.js'
import { loadRegistry } from '../../core/registry/setup.js'
import { depsText } from '../../support/deps.js'
import { repo } from '../../support/packed.js'

interface Indicator {
  id: string
  dataset: string
  measure: string
  categories?: string[]
  range?: [number, number]
  levels: Record<string, { file: string } & Record<string, unknown>>
}
// A variable specifier: the site's sources resolve 'atlas-culture' to the packed package, which the
// type checker of the checkout does not see (the catalogue imports only types from it).
const catalogue = pathToFileURL(`${repo}examples/atlas-site/src/catalogue.ts`).href
const { INDICATORS, DATASETS } = (await import(/* @vite-ignore */ catalogue)) as { INDICATORS: Indicator[]; DATASETS: string[] }

beforeAll(() => loadRegistry('commune'))

it('has every dataset of ../shared/data/deps', () => {
  expect([...DATASETS].sort()).toEqual(readdirSync(resolve(repo, '../shared/data/deps')).sort())
})

it('loads every indicator at each of its levels: most territories with a value, numbers, or the catalogue’s categories', async () => {
  let invalidShares = 0
  const expected = { region: 18, departement: 101, commune: 34_000 } as Record<string, number>
  for (const indicator of INDICATORS) {
    for (const [level, { file, ...options }] of Object.entries(indicator.levels)) {
      const loaded = await fromCSV({ text: depsText(indicator.dataset, file), sourceName: `${indicator.dataset}/${file}`, level: level as Level, ...options } as Parameters<typeof fromCSV>[0]).load()
      // As the site's loader (meta.ts) does.
      const table = indicator.range ? withRange(loaded, indicator.range) : loaded
      if (indicator.measure === 'part') invalidShares += table.report.missing.invalid
      const ok = table.codes().filter((c) => table.get(c)?.status === 'ok')
      const where = `${indicator.id} at ${level}`
      // Overseas territories, secrecy and sectors some départements do not fund (museums: 79 of 101) are
      // missing values, never most of the map.
      expect(ok.length, where).toBeGreaterThan(expected[level]! * (indicator.dataset === 'niveau-de-vie-median' || indicator.dataset === 'taux-de-pauvrete' ? 0.1 : 0.75))
      for (const code of ok) {
        const cell = table.get(code)!
        // A category is one of those the catalogue orders the legend by.
        if (indicator.measure === 'categories') expect(indicator.categories, `${where}: ${code}`).toContain(cell.category)
        else expect(Number.isFinite(cell.value), `${where}: ${code}`).toBe(true)
        // A share is a share: the rows that count more of a part than of the whole are flagged invalid
        // by the catalogue's range, never shown as 4 100 %.
        if (indicator.measure === 'part') expect(cell.value!, `${where}: ${code}`).toBeLessThanOrEqual(100)
      }
    }
  }
  // The communes file of cultural enterprises alone has 181 rows of more cultural enterprises than enterprises.
  expect(invalidShares).toBeGreaterThanOrEqual(100)
}, 120_000)
