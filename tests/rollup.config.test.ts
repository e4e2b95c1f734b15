// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { signalCoercions } from './support/signal-coercions.js'

const cwd = process.cwd()
const dir = mkdtempSync(join(tmpdir(), 'atlas-rollup-config-'))
afterAll(() => {
  process.chdir(cwd)
  rmSync(dir, { recursive: true, force: true })
})

type Plugin = { name: string; buildStart?: () => void; resolveId?: (this: unknown, source: string, importer?: string) => string | null }
type Config = { input: unknown; plugins: Plugin[]; output: { format: string } }
// A variable specifier: the config is plain JavaScript without type declarations.
/** The config's exports: the builds (`default`) and the lists its plugins cut by. */
const configExports = async <T,>() => (await import(/* @vite-ignore */ pathToFileURL(join(cwd, 'rollup.config.mjs')).href)) as T
const load = async () => (await configExports<{ default: Config[] }>()).default

type Transform = Plugin & { transform: (this: unknown, code: string, id: string) => { code: string } | null }
/** A plugin context whose `error` throws, as rollup's does. */
const context = { error: (message: string) => { throw new Error(message) } }
/** The parts build's plugin `name`, checked to be in that build only. */
async function partsPlugin(name: string): Promise<Transform> {
  const config = await load()
  const parts = config.find((c) => c.plugins.some((p) => p.name === 'collect-parts'))!
  expect(config.filter((c) => c.plugins.some((p) => p.name === name))).toEqual([parts])
  return parts.plugins.find((p) => p.name === name) as Transform
}
/** A transformed module written beside the test and imported, to run what a build would ship. */
async function importWritten<T>(name: string, code: string): Promise<T> {
  const file = join(dir, name)
  writeFileSync(file, code.replace(/\/\/# sourceMappingURL=.*/, ''))
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as T
}
/** The runtime sources (src/ and data-adapters/, no tests or stories), each with its text. */
const runtimeSources = () =>
  ['src', 'data-adapters']
    .flatMap((d) => readdirSync(join(cwd, d), { recursive: true, encoding: 'utf8' }).map((f) => join(cwd, d, f)))
    .filter((f) => /\.tsx?$/.test(f) && !/\.(test|stories)\.tsx?$/.test(f))
    .map((f) => [f, readFileSync(f, 'utf8')] as const)

describe('rollup.config.mjs', () => {
  it('deletes nothing when imported (scripts/analyze-embed.mjs imports it); the first build cleans old chunks', async () => {
    // The config resolves its tsconfig from the working directory: imported from the checkout, whose
    // dist/ must keep a file put there for the test.
    const sentinel = join(cwd, 'dist/rollup-config-test-sentinel.js')
    mkdirSync(join(cwd, 'dist'), { recursive: true })
    writeFileSync(sentinel, '')
    try {
      await load()
      expect(existsSync(sentinel)).toBe(true)
    } finally {
      rmSync(sentinel, { force: true })
    }
    const config = await load()
    mkdirSync(join(dir, 'dist/geo'), { recursive: true })
    for (const f of ['dist/old-chunk-abc.js', 'dist/old-abc.d.ts', 'dist/geo/france.topo.json']) writeFileSync(join(dir, f), '')
    process.chdir(dir)
    config[0]!.plugins.find((p) => p.name === 'atlas-clean-dist')!.buildStart!()
    process.chdir(cwd)
    expect(existsSync(join(dir, 'dist/old-chunk-abc.js'))).toBe(false)
    expect(existsSync(join(dir, 'dist/old-abc.d.ts'))).toBe(false)
    expect(existsSync(join(dir, 'dist/geo/france.topo.json'))).toBe(true)
  })

  it('gives the npm build the literal asset URLs, and the script-tag bundles the plain fetch', async () => {
    const config = await load()
    const importer = join(cwd, 'src/core/assets.ts')
    const swap = (c: Config) => c.plugins.find((p) => p.name === 'atlas-asset-urls')?.resolveId?.('./asset-urls.js', importer)
    expect(swap(config[0]!)).toBe(join(cwd, 'src/core/asset-urls.dist.ts'))
    const browser = join(cwd, 'src/core/asset-urls.browser.ts')
    expect(config.filter((c) => c.output.format === 'iife').map(swap)).toEqual([browser, browser])
  })

  it("gives the script-tag builds the browser's windows-1252 decoder, and the npm build the hand table", async () => {
    const config = await load()
    // Whichever module imports the decoder (a rule naming one file missed the module it moved to).
    const csv = join(cwd, 'data-adapters/csv')
    const importers = readdirSync(csv).filter((f) => readFileSync(join(csv, f), 'utf8').includes("from './windows-1252.js'"))
    expect(importers.length).toBeGreaterThan(0)
    const browser = join(cwd, 'data-adapters/csv/windows-1252.browser.ts')
    for (const importer of importers) {
      const swap = (c: Config) => c.plugins.find((p) => p.name === 'atlas-asset-urls')?.resolveId?.('./windows-1252.js', join(csv, importer))
      expect(swap(config[0]!)).toBeNull()
      expect(config.filter((c) => c.plugins.some((p) => p.name === 'collect-parts') || c.output.format === 'iife').map(swap)).toEqual([browser, browser, browser])
    }
  })

  it('fails the npm build when runtime code imports a package that is not in dependencies', async () => {
    const config = await load()
    const guard = config[0]!.plugins.find((p) => p.name === 'atlas-only-dependencies')!
    expect(() => guard.resolveId!.call(context, 'd3-dsv', join(cwd, 'src/core/x.ts'))).toThrow(`d3-dsv, imported by ${join(cwd, 'src/core/x.ts')}, is not in package.json dependencies`)
    expect(guard.resolveId!.call(context, 'preact/hooks', join(cwd, 'src/core/x.ts'))).toBeNull()
    expect(guard.resolveId!.call(context, 'd3-dsv', join(cwd, 'node_modules/x/index.js'))).toBeNull()
    expect(guard.resolveId!.call(context, './y.js', join(cwd, 'src/core/x.ts'))).toBeNull()
  })

  it("gives the script tag's parts the regions and départements without population nor chef-lieu, and only them", async () => {
    const plugin = await partsPlugin('atlas-registry-without-figures')
    const id = join(cwd, 'src/core/registry/base.generated.ts')
    const source = readFileSync(id, 'utf8')
    const { code } = plugin.transform.call({ error: (m: string) => { throw new Error(m) } }, source, id)!
    const rows = (name: string, text: string) => new RegExp(`export const ${name} = "([^"]*)"`).exec(text)![1]!.split(';').map((r) => r.split('|'))
    const [regions, departements] = [rows('REGIONS', code), rows('DEPARTEMENTS', code)]
    expect(regions).toEqual(rows('REGIONS', source).map(([c, n, , , z]) => [c, n, '', '', z]))
    expect(departements).toEqual(rows('DEPARTEMENTS', source).map(([c, n, r, , , z]) => [c, n, r, '', '', z]))
    expect(regions.find((r) => r[0] === '53')).toEqual(['53', 'Bretagne', '', '', 'm'])
    expect(plugin.transform.call({}, 'export const x = 1', join(cwd, 'src/core/registry/base.ts'))).toBeNull()
  })

  it("gives the script tag's parts the shipped classes without the members only a library caller reads; the loader's modules type-check without them", async () => {
    const plugin = await partsPlugin('atlas-without-api-only-members')
    const { API_ONLY_MEMBERS, withoutMembers } = await configExports<{
      API_ONLY_MEMBERS: Record<string, Record<string, string[]>>
      withoutMembers: (source: string, classes: Record<string, string[]>) => { code?: string; error?: string }
    }>()
    const id = join(cwd, 'src/core/indicator-table.ts')
    const source = readFileSync(id, 'utf8')
    const { code } = plugin.transform.call(context, source, id)!
    expect(source).toMatch(/\n {2}missingCounts\(\)/)
    for (const gone of [/\n {2}has\(/, /get size\(\)/, /\n {2}values\(\)/, /missingCounts/, /\n {2}rank\(/, /rankedCount/, /#ranks/]) expect(code).not.toMatch(gone)
    // What the widgets read stays, with its comment.
    for (const kept of [/The cell for `code`[^\n]*\n {2}get\(code: string\)/, /nationalValue\(kind/, /\n {2}codes\(\)/, /\n {2}entries\(\)/, /#cells/]) expect(code).toMatch(kept)
    expect(withoutMembers('class A { x() {}\n  /** y */\n  y() {} }', { A: ['y'] })).toEqual({ code: 'class A { x() {} }' })
    expect(withoutMembers('class A { x() {} }', { A: ['z'] })).toEqual({ error: 'A.z not found' })
    expect(() => plugin.transform.call(context, 'export class IndicatorTable {}', id)).toThrow('without-api-only-members: src/core/indicator-table.ts: IndicatorTable.has not found')
    expect(plugin.transform.call(context, source, join(cwd, 'src/core/ranks.ts'))).toBeNull()
    // The guard: the loader and every module it reaches (its parts, through their dynamic imports)
    // type-check against the classes as the parts ship them.
    const ts = (await import('typescript')).default
    const { config } = ts.readConfigFile(join(cwd, 'tsconfig.json'), ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, cwd)
    const host = ts.createCompilerHost(options)
    const stripped = new Map(Object.entries(API_ONLY_MEMBERS).map(([f, classes]) => [join(cwd, f), withoutMembers(readFileSync(join(cwd, f), 'utf8'), classes).code!]))
    const getSourceFile = host.getSourceFile.bind(host)
    host.getSourceFile = (name, ...rest) => (stripped.has(name) ? ts.createSourceFile(name, stripped.get(name)!, ts.ScriptTarget.ES2022, true) : getSourceFile(name, ...rest))
    // With the modules rollup swaps in for the parts (`*.parts.ts`), which nothing imports by their own name.
    const swapped = readdirSync(join(cwd, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.parts.ts')).map((f) => join(cwd, 'src', f))
    expect(swapped).toContain(join(cwd, 'src/embed/source-of.parts.ts'))
    const program = ts.createProgram([join(cwd, 'src/embed/index.ts'), ...swapped], options, host)
    const files = program.getSourceFiles().map((f) => f.fileName)
    for (const f of swapped) expect(files).toContain(f)
    for (const f of stripped.keys()) expect(files).toContain(f)
    expect(files).toContain(join(cwd, 'src/components/ranking/RankingChart.tsx'))
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    expect(errors).toEqual([])
  })

  it("gives the script tag's parts signals-core without its Computed class, which nothing in src/ uses; signals and effects work", async () => {
    const plugin = await partsPlugin('atlas-without-computed')
    const id = join(cwd, 'node_modules/@preact/signals-core/dist/signals-core.module.js')
    const source = readFileSync(id, 'utf8')
    const { code } = plugin.transform.call(context, source, id)!
    expect(source).toContain('j.prototype=new l')
    expect(code).not.toContain('j.prototype')
    expect(code.length).toBeLessThan(source.length - 900)
    const core = await importWritten<typeof import('@preact/signals-core')>('signals-core.mjs', code)
    const a = core.signal(1)
    const seen: number[] = []
    const stop = core.effect(() => void seen.push(a.value))
    core.batch(() => ((a.value = 2), (a.value = 3)))
    stop()
    a.value = 4
    expect(seen).toEqual([1, 3])
    expect(() => core.computed(() => a.value)).toThrow('computed signals are not in the script-tag parts')
    expect(() => plugin.transform.call(context, 'export const x = 1', id)).toThrow('without-computed: @preact/signals-core no longer defines Computed as expected')
    expect(plugin.transform.call(context, source, join(cwd, 'node_modules/@preact/signals/dist/signals.module.js'))).toBeNull()
    // What the stub relies on: no source module imports `computed`.
    const imports = runtimeSources()
      .flatMap(([, text]) => [...text.matchAll(/import \{([^}]*)\} from '@preact\/signals(?:-core)?'/g)].map((m) => m[1]!))
    expect(imports.length).toBeGreaterThan(0)
    expect(imports.filter((names) => /\bcomputed\b/.test(names))).toEqual([])
  })

  it("gives the script tag's parts signals-core without the options, brand and disposal no source uses; signals, effects and subscriptions work", async () => {
    const plugin = await partsPlugin('atlas-lean-signals')
    const { SIGNALS_CORE_CUTS } = await configExports<{ SIGNALS_CORE_CUTS: [string, string][] }>()
    const id = join(cwd, 'node_modules/@preact/signals-core/dist/signals-core.module.js')
    const source = readFileSync(id, 'utf8')
    const { code } = plugin.transform.call(context, source, id)!
    for (const [cut] of SIGNALS_CORE_CUTS) expect(code).not.toContain(cut)
    expect(code).not.toMatch(/\.brand=|\.watched|\.unwatched|Symbol\.dispose\]=n;|prototype\.dispose=|prototype\.(valueOf|toString|toJSON)=|name:"sub"/)
    const core = await importWritten<typeof import('@preact/signals-core')>('signals-core-lean.mjs', code)
    const a = core.signal(1)
    const seen: number[] = []
    const stop = core.effect(() => void seen.push(a.value))
    const heard: number[] = []
    const unsubscribe = a.subscribe((v) => void heard.push(v))
    core.batch(() => ((a.value = 2), (a.value = 3)))
    expect(a.peek()).toBe(3)
    stop()
    unsubscribe()
    a.value = 4
    expect(seen).toEqual([1, 3])
    expect(heard).toEqual([1, 3])
    expect(() => plugin.transform.call(context, source.replace('l.prototype.brand=i;', ''), id)).toThrow('lean-signals: @preact/signals-core/dist/signals-core.module.js no longer has l.prototype.brand=i;')
    expect(plugin.transform.call(context, source, join(cwd, 'node_modules/@preact/signals/dist/signals.module.js'))).toBeNull()
    // What the cuts rely on: no source passes options to `signal` or `effect`, nor imports `createModel`
    // or `action`, nor declares `using`.
    const sources = runtimeSources().map(([, text]) => text)
    const imports = sources.flatMap((text) => [...text.matchAll(/import \{([^}]*)\} from '@preact\/signals(?:-core)?'/g)].map((m) => m[1]!))
    expect(imports.length).toBeGreaterThan(0)
    expect(imports.filter((names) => /\b(createModel|action)\b/.test(names))).toEqual([])
    expect(sources.filter((text) => /\b(watched|unwatched)\b|\busing\s+\w+\s*=/.test(text))).toEqual([])
    expect(sources.filter((text) => /\b(signal|effect)(<[^>]*>)?\([^()]*(\([^()]*\)[^()]*)*,\s*\{/.test(text))).toEqual([])
  })

  it("gives the script tag's parts signals-core without a signal's conversions: no module the loader reaches converts a signal", async () => {
    const { SIGNALS_CORE_CUTS } = await configExports<{ SIGNALS_CORE_CUTS: [string, string][] }>()
    expect(SIGNALS_CORE_CUTS.some(([cut]) => cut.includes('prototype.toString='))).toBe(true)
    const ts = (await import('typescript')).default
    const { config } = ts.readConfigFile(join(cwd, 'tsconfig.json'), ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, cwd)
    // The loader and every module it reaches (its parts, through their dynamic imports), with the
    // modules rollup swaps in for the parts, and a module that converts signals in each way checked.
    const seed = join(cwd, 'src/signal-coercions-seed.tsx')
    const seedText = [
      "import { signal, type ReadonlySignal } from '@preact/signals-core'; import { useEffect } from 'preact/hooks'",
      "const s = signal('a'), n = signal(2)",
      'export const a = `x ${s}`',
      "export const b = 'x' + s",
      'export const c = String(s)',
      'export const d = JSON.stringify({ deep: [{ s }] })',
      'export const e = +n',
      'export const f = ({} as any)[s]',
      'export const g = [s, s].join()',
      'export const h = <p title={s} />',
      'export const i = <>{s}</>',
      'export const j = <div {...{ id: s }} />',
      'export const k = s.toString()',
      'export const l = n > 1',
      'export const m: unknown = { details: n }',
      'export const o: string | ReadonlySignal<number> = n',
      "export const fine = [useEffect(() => {}, [s]), `${s.value}`, s.value + 'x', s === s, JSON.stringify({ v: s.value }), <p title={s.value}>{s.value}</p>, s.peek(), !s]",
    ].join('\n')
    const host = ts.createCompilerHost(options)
    const getSourceFile = host.getSourceFile.bind(host)
    host.getSourceFile = (name, ...rest) => (name === seed ? ts.createSourceFile(name, seedText, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX) : getSourceFile(name, ...rest))
    const fileExists = host.fileExists.bind(host)
    host.fileExists = (name) => name === seed || fileExists(name)
    const swapped = readdirSync(join(cwd, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.parts.ts')).map((f) => join(cwd, 'src', f))
    const program = ts.createProgram([join(cwd, 'src/embed/index.ts'), ...swapped, seed], options, host)
    const own = program.getSourceFiles().filter((f) => !f.fileName.includes('node_modules'))
    const files = own.map((f) => f.fileName)
    for (const f of [...swapped, join(cwd, 'src/components/ranking/RankingChart.tsx'), join(cwd, 'src/embed/sync-url.ts'), join(cwd, 'data-adapters/join/national.ts')]) expect(files).toContain(f)
    const found = signalCoercions(ts, program, own)
    const lines = (file: string) => [...new Set(found.filter((f) => f.startsWith(`${file}:`)).map((f) => Number(f.split(':')[1])))]
    // Each line of the seed from the third converts, but the last.
    expect(lines(seed).sort((x, y) => x - y)).toEqual(Array.from({ length: 14 }, (_, i) => i + 3))
    expect(found.filter((f) => !f.startsWith(`${seed}:`))).toEqual([])
  })

  it('gives both script-tag bundles Preact and its JSX runtime without what no widget reaches; it renders, updates, catches and unmounts as Preact does', async () => {
    const config = await load()
    const withPlugin = config.filter((c) => c.plugins.some((p) => p.name === 'atlas-lean-preact'))
    expect(withPlugin.map((c) => c.output.format)).toEqual(['es', 'iife'])
    expect(withPlugin[1]!.input).toBe('src/embed/full.ts')
    expect(config.filter((c) => c.plugins.some((p) => p.name === 'atlas-lean-jsx'))).toEqual(withPlugin)
    const plugin = withPlugin[0]!.plugins.find((p) => p.name === 'atlas-lean-preact') as Transform
    const { PREACT_CUTS } = await configExports<{ PREACT_CUTS: [string, string][] }>()
    const id = join(cwd, 'node_modules/preact/dist/preact.mjs')
    const source = readFileSync(id, 'utf8')
    const { code } = plugin.transform.call(context, source, id)!
    for (const [cut] of PREACT_CUTS) expect(code).not.toContain(cut)
    // What is left of them is createContext's, which no source imports (below) and tree-shaking drops.
    expect(code.replace(/function U\(n\)\{.*?\}return t\.__c=.*?,t\}/, '')).not.toMatch(/componentWill|componentDidMount|componentDidUpdate|getDerivedState|getSnapshotBeforeUpdate|getChildContext|MathML|dangerouslySetInnerHTML|forceUpdate/)
    expect(code.length).toBeLessThan(source.length - 1500)
    expect(() => plugin.transform.call(context, source.replace('n.event?n.event(r):r', 'r'), id)).toThrow('lean-preact: preact/dist/preact.mjs no longer has n.event?n.event(r):r')
    expect(plugin.transform.call(context, source, join(cwd, 'node_modules/preact/hooks/dist/hooks.mjs'))).toBeNull()

    const hooks = readFileSync(join(cwd, 'node_modules/preact/hooks/dist/hooks.mjs'), 'utf8')
    // The JSX runtime without a development build's source and self, which TypeScript's `react-jsx` never passes.
    const jsxPlugin = withPlugin[0]!.plugins.find((p) => p.name === 'atlas-lean-jsx') as Transform
    const jsxId = join(cwd, 'node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs')
    const jsxSource = readFileSync(jsxId, 'utf8')
    const jsxCode = jsxPlugin.transform.call(context, jsxSource, jsxId)!.code
    expect(jsxSource).toContain('__source')
    expect(jsxCode).not.toMatch(/__source|\.vnode/)
    // No other module of the bundles sets options.vnode: the hooks set their own.
    expect(hooks).not.toMatch(/\.vnode=/)
    // The hooks without their report to `options.__h` (`_hook`, for Preact's devtools), which neither
    // Preact nor the hooks set (no source sets Preact's options, below).
    const hooksPlugin = withPlugin[0]!.plugins.find((p) => p.name === 'atlas-lean-hooks') as Transform
    expect(config.filter((c) => c.plugins.some((p) => p.name === 'atlas-lean-hooks'))).toEqual(withPlugin)
    const hooksId = join(cwd, 'node_modules/preact/hooks/dist/hooks.mjs')
    const hooksCode = hooksPlugin.transform.call(context, hooks, hooksId)!.code
    expect(hooks).toContain('a.__h&&a.__h(')
    expect(hooksCode).not.toMatch(/\.__h\(|a\.__s|requestAnimationFrame\)/)
    // (Preact's options are `n` in preact.mjs, `a` in hooks.mjs.)
    expect(source).not.toMatch(/\bn\.__h=/)
    expect(hooks).not.toMatch(/\ba\.__h=/)
    expect((JSON.parse(readFileSync(join(cwd, 'tsconfig.json'), 'utf8')) as { compilerOptions: { jsx: string } }).compilerOptions.jsx).toBe('react-jsx')

    // The same scene with Preact as published and as cut (each with its hooks and JSX runtime): the same DOM at each step.
    const { Window } = await import('happy-dom')
    const run = async (preactCode: string, jsxRuntime: string, hooksCode: string, tag: string) => {
      const P = await importWritten<typeof import('preact')>(`preact-${tag}.mjs`, preactCode)
      const H = await importWritten<typeof import('preact/hooks')>(`hooks-${tag}.mjs`, hooksCode.replace('from"preact"', `from"./preact-${tag}.mjs"`))
      const J = await importWritten<typeof import('preact/jsx-runtime')>(`jsx-${tag}.mjs`, jsxRuntime.replaceAll('from"preact"', `from"./preact-${tag}.mjs"`))
      const document = new Window().document as unknown as Document
      const root = document.createElement('div')
      document.body.append(root)
      const h = P.h
      const seen: string[] = []
      class Boundary extends P.Component<{ children?: unknown }, { error: unknown }> {
        override state = { error: undefined as unknown }
        override componentDidCatch(error: unknown) {
          this.setState({ error })
        }
        override render() {
          return this.state.error === undefined ? (this.props.children as never) : h('p', { role: 'alert' }, String((this.state.error as Error).message))
        }
      }
      let bump: (n: number) => void = () => {}
      function Counter(props: { items: string[]; fail: boolean }) {
        const [n, setN] = H.useState(0)
        bump = setN
        const memo = H.useMemo(() => props.items.join('+'), [props.items])
        const layouts = H.useRef(0)
        H.useLayoutEffect(() => void layouts.current++)
        const id = H.useId()
        H.useEffect(() => {
          seen.push(`effect ${n}`)
          return () => void seen.push(`cleanup ${n}`)
        }, [n])
        if (props.fail) throw new Error('broken')
        return h(
          'figure',
          { class: 'x', 'aria-busy': n === 0, style: { maxWidth: '2em' }, onClick: () => setN(n + 1) },
          h('p', { id }, `n=${n} ${memo} ${layouts.current}`, J.jsx('em', { children: 'jsx' }, 'k')),
          h('ul', null, props.items.map((i) => h('li', { key: i }, i))),
          h('svg', { viewBox: '0 0 2 2' }, h('path', { d: 'M0 0', class: 'p' }), h('foreignObject', null, h('span', null, 'in'))),
          h('select', { value: 'b' }, h('option', { value: 'a' }, 'a'), h('option', { value: 'b' }, 'b')),
        )
      }
      const steps: string[] = []
      const settle = () => new Promise((r) => setTimeout(r, 20))
      const snap = () => steps.push(root.innerHTML + ' | ' + [...root.querySelectorAll('svg, foreignObject span')].map((e) => e.namespaceURI).join(' '))
      P.render(h(Boundary, null, h(Counter, { items: ['a', 'b', 'c'], fail: false })), root)
      await settle()
      snap()
      bump(2)
      await settle()
      snap()
      P.render(h(Boundary, null, h(Counter, { items: ['c', 'a', 'd'], fail: false })), root)
      await settle()
      snap()
      ;(root.querySelector('figure') as HTMLElement).click()
      await settle()
      snap()
      P.render(h(Boundary, null, h(Counter, { items: ['c'], fail: true })), root)
      await settle()
      snap()
      P.render(null, root)
      await settle()
      snap()
      return { steps, seen }
    }
    const published = await run(source, jsxSource, hooks, 'published')
    const cut = await run(code, jsxCode, hooksCode, 'cut')
    expect(published.steps[0]).toContain('<li>a</li><li>b</li><li>c</li>')
    expect(published.steps[0]).toContain('http://www.w3.org/2000/svg http://www.w3.org/1999/xhtml')
    expect(published.steps[3]).toMatch(/id="P0-0">n=3 c\+a\+d 3<em>jsx<\/em>/)
    expect(published.steps[4]).toContain('<p role="alert">broken</p>')
    expect(published.steps[5]).toBe(' | ')
    expect(cut).toEqual(published)

    // What the cuts rely on: no source defines a cut lifecycle method, creates a context, hydrates, writes
    // HTML, draws MathML, forces an update or hooks `options.event` or `options.vnode`; none imports preact/compat.
    const sources = runtimeSources()
    expect(sources.length).toBeGreaterThan(100)
    const uses = /\b(getDerivedStateFromProps|getDerivedStateFromError|componentWillMount|componentWillReceiveProps|componentWillUpdate|componentDidMount|componentDidUpdate|componentWillUnmount|getSnapshotBeforeUpdate|getChildContext|contextType|createContext|useContext|hydrate|dangerouslySetInnerHTML|forceUpdate|createPortal)\b|<math\b|options\.(event|vnode|__h)|import \{[^}]*\boptions\b[^}]*\} from 'preact'|preact\/compat|\bclassName=|xlink|<(template|textarea|progress)\b|createComment|popover|setState\((\(|function|\w+\s*=>|[^)]*,)/
    expect(sources.filter(([, text]) => uses.test(text)).map(([f]) => f)).toEqual([])
  })

  it("gives the script tag's parts each topojson-client function from its own module, so that the map's chunk takes only what the map reads", async () => {
    const plugin = await partsPlugin('topojson-by-module')
    const id = join(cwd, 'src/core/geo/topology.ts')
    expect(plugin.transform.call(context, "import { feature, neighbors as topoNeighbors } from 'topojson-client';\nimport { mergeArcs } from 'topojson-client';\nfeature()", id)!.code).toBe(
      "import feature from 'topojson-client/src/feature.js'\nimport topoNeighbors from 'topojson-client/src/neighbors.js';\nimport { mergeArcs as mergeArcs } from 'topojson-client/src/merge.js';\nfeature()",
    )
    expect(() => plugin.transform.call(context, "import { nothing } from 'topojson-client'", id)).toThrow('topojson-by-module: nothing is not exported by topojson-client/src/index.js')
    expect(plugin.transform.call(context, "import { x } from 'preact'", id)).toBeNull()
    // Double quotes too; an import it cannot rewrite stops the build instead of taking the whole package.
    expect(plugin.transform.call(context, 'import { mergeArcs } from "topojson-client"', id)!.code).toBe("import { mergeArcs as mergeArcs } from 'topojson-client/src/merge.js'")
    expect(() => plugin.transform.call(context, "import * as topojson from 'topojson-client'", id)).toThrow('imports topojson-client otherwise than by named imports')
    expect(plugin.transform.call(context, "import type { Topology } from 'topojson-client'\nlet t: Topology", id)).toBeNull()
  })

  it("gives each module of the parts that imports the pooling rule (core/ratio-parts.ts) a copy of its own, not a chunk of its own", async () => {
    const plugin = (await partsPlugin('atlas-copy-per-importer')) as unknown as {
      resolveId: (this: unknown, source: string, importer?: string, options?: object) => Promise<string | null>
      load: (this: unknown, id: string) => string | null
    }
    const context = { resolve: async (s: string, importer: string) => ({ id: join(importer, '..', s.replace(/\.js$/, '.ts')) }) }
    const loadContext = { ...context, addWatchFile: () => undefined, error: (message: string) => { throw new Error(message) } }
    const importers = ['src/components/ranking/references.ts', 'src/components/table/reference.ts', 'src/core/reference.ts'].map((m) => join(cwd, m))
    const ids = await Promise.all(importers.map((m) => plugin.resolveId.call(context, m.includes('/core/') ? './ratio-parts.js' : '../../core/ratio-parts.js', m, {})))
    expect(new Set(ids).size).toBe(3)
    for (const id of ids) expect(id).toMatch(/^\0copy:.*src\/core\/ratio-parts\.ts\?src\//)
    // Any other module resolves as usual; an entry (no importer) too.
    expect(await plugin.resolveId.call(context, './registry/index.js', importers[2], {})).toBeNull()
    expect(await plugin.resolveId.call(context, './ratio-parts.js', undefined, {})).toBeNull()
    // The copy is the module's code as JavaScript: its function, no types.
    const code = plugin.load.call(loadContext, ids[0]!)!
    expect(code).toContain('export function pooled(parts, codes)')
    expect(code).not.toMatch(/interface|: number|RatioParts \|/)
    expect(plugin.load.call(loadContext, importers[0]!)).toBeNull()
  })

  it("makes each dynamically imported module a part; the loader's own import() stays as written (its chunk is not shipped)", async () => {
    const config = await load()
    const parts = config.find((c) => c.plugins.some((p) => p.name === 'collect-parts'))!
    const plugin = parts.plugins.find((p) => p.name === 'collect-parts') as Plugin & { resolveDynamicImport: (this: unknown, specifier: unknown, importer: string) => Promise<null | false> }
    const emitted: string[] = []
    const context = { resolve: async (s: string) => ({ id: join(cwd, 'src/x', s), external: false }), emitFile: (f: { id: string }) => (emitted.push(f.id), f.id) }
    expect(await plugin.resolveDynamicImport.call(context, './atlas-map.js', join(cwd, 'src/embed/elements.ts'))).toBe(false)
    expect(await plugin.resolveDynamicImport.call(context, '../core/assets.js', join(cwd, 'src/embed/index.ts'))).toBe(false)
    expect(await plugin.resolveDynamicImport.call(context, './DataTable.js', join(cwd, 'src/components/map/lazy-parts.ts'))).toBeNull()
    expect(await plugin.resolveDynamicImport.call(context, { type: 'TemplateLiteral' }, join(cwd, 'src/embed/elements.ts'))).toBeNull()
    expect(emitted).toEqual(['./atlas-map.js', '../core/assets.js', './DataTable.js'].map((s) => join(cwd, 'src/x', s)))
  })

  it("names the parts' shared bindings after their short export and import names when free, and minifies as before otherwise", async () => {
    const config = await load()
    const parts = config.find((c) => c.plugins.some((p) => p.name === 'collect-parts'))!
    const plugin = parts.plugins.find((p) => p.name === 'terser') as Plugin & { renderChunk: (this: unknown, code: string) => Promise<{ code: string }> }
    const { parseAst } = await import('rollup/parseAst')
    const chunk = [
      'import { d as first, B as other } from "./other.js";',
      // `B` is read from the page: not free, the binding keeps a name of terser's.
      'function useAll(list) { return list.map((item) => first(item) + other(item) + B) }',
      'const table = { a: 1 }',
      'export { useAll as a, table as b, table as tableOf, useAll as do }',
    ].join('\n')
    const { code } = await plugin.renderChunk.call({ parse: parseAst }, chunk)
    expect(code).toMatch(/^import\{d,B as (\w)\}from"\.\/other\.js";function a\(\w\)\{return \w\.map\(\w=>d\(\w\)\+\1\(\w\)\+B\)\}const b=\{a:1\};export\{a,b,b as tableOf,a as do\};$/)
  })

  it("leaves out of a part's exports what no shipped chunk reads: the loader reads `element` and `setAssetBase` of its parts, other chunks their imports", async () => {
    const config = await load()
    const parts = config.find((c) => c.plugins.some((p) => p.name === 'collect-parts'))!
    const collect = parts.plugins.find((p) => p.name === 'collect-parts') as Plugin & { resolveDynamicImport: (this: unknown, specifier: unknown, importer: string) => Promise<null | false> }
    const plugin = parts.plugins.find((p) => p.name === 'terser') as Plugin & { renderChunk: (this: unknown, code: string, chunk: unknown, options: unknown, meta: unknown) => Promise<{ code: string }> }
    const { parseAst } = await import('rollup/parseAst')
    // The map's element, a part of the loader; a table, a part that a module of the bundle imports.
    const element = join(cwd, 'src/x/atlas-map.js')
    const table = join(cwd, 'src/x/DataTable.js')
    const resolving = { resolve: async (s: string) => ({ id: join(cwd, 'src/x', s), external: false }), emitFile: (f: { id: string }) => f.id }
    expect(await collect.resolveDynamicImport.call(resolving, './atlas-map.js', join(cwd, 'src/embed/elements.ts'))).toBe(false)
    const modules: Record<string, { isEntry: boolean; dynamicImporters: string[]; exports: string[] }> = {
      [element]: { isEntry: true, dynamicImporters: [], exports: ['element', 'AtlasMapElement', 'mapElementSpec'] },
      [table]: { isEntry: true, dynamicImporters: [join(cwd, 'src/x/lazy.js')], exports: ['DataTable', 'tableStyles'] },
      [join(cwd, 'src/x/shared.js')]: { isEntry: false, dynamicImporters: [], exports: ['shared', 'key'] },
    }
    const context = { parse: parseAst, getModuleInfo: (id: string) => modules[id] ?? null }
    const chunk = { fileName: 'map.js', moduleIds: Object.keys(modules) }
    const meta = {
      chunks: {
        // The loader's own chunk, not shipped, imports the registry's key.
        'loader.js': { facadeModuleId: join(cwd, 'src/embed/index.ts'), importedBindings: { 'map.js': ['k', 'e'] }, dynamicImports: ['map.js'] },
        'ranking.js': { facadeModuleId: join(cwd, 'src/x/ranking.js'), importedBindings: { 'map.js': ['s'] }, dynamicImports: [] as string[] },
      },
    }
    const code = [
      'class Map1 extends HTMLElement {}',
      'const spec = { a: 1 }, key = Symbol.for("k"), table = () => spec, styles = "", shared = () => key',
      'customElements.define("x-map", Map1)',
      'export { Map1 as AtlasMapElement, Map1 as element, spec as mapElementSpec, key as k, table as DataTable, styles as tableStyles, shared as s }',
    ].join('\n')
    const out = (await plugin.renderChunk.call(context, code, chunk, {}, meta)).code
    const exported = /export\{([^}]*)\}/.exec(out)![1]!.split(',').map((s) => s.split(' as ').pop())
    expect(exported.sort()).toEqual(['DataTable', 'element', 's', 'tableStyles'])
    // Imported on use by a shipped chunk, it is read through a namespace object the bindings do not list: all kept.
    meta.chunks['ranking.js'].dynamicImports = ['map.js']
    const whole = (await plugin.renderChunk.call(context, code, chunk, {}, meta)).code
    expect(/export\{([^}]*)\}/.exec(whole)![1]!.split(',')).toHaveLength(7)
  })

  it("leaves terser's own naming to a part that runs eval: the names eval reads are not renamed", async () => {
    const config = await load()
    const parts = config.find((c) => c.plugins.some((p) => p.name === 'collect-parts'))!
    const plugin = parts.plugins.find((p) => p.name === 'terser') as Plugin & { renderChunk: (this: unknown, code: string) => Promise<{ code: string }> }
    const { parseAst } = await import('rollup/parseAst')
    // With the cache, `x` would be named `A`, the very name eval's scope keeps for its local `A`.
    const chunk = ['import { A as x } from "./other.js";', 'export function run(source) { var A = 2; eval(source); return x + A }'].join('\n')
    const { code } = await plugin.renderChunk.call({ parse: parseAst }, chunk)
    expect(code).toMatch(/^import\{A as \w\}from/)
    expect(code).not.toMatch(/return A\+A|A\+A\}/)
  })
})

