// The 101 département values both maps draw in the benchmarks: Nombre d'actifs dans les secteurs culturels /
// Nombre total d'actifs × 100, rounded to 0.1 (Insee 2019), read from ../shared at run time.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const shared = fileURLToPath(new URL('../../../shared/', import.meta.url))

export function departementValues() {
  const rows = readFileSync(`${shared}data/deps/actifs-dans-les-secteurs-culturels/departement.csv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','))
  const values = Object.fromEntries(rows.map(([, code, n, total]) => [code, Math.round((Number(n) / Number(total)) * 1000) / 10]))
  if (Object.keys(values).length !== 101) throw new Error(`expected 101 départements, got ${Object.keys(values).length}`)
  const national = Math.round((rows.reduce((s, r) => s + Number(r[2]), 0) / rows.reduce((s, r) => s + Number(r[3]), 0)) * 1000) / 10
  return { values, national, label: 'Part des actifs dans les secteurs culturels', year: '2019' }
}
