// The page of scripts/bench-csv.mjs: one way of reading the same large CSV text, chosen by `?mode=`,
// with the long tasks (over 50 ms) that ran meanwhile.
import { parseCsvColumns, parseCsvColumnsInSlices } from '../../data-adapters/csv/parse.js'
import { decodeBytes } from '../../data-adapters/csv/decode.js'
import { bytePieces } from '../../data-adapters/csv/pieces.js'
import { fromCSV } from '../../data-adapters/csv/from-csv.js'

declare global {
  interface Window {
    result?: unknown
  }
}

const COLUMNS = ['code', 'annee', 'secteur', 'valeur']
const tasks: PerformanceEntry[] = []
new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true })
const idle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300))

async function run(): Promise<unknown> {
  const mode = new URLSearchParams(location.search).get('mode')
  const bytes = new Uint8Array(await (await fetch('/data/big.csv')).arrayBuffer())
  const text = mode === 'sync' || mode === 'sliced' ? new TextDecoder().decode(bytes) : ''
  await idle()
  const start = performance.now()
  let rows = 0
  if (mode === 'before') rows = parseCsvColumns(decodeBytes(bytes).text, 'big.csv', ',', COLUMNS).length
  else if (mode === 'bytes') rows = (await parseCsvColumnsInSlices(bytePieces(bytes), 'big.csv', ',', COLUMNS, undefined, undefined, bytes.length)).length
  else if (mode === 'sync') rows = parseCsvColumns(text, 'big.csv', ',', COLUMNS).length
  else if (mode === 'sliced') rows = (await parseCsvColumnsInSlices(text, 'big.csv', ',', COLUMNS)).length
  else if (mode === 'load') rows = (await fromCSV({ data: bytes, sourceName: 'big.csv', level: 'departement', code: 'code', value: 'valeur', filter: { annee: '2020', secteur: 'Secteur 7' } }).load()).report.rowsRead
  const end = performance.now()
  // Long tasks are reported after they end.
  await idle()
  const during = tasks.filter((t) => t.startTime + t.duration > start && t.startTime < end).map((t) => t.duration)
  return { ms: end - start, rows, longest: Math.max(0, ...during), blocking: during.reduce((s, d) => s + d - 50, 0), tasks: during.length }
}

run().then(
  (r) => (window.result = r),
  (e: unknown) => (window.result = { error: String(e) }),
)
