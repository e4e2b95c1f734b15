// What the script tag's parts are made of: rollup `generate` of the parts build (rollup.config.mjs,
// the ES build whose input is the loader) without terser, then per chunk and per module the minified
// length: each module's rendered code is minified and gzipped alone (an estimate, gzip's shared context
// is lost), modules grouped by package or source folder.
// Usage: node scripts/analyze-embed.mjs [chunk-name-substring] [--modules]
import { rollup } from 'rollup'
import { gzipSync } from 'node:zlib'
import { minify } from 'terser'
import config from '../rollup.config.mjs'

const only = process.argv.slice(2).find((a) => !a.startsWith('--'))
const showModules = process.argv.includes('--modules')
const build = config.find((c) => c.input?.loader)
const plugins = build.plugins.filter((p) => p.name !== 'terser')
const bundle = await rollup({ input: build.input, treeshake: build.treeshake, plugins, onwarn: () => {} })
const { output } = await bundle.generate({ ...build.output, dir: undefined })

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
const kb = (n) => (n / 1024).toFixed(1)

for (const chunk of output) {
  if (chunk.type !== 'chunk' || (only && !chunk.fileName.includes(only))) continue
  const rows = []
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.renderedLength) continue
    const min = (await minify(m.code, { ecma: 2020, module: false, toplevel: false, compress: { passes: 2 }, mangle: true })).code ?? ''
    rows.push({ id: id.replace(process.cwd() + '/', ''), group: group(id), min: min.length, gz: gzipSync(min, { level: 9 }).length, code: min })
  }
  const groups = new Map()
  for (const r of rows) {
    const g = groups.get(r.group) ?? { group: r.group, min: 0, n: 0, code: '' }
    g.min += r.min
    g.code += r.code
    g.n++
    groups.set(r.group, g)
  }
  // A group's modules gzipped together: closer to what the group adds to the real file.
  for (const g of groups.values()) g.gz = gzipSync(g.code, { level: 9 }).length
  const total = [...groups.values()].reduce((s, g) => s + g.gz, 0)
  console.log(`\n${chunk.fileName}: sum of per-group gzip ${kb(total)} KB (the real file compresses better: scale down)`)
  for (const g of [...groups.values()].sort((a, b) => b.gz - a.gz)) console.log('  ' + g.group.padEnd(40), String(g.n).padStart(4), kb(g.min).padStart(7), kb(g.gz).padStart(6))
  if (showModules) for (const r of rows.sort((a, b) => b.gz - a.gz)) console.log('    ' + r.id.padEnd(70), kb(r.min).padStart(7), kb(r.gz).padStart(6))
}
