/**
 * The Atlas Culture reference files (../shared/data/deps) read in place for tests, with a plain
 * `split` independent of the adapters' parser, so expected values never come from the code under test.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

// Not `new URL(path, import.meta.url)` verbatim: Vite rewrites that pattern into a served asset URL.
const DEPS = new URL('../../../shared/data/deps/', import.meta.url.replace(/^(?!file:)/, 'file://'))

/** The text of `indicator/file`. */
export function depsText(indicator: string, file: string): string {
  return readFileSync(decodeURIComponent(new URL(`${indicator}/${file}`, DEPS).pathname), 'utf8')
}

/** The data rows of a file without quoted fields (header dropped), each split at commas. */
export function depsRows(indicator: string, file: string): string[][] {
  const lines = depsText(indicator, file).split(/\r?\n/).filter((l) => l !== '')
  if (lines.some((l) => l.includes('"'))) throw new Error(`${indicator}/${file} has quoted fields`)
  return lines.slice(1).map((l) => l.split(','))
}

/** A wide file with code in column 1, numerator in 2, denominator in 3: code → [numerator, denominator]. */
export function depsRatios(indicator: string, file: string): Map<string, [number, number]> {
  return new Map(depsRows(indicator, file).map((r) => [r[1]!, [Number(r[2]), Number(r[3])]]))
}

const require = createRequire(import.meta.url)

/** Départements of each region, from the official list of @etalab/decoupage-administratif (not the project's registry). */
export function officialDepartements(): { code: string; region: string; zone: string }[] {
  return (require('@etalab/decoupage-administratif/data/departements.json') as { code: string; region: string; zone: string }[]).filter((d) => d.zone === 'metro' || d.zone === 'drom')
}

/** Competition ranks computed the textbook way: 1 + how many values are strictly greater. */
export function textbookRanks(values: ReadonlyMap<string, number>): Map<string, number> {
  const all = [...values.values()]
  return new Map([...values].map(([code, v]) => [code, 1 + all.filter((w) => w > v).length]))
}
