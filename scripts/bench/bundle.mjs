// What the browser benchmarks serve: the page bundle of an entry (scripts/bench/*-entry.js) over a dist/,
// built with Preact and d3 and minified as a host ships it, and the files of dist/geo and dist/registry.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rollup } from 'rollup'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'

/** `entry` (a path under the repo `root`, importing `../../dist/…`) bundled against `dist` into one minified IIFE. */
export async function pageBundle(root, entry, dist) {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'))
  writeFileSync(join(tmp, 'entry.js'), readFileSync(join(root, entry), 'utf8').replaceAll('../../dist/', `${join(dist, '/')}`))
  const b = await rollup({ input: join(tmp, 'entry.js'), plugins: [nodeResolve({ rootDir: root, modulePaths: [join(root, 'node_modules')] })], onwarn: () => {} })
  const { output } = await b.generate({ format: 'iife', inlineDynamicImports: true, plugins: [terser()] })
  await b.close()
  rmSync(tmp, { recursive: true, force: true })
  return Buffer.from(output[0].code)
}

/** Every file under `dir`, served under `prefix` (read once: a rebuild during the run does not mix versions). */
export function tree(dir, prefix, into = {}) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) tree(path, `${prefix}${name}/`, into)
    else if (/\.(json|bin)$/.test(name)) into[`${prefix}${name}`] = readFileSync(path)
  }
  return into
}
