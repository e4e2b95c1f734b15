// Geometry benchmark for BENCHMARKS.md: runs scripts/build-geo.mjs (wall time, `runs` times, median)
// and reports gzip -9 sizes of the shipped TopoJSON. Usage: node scripts/bench-geo.mjs [runs=3]
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'

const repo = fileURLToPath(new URL('..', import.meta.url))
const runs = Number(process.argv[2] ?? 3)
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const gz = (path) => gzipSync(readFileSync(`${repo}${path}`), { level: 9 }).length

const times = []
for (let i = 0; i < runs; i++) {
  const t = performance.now()
  execFileSync(process.execPath, ['scripts/build-geo.mjs'], { cwd: repo, stdio: 'ignore' })
  times.push((performance.now() - t) / 1000)
}
const deps = readdirSync(`${repo}dist/geo/communes`).map((f) => ({ f, size: gz(`dist/geo/communes/${f}`) }))
const sizes = deps.map((d) => d.size)
const largest = deps.reduce((a, b) => (b.size > a.size ? b : a))
console.log(`build-geo: median ${median(times).toFixed(1)} s over ${runs} runs (${times.map((t) => t.toFixed(1)).join(', ')})`)
console.log(`france.topo.json: ${kb(gz('dist/geo/france.topo.json'))}`)
console.log(`communes.topo.json: ${kb(gz('dist/geo/communes.topo.json'))}`)
console.log(`communes/<dép>.topo.json: median ${kb(median(sizes))}, largest ${kb(largest.size)} (${largest.f}), all ${deps.length} files ${kb(sizes.reduce((a, b) => a + b, 0))}`)
