// What the script-tag bundle is made of: rollup `generate` with the build's plugins, then per module
// the minified length (rollup's renderedLength after terser is not available per module, so each
// module's rendered code is minified and gzipped alone: an estimate, shared context is lost) grouped
// by package or source folder. Usage: node scripts/analyze-embed.mjs [entry] [--modules]
import { rollup } from 'rollup'
import { gzipSync } from 'node:zlib'
import { minify } from 'terser'
import config from '../rollup.config.mjs'

const entry = process.argv[2]?.startsWith('--') ? undefined : process.argv[2]
const showModules = process.argv.includes('--modules')
const iife = config.find((c) => c.output?.format === 'iife' && (!entry || c.input === entry)) ?? config.find((c) => c.output?.format === 'iife')
const plugins = iife.plugins.filter((p) => p.name !== 'terser')
const bundle = await rollup({ input: entry ?? iife.input, plugins, onwarn: () => {} })
const { output } = await bundle.generate({ ...iife.output, file: undefined })
const chunk = output[0]

function group(id) {
  const nm = id.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = id.slice(nm + 13).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  const rel = id.replace(process.cwd() + '/', '')
  const parts = rel.split('/')
  return parts.slice(0, Math.min(parts.length - 1, rel.startsWith('src/components') ? 3 : 2)).join('/')
}

const rows = []
for (const [id, m] of Object.entries(chunk.modules)) {
  if (!m.renderedLength) continue
  const min = (await minify(m.code, { ecma: 2020, module: false, toplevel: false, compress: { passes: 2 }, mangle: true })).code ?? ''
  rows.push({ id: id.replace(process.cwd() + '/', ''), group: group(id), rendered: m.renderedLength, min: min.length, gz: gzipSync(min, { level: 9 }).length, code: min })
}
const groups = new Map()
for (const r of rows) {
  const g = groups.get(r.group) ?? { group: r.group, rendered: 0, min: 0, gz: 0, n: 0, code: '' }
  g.rendered += r.rendered
  g.min += r.min
  g.code += r.code
  g.n++
  groups.set(r.group, g)
}
// A group's modules gzipped together: closer to what the group adds to the real file.
for (const g of groups.values()) g.gz = gzipSync(g.code, { level: 9 }).length
const kb = (n) => (n / 1024).toFixed(1)
const total = [...groups.values()].reduce((s, g) => s + g.gz, 0)
console.log(`whole bundle (unminified) ${kb(chunk.code.length)} KB; sum of per-group gzip ${kb(total)} KB (the real file compresses better: scale down)`)
console.log('group'.padEnd(40), 'modules', 'min KB'.padStart(8), 'gz KB'.padStart(7))
for (const g of [...groups.values()].sort((a, b) => b.gz - a.gz)) console.log(g.group.padEnd(40), String(g.n).padStart(7), kb(g.min).padStart(8), kb(g.gz).padStart(7))
if (showModules) {
  console.log()
  for (const r of rows.sort((a, b) => b.gz - a.gz)) console.log(r.id.padEnd(70), kb(r.min).padStart(7), kb(r.gz).padStart(6))
}
