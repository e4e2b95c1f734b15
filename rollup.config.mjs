// Builds the npm package (ESM + types) and the script-tag bundles (minified IIFEs): atlas-culture.min.js
// (the elements and a small scripting API, size-budgeted) and atlas-culture.full.js (the whole API).
import typescript from '@rollup/plugin-typescript'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import { minify } from 'terser'
import { dts } from 'rollup-plugin-dts'
import tsApi from 'typescript'
import { readFileSync, readdirSync, rmSync, existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

// Hashed chunks of earlier builds would otherwise pile up in dist/ and be published; the data build's
// folders (dist/geo, dist/registry) stay. A hook of the first build, not top-level code: scripts that
// import this config (scripts/analyze-embed.mjs) must not delete the build.
const cleanDist = () => ({
  name: 'atlas-clean-dist',
  buildStart() {
    if (existsSync('dist')) for (const f of readdirSync('dist')) if (/\.(js|d\.ts)$|^atlas-culture\.parts\.json$/.test(f)) rmSync(`dist/${f}`)
  },
})

// A package that runtime code imports must be in package.json `dependencies` (external, installed by
// consumers): otherwise the npm build would silently copy it into dist/.
const onlyDependencies = () => ({
  name: 'atlas-only-dependencies',
  resolveId(source, importer) {
    if (importer && !importer.includes('/node_modules/') && /^[@a-z]/.test(source) && !source.startsWith('node:') && !external(source))
      this.error(`${source}, imported by ${importer}, is not in package.json dependencies`)
    return null
  },
})

// How shipped files are located and read differs by build (src/core/asset-urls*.ts): the npm build
// names every file by a URL relative to the module, which applications' bundlers see and copy, and
// reads data: URLs they inline; the script-tag bundles only fetch beside the script.
const assetVariant = (variant) => ({
  name: 'atlas-asset-urls',
  resolveId(source, importer) {
    if (source === './asset-urls.js' && importer?.endsWith(join('src', 'core', 'assets.ts'))) return join(dirname(importer), `asset-urls.${variant}.ts`)
    // Browsers decode windows-1252 themselves; the hand table stays in the npm build (Node reads the label as Latin-1).
    if (source === './windows-1252.js' && variant === 'browser' && importer && dirname(importer).endsWith(join('data-adapters', 'csv'))) return join(dirname(importer), 'windows-1252.browser.ts')
    return null
  },
})

// The script tag's parts: no element shows a territory's population or chef-lieu, so the bundled
// regions and départements leave those fields empty (about 0.7 KB gzip on every page). The npm build
// and atlas-culture.full.js (the public API, registry included) keep them.
const registryWithoutFigures = () => ({
  name: 'atlas-registry-without-figures',
  transform(code, id) {
    if (!id.endsWith(join('src', 'core', 'registry', 'base.generated.ts'))) return null
    // Regions: code|name|chefLieu|population|zone; départements: code|name|region|chefLieu|population|zone.
    const blank = (name, at) =>
      (text) => text.replace(new RegExp(`(export const ${name} = ")([^"]*)"`), (_, head, rows) => `${head}${rows.split(';').map((row) => row.split('|').map((f, i) => (at.includes(i) ? '' : f)).join('|')).join(';')}"`)
    const out = blank('DEPARTEMENTS', [3, 4])(blank('REGIONS', [2, 3])(code))
    if (out === code) this.error('registry-without-figures: base.generated.ts no longer has the expected REGIONS/DEPARTEMENTS rows')
    return { code: out, map: null }
  },
})

// Members of shipped classes that only a library caller reads, left out of the script tag's parts: the
// elements never call them (tests/rollup.config.test.ts type-checks the loader's modules without them),
// and the npm build and atlas-culture.full.js keep the public API whole. `toJSON` gives
// `JSON.stringify(shape)` its path data; no part stringifies a shape. About 0.15 KB gzip on every page.
export const API_ONLY_MEMBERS = {
  'src/core/indicator-table.ts': { IndicatorTable: ['has', 'size', 'values', 'missingCounts', 'rank', 'rankedCount', '#ranks'] },
  'src/core/geo/project.ts': { Projected: ['toJSON'] },
}
/** `source` without the listed members of its classes (their comments too), or a message naming what is not found. */
export function withoutMembers(source, classes) {
  const file = tsApi.createSourceFile('x.ts', source, tsApi.ScriptTarget.ESNext, true)
  const cuts = []
  for (const [name, members] of Object.entries(classes)) {
    const decl = file.statements.find((n) => tsApi.isClassDeclaration(n) && n.name?.text === name)
    if (!decl) return { error: `class ${name} not found` }
    for (const member of members) {
      const found = decl.members.filter((m) => m.name?.getText(file) === member)
      if (found.length === 0) return { error: `${name}.${member} not found` }
      for (const m of found) cuts.push([m.getFullStart(), m.end])
    }
  }
  let code = source
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + code.slice(end)
  return { code }
}
const withoutApiOnlyMembers = () => {
  const files = new Map(Object.entries(API_ONLY_MEMBERS).map(([f, classes]) => [resolve(f), classes]))
  return {
    name: 'atlas-without-api-only-members',
    transform(code, id) {
      const classes = files.get(id)
      if (!classes) return null
      const out = withoutMembers(code, classes)
      if (out.error) this.error(`without-api-only-members: ${relative('.', id)}: ${out.error}`)
      return { code: out.code, map: null }
    },
  }
}

// The script tag's parts read the text tables by language on demand (src/core/text/table.parts.ts).
const textsByLanguage = () => ({
  name: 'atlas-texts-by-language',
  async resolveId(source, importer, options) {
    if (!importer || !/table\.js$/.test(source)) return null
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
    return resolved?.id === resolve('src/core/text/table.ts') ? resolve('src/core/text/table.parts.ts') : null
  },
})

// The script tag's parts fetch the Jenks natural breaks when an element first asks for them
// (src/core/scales/breaks-jenks.parts.ts, which itself imports the original on use).
const jenksOnUse = () => ({
  name: 'atlas-jenks-on-use',
  async resolveId(source, importer, options) {
    if (!importer || !/breaks-jenks\.js$/.test(source) || importer === resolve('src/core/scales/breaks-jenks.parts.ts')) return null
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
    return resolved?.id === resolve('src/core/scales/breaks-jenks.ts') ? resolve('src/core/scales/breaks-jenks.parts.ts') : null
  },
})

// The elements read their `src` in the parts through src/embed/source-of.parts.ts: what `fromCSV` and
// `fromJSON({ ...join, url, allowHttp })` read, without their checks of options no attribute sets (0.6 KB
// gzip on the page of every widget). The npm build and atlas-culture.full.js, which carry the adapters
// for their callers anyway, call them (source-of.ts): the lean readers there would only add bytes.
const leanSources = () => ({
  name: 'atlas-lean-sources',
  async resolveId(source, importer, options) {
    if (!importer || !/source-of\.js$/.test(source)) return null
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
    return resolved?.id === resolve('src/embed/source-of.ts') ? resolve('src/embed/source-of.parts.ts') : null
  },
})

// The pooling rule (src/core/ratio-parts.ts, 0.1 KB) is read by the ranking, the table and the
// portrait, never by the map: in the parts it would be a chunk of its own that each of their pages
// fetches (+118 B gzip: a file and its imports, against a copy's 0.1 KB). There, each module that
// imports it gets its own copy, in that module's chunk; the npm build and atlas-culture.full.js keep
// the one module.
const COPIED = ['src/core/ratio-parts.ts'].map((m) => resolve(m))
const copyPerImporter = () => ({
  name: 'atlas-copy-per-importer',
  async resolveId(source, importer, options) {
    if (!importer || importer.startsWith('\0')) return null
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
    return resolved && COPIED.includes(resolved.id) ? `\0copy:${resolved.id}?${relative('.', importer)}` : null
  },
  load(id) {
    if (!id.startsWith('\0copy:')) return null
    const file = id.slice(6, id.indexOf('?'))
    this.addWatchFile(file)
    const source = readFileSync(file, 'utf8')
    // A copy has no place of its own: an import of it would resolve from nowhere.
    if (/^\s*import\s+(?!type\b)|^\s*export\s(?!type\b)[^\n]*\bfrom\s*['"]/m.test(source)) this.error(`copy-per-importer: ${file} imports a module; only a leaf is copied`)
    return tsApi.transpileModule(source, { compilerOptions: { target: tsApi.ScriptTarget.ESNext, module: tsApi.ModuleKind.ESNext } }).outputText
  },
})

// The script tag's parts read the page-wide registry of groups that the loader writes when it starts
// (src/core/page-channel.parts.ts for page-channel.ts where selection.ts imports it).
const registryFromLoader = () => ({
  name: 'atlas-registry-from-loader',
  resolveId(source, importer) {
    if (source === './page-channel.js' && importer?.endsWith(join('src', 'core', 'selection.ts'))) return resolve('src/core/page-channel.parts.ts')
    return null
  },
})

// The parts import each function of topojson-client from its own module, not from the package's index:
// the chunks are assigned by static imports (assignChunks), and the index imports every module of the
// package, so the map, which reads `neighbors` only, would take into its chunk what only an action on
// it uses (`mergeArcs` and `feature`, for the communes). About 1 KB gzip on the pages without that action.
const topojsonByModule = () => {
  const index = readFileSync(new URL('./node_modules/topojson-client/src/index.js', import.meta.url), 'utf8')
  const modules = new Map()
  for (const [, names, file] of index.matchAll(/export \{([^}]*)\} from "\.\/([\w-]+\.js)";/g))
    for (const name of names.split(',').map((n) => n.trim())) {
      const [imported, as = imported] = name.split(/\s+as\s+/)
      modules.set(as, { file, imported })
    }
  return {
    name: 'topojson-by-module',
    transform(code, id) {
      if (id.includes('/node_modules/')) return null
      const out = code.replace(/import \{([^}]*)\} from (['"])topojson-client\2/g, (_, names) =>
        names.split(',').map((n) => n.trim()).filter(Boolean).map((name) => {
          const [used, local = used] = name.split(/\s+as\s+/)
          const m = modules.get(used)
          if (!m) this.error(`topojson-by-module: ${used} is not exported by topojson-client/src/index.js`)
          return m.imported === 'default' ? `import ${local} from 'topojson-client/src/${m.file}'` : `import { ${m.imported} as ${local} } from 'topojson-client/src/${m.file}'`
        }).join('\n'))
      // Any other import of the package (default, namespace) would bring its whole index back unseen.
      if (/import\s+(?!type\b)[^;]*?from\s*['"]topojson-client['"]/.test(out)) this.error(`topojson-by-module: ${id} imports topojson-client otherwise than by named imports`)
      return out === code ? null : { code: out, map: null }
    },
  }
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
const runtime = Object.keys(pkg.dependencies)
const externalOf = (deps) => (id) => deps.some((dep) => id === dep || id.startsWith(`${dep}/`))
const external = externalOf(runtime)
// The .d.ts files may import only what a consumer installs: the runtime dependencies that ship their
// own types (preact, @preact/signals). The declarations used from the others' @types packages
// (d3-geo, topojson, geojson: devDependencies) are copied into our .d.ts (`respectExternal`), so a
// consumer type-checks with `skipLibCheck: false` (tests/package.test.ts).
const shipsTypes = (dep) => {
  const p = JSON.parse(readFileSync(new URL(`./node_modules/${dep}/package.json`, import.meta.url), 'utf8'))
  return Boolean(p.types ?? p.typings)
}
const typesExternal = externalOf(runtime.filter(shipsTypes))

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: 'dist' },
    include: ['src/**/*', 'data-adapters/**/*'],
    exclude: ['tests/**/*', 'stories/**/*'],
  })

// The stylesheets are CSS text in template literals (`styles.ts`, `*.css.ts`): shipped without their
// comments and spaces, which terser cannot see inside a string.
const compactCss = () => ({
  name: 'compact-css',
  transform(code, id) {
    if (!/(styles|\.css)\.ts$/.test(id)) return null
    const css = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}').replace(/#(\w)\1(\w)\2(\w)\3\b/g, '#$1$2$3')
      // `0.5rem` → `.5rem`, `@media (…)` → `@media(…)` (not `and (`: `and(` would be a function), ` !important` → `!important`.
      .replace(/([ :,(])0\.(\d)/g, '$1.$2').replace(/(@media|@container) \(/g, '$1(').replace(/ !important/g, '!important').trim()
    return { code: code.replace(/`\n([^`$]*)`/g, (_, text) => `\`${css(text)}\``), map: null }
  },
})

// The script tag's builds keep only what the widgets use of `@preact/signals`: the signals themselves
// (re-exported from @preact/signals-core). Its module's own code installs Preact render hooks (signals
// read while rendering subscribe the component); the widgets subscribe explicitly (useValue), so those
// hooks are left out: 1.2 KB gzip on every page. Packages' modules keep their side effects otherwise.
const withoutSignalsHooks = { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]@preact[\\/]signals[\\/]/.test(id) }

// The script tag's parts create signals and effects, never a computed signal (nothing in src/ imports
// `computed`), but signals-core's module sets up the Computed class at its top level (prototype
// assignments and `Object.defineProperty`), which tree-shaking keeps: about 0.3 KB gzip on every page.
// Its definition is replaced by a stub for the parts (the `computed` export stays, for the hooks of
// @preact/signals that withoutSignalsHooks leaves out); the npm build and atlas-culture.full.js keep it.
const withoutComputed = () => ({
  name: 'atlas-without-computed',
  transform(code, id) {
    if (!/[\\/]@preact[\\/]signals-core[\\/]dist[\\/]signals-core\.module\.js$/.test(id)) return null
    const start = code.indexOf('function j(i,t){l.call(this,void 0,t)')
    const end = code.indexOf('function O(i,t){return new j(i,t)}')
    if (start < 0 || end < start) this.error('without-computed: @preact/signals-core no longer defines Computed as expected')
    const stub = 'function j(){throw new Error("computed signals are not in the script-tag parts")}'
    return { code: code.slice(0, start) + stub + code.slice(end), map: null }
  },
})

/**
 * A transform of one published file of a package (`file`: its path under node_modules) that replaces
 * each `[text, by]` of `cuts` once; a text not found fails the build (the package changed: review the
 * cuts against its new code).
 */
function exactCuts(name, file, cuts) {
  const path = new RegExp(`[\\\\/]node_modules[\\\\/]${file.split('/').map((p) => p.replace(/[.]/g, '\\.')).join('[\\\\/]')}$`)
  return () => ({
    name,
    transform(code, id) {
      if (!path.test(id)) return null
      let out = code
      for (const [cut, by] of cuts) {
        if (!out.includes(cut)) this.error(`${name.replace(/^atlas-/, '')}: ${file} no longer has ${cut}`)
        out = out.replace(cut, by)
      }
      return { code: out, map: null }
    },
  })
}

// What else of signals-core the parts never use (about 0.1 KB gzip on every page): the options of
// `signal()` and `effect()` (`watched`, `unwatched`, `name`: no part passes options; the `name` that
// signals-core gives its own `subscribe` effect only labels it), the `brand` by which @preact/signals
// finds signals among a component's children (its render hooks are left out, see withoutSignalsHooks),
// an effect's `dispose` method and `Symbol.dispose` (for `using` declarations and `createModel`, which
// no source uses), and a signal's conversions (`valueOf`, `toString`, `toJSON`: no part puts a signal
// in a template, a `+`, `String()`, JSON or an element's attribute, which tests/support/signal-coercions.ts
// checks on every module the loader reaches; Preact's JSX types would let a signal in there). The npm
// build and atlas-culture.full.js keep signals-core whole: their callers get the stores' signals
// (createSelectionStore) and may use any of it.
export const SIGNALS_CORE_CUTS = [
  ['l.prototype.valueOf=function(){return this.value};l.prototype.toString=function(){return this.value+""};l.prototype.toJSON=function(){return this.value};', ''],
  [',{name:"sub"})', ')'],
  ['this.W=null==t?void 0:t.watched;this.Z=null==t?void 0:t.unwatched;this.name=null==t?void 0:t.name', ''],
  ['l.prototype.brand=i;', ''],
  ['else f(function(){var i;null==(i=t.W)||i.call(t)})', ''],
  ['if(void 0===n)f(function(){var i;null==(i=t.Z)||i.call(t)})', ''],
  ['this.name=null==t?void 0:t.name;', ''],
  ['m.prototype.dispose=function(){this.d()};', ''],
  ['n[Symbol.dispose]=n;', ''],
]
const leanSignals = exactCuts('atlas-lean-signals', '@preact/signals-core/dist/signals-core.module.js', SIGNALS_CORE_CUTS)

// What of Preact's diff no widget reaches (0.8 KB gzip on every page, 0.7 KB on atlas-culture.full.js):
// the class lifecycle methods no component defines (the one class, ErrorBoundary, has `state`,
// `setState`, `componentDidCatch` and `render`; function components run on hooks, which read none of
// these), context (`createContext` is not imported), portals, MathML, `dangerouslySetInnerHTML` (no widget
// writes HTML), React's SVG attribute names, `<template>`, `<textarea>` and `<progress>`, `forceUpdate`,
// `options.event`, and hydration (nothing calls `hydrate` nor throws a promise). `shouldComponentUpdate` stays: the hooks set it to skip a render whose states
// came back to their values. tests/rollup.config.test.ts checks that no source uses what is cut and
// renders with the result. Both script-tag builds: atlas-culture.full.js exports no `render`, so its
// components render only through its elements, like the parts'; the npm build keeps Preact external.
export const PREACT_CUTS = [
  // getDerivedStateFromProps, componentWillReceiveProps, componentWillUpdate, componentDidUpdate,
  // componentWillMount, componentDidMount, getChildContext, getSnapshotBeforeUpdate, componentWillUnmount.
  [',V.getDerivedStateFromProps&&(d.__s==d.state&&(d.__s=_({},d.__s)),_(d.__s,V.getDerivedStateFromProps(M,d.__s)))', ''],
  ['M!==k&&C&&!V.getDerivedStateFromProps&&d.componentWillReceiveProps&&d.componentWillReceiveProps(M,L),', ''],
  ['d.componentWillUpdate&&d.componentWillUpdate(M,d.__s,L),C&&d.componentDidUpdate&&d.__h.push(function(){d.componentDidUpdate(k,b,m)})}else C&&!V.getDerivedStateFromProps&&d.componentWillMount&&d.componentWillMount(),C&&d.componentDidMount&&d.__h.push(d.componentDidMount);', '}'],
  ['d.getChildContext&&(i=_({},i,d.getChildContext())),', ''],
  ['C&&u.__c&&d.getSnapshotBeforeUpdate&&(m=d.getSnapshotBeforeUpdate(k,b)),', ''],
  ['if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(t){n.__e(t,r)}', ''],
  // getDerivedStateFromError: the flag it set is reset for each component up the tree, as it was.
  ['(e=(o=i.constructor)&&o.getDerivedStateFromError)&&i.setState(o.getDerivedStateFromError(n)),', 'e=0,'],
  // MathML.
  [':"math"==C?f="http://www.w3.org/1998/Math/MathML"', ''],
  ['||"http://www.w3.org/1998/Math/MathML"==f&&v.test(C)', ''],
  // dangerouslySetInnerHTML: an element's children are always diffed.
  ['"dangerouslySetInnerHTML"==s?y=k:', ''],
  ['"dangerouslySetInnerHTML"==s?h=k:', ''],
  ['h?(l||y&&(h.__html==y.__html||h.__html==t.innerHTML)||(t.innerHTML=h.__html),r.__k=[]):(y&&(t.textContent=""),', '('],
  // A suspended (thrown promise) tree kept across hydration, and its comment markers.
  ['128&u.__u&&(c=32&u.__u,s=u.__c.__z)&&(r.__u|=c,p=o=[],8==s.nodeType?l=B(s,o):o.push(s),l=o[0]||l),', ''],
  ['if(t&&t.then){if(r.__u|=128|c,o){for(~(T=o.indexOf(l||void 0))||(T=o.length);(N=o[T-1])&&8==N.nodeType;)T--;for(;T<o.length;T++)if(N=o[T])if(o[T]=null,O){if(N==P)break}else{if(8!=N.nodeType)break;N.data.startsWith("$s")&&(P=B(O=N))}}if(!O){for(;l&&8==l.nodeType&&l.nextSibling;)l=l.nextSibling;O=l}(s=B(O=r.__c.__z||(r.__c.__z=O)))?(r.__e=O,l=s):r.__e=l,l=l&&l.nextSibling}else o&&o.some(g)', 'o&&o.some(g)'],
  ['t&&t.then||D(r)', 'D(r)'],
  ['!u&&(i=t.__c)&&(i=i.__z)&&(f=B(i,o=[]))&&(i==t.__e&&o.some(g),g(f),g(i)),', ''],
  // Hydration: an element's flag `isHydrating` (l), never set once the suspended trees are gone and
  // `hydrate` is not called.
  ['l&&(n.__m&&n.__m(r,o),l=!1),', ''],
  ['!l&&o)', 'o)'],
  ['l&&"function"!=typeof k||', ''],
  ['l&&"textarea"!=C||', ''],
  ['$===x||l&&t.data==x||', '$===x||'],
  // options.vnode: no module of the bundles sets it (the hooks set `__b`, `__r`, `diffed`, `__c`, `unmount`, `__`).
  ['return!o&&n.vnode&&n.vnode(e),e}', 'return e}'],
  [',n.vnode&&n.vnode(r)', ''],
  // forceUpdate, options.event.
  ['x.prototype.forceUpdate=function(n){this.__v&&(this.__g|=4,n&&this.__h.push(n),L(this))},', ''],
  ['n.event?n.event(r):r', 'r'],
  // A class's `contextType` (no context: see above).
  ['j=(s=V.contextType)&&i[s.__c],L=s?j?j.props.value:s.__:i,', 'L=i,'],
  ['j&&j.sub(d),', ''],
  // Portals (`createPortal`, which no source imports: no props carry a parent `__P`).
  ['"function"!=typeof n.type||n.props.__P?null:S(n)', '"function"!=typeof n.type?null:S(n)'],
  ['if((n=n.__)&&n.__c&&!n.props.__P)', 'if((n=n.__)&&n.__c)'],
  ['if(n.props.__P)return t;', ''],
  ['M.__P&&(s=l,f=(t=M.__P).namespaceURI,c=o=null,u.props&&u.props.__P!=t&&(u.__k.some(function(n){n&&J(n,n)}),u.__k=null),l=u.__k?S(u,0):null),', ''],
  ['M.__P&&(r.__e=null,l=s),', ''],
  ['"function"!=typeof t.type||u&&!t.props.__P', '"function"!=typeof t.type||u'],
  // SVG attributes written React's way (`xlinkHref`, `className`): the sources write `href` and `class`.
  ['t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s")', ''],
  // `<template>`, `<textarea>` and `<progress>`, which no widget draws.
  ['a="template"==C&&t.content||t', 'a=t'],
  ['"textarea"==C&&null!=x.defaultValue?null:', ''],
  ['"progress"==C&&null==b?t.removeAttribute(s):null==b||b===t[s]&&("progress"!=C||b)||N(t,s,b,$[s],f)', 'null==b||b===t[s]||N(t,s,b,$[s],f)'],
  // The hydration flag (32), which only `hydrate` sets.
  ['32&u.__u?[i]:null,f,i||S(u),32&u.__u,o)', 'null,f,i||S(u),0,o)'],
  ['i=(u=t&&32&t.__u)?null:r.__k', 'u=0,i=r.__k'],
  // `options.debounceRendering`, which no module sets: renders are queued on a microtask, as by default.
  ['(8&t.__g||(t.__g|=8,u.push(t),f++))&&i==n.debounceRendering||((i=n.debounceRendering)||queueMicrotask)(H)', '8&t.__g||(t.__g|=8,u.push(t),f++)||queueMicrotask(H)'],
  ['(f=u.length)&&(i||queueMicrotask)(H)', '(f=u.length)&&queueMicrotask(H)'],
  // `setState` with an updater function or a callback (ErrorBoundary and the hooks pass an object).
  ['"function"==typeof n&&(n=n(_({},r),this.props)),', ''],
  ['t&&this.__k.push(t),', ''],
  // The `popover` attribute, which no widget writes.
  ['"role"!=t&&"popover"!=t&&t in n', '"role"!=t&&t in n'],
  ['"popover"==t&&1==r?"":r', 'r'],
  // Comment nodes among the rendered ones (hydration's markers): a widget renders into its own shadow
  // root, where no comment is ever written.
  ['for(t&&!t.parentNode&&(t=S(n))&&!t.parentNode&&(t=null),o=n.__e,e=t;e&&8==e.nodeType;)e=e.nextSibling;for(o!=e&&(!u&&r.moveBefore&&o.parentNode?r.moveBefore(o,t):r.insertBefore(o,t||null)),t=o;(t=t&&t.nextSibling)&&8==t.nodeType&&!t.data.startsWith("$s"););return t}',
    'return t&&!t.parentNode&&(t=S(n))&&!t.parentNode&&(t=null),o=n.__e,o!=t&&(!u&&r.moveBefore&&o.parentNode?r.moveBefore(o,t):r.insertBefore(o,t||null)),o&&o.nextSibling}'],
]
const leanPreact = exactCuts('atlas-lean-preact', 'preact/dist/preact.mjs', PREACT_CUTS)
// The JSX runtime's `jsx` keeps a development build's source and `this` on each node (TypeScript's
// `react-jsx` output never passes them: `jsx(type, props, key)`), and calls `options.vnode` (see above).
export const JSX_RUNTIME_CUTS = [['return(a||i)&&(s.__source=a,s.__self=i),r.vnode&&r.vnode(s),s}', 'return s}']]
const leanJsx = exactCuts('atlas-lean-jsx', 'preact/jsx-runtime/dist/jsxRuntime.mjs', JSX_RUNTIME_CUTS)
// The hooks report each hook to `options.__h` (Preact's `_hook`, for its devtools), which no module of
// the bundles sets.
// Nor `options.__s` (`_skipEffects`, for server rendering) nor `options.requestAnimationFrame`.
export const HOOKS_CUTS = [
  ['a.__h&&a.__h(r,n,f||t),f=0;', ''],
  ['!a.__s&&E(i.__H,u)&&(i.__P=!0', 'E(i.__H,u)&&(i.__P=!0'],
  ['!a.__s&&E(i.__H,u)&&(i.__P=!1', 'E(i.__H,u)&&(i.__P=!1'],
  ['function B(n){1!=n&&i==a.requestAnimationFrame||((i=a.requestAnimationFrame)||z)(g)}', 'function B(n){1==n&&z(g)}'],
]
const leanHooks = exactCuts('atlas-lean-hooks', 'preact/hooks/dist/hooks.mjs', HOOKS_CUTS)

// The IIFE's own wrapper keeps the global: `toplevel` would drop or rename `var AtlasCulture`.
// `keep_fargs: false`: unused trailing parameters dropped (−13 B gzip a page). Terser keeps them in a
// function that reads `arguments`; nothing shipped reads a function's `length` (src/, Preact, signals).
// Six passes: atlas-culture.full.js stops shrinking there (−64 B gzip against five; 7, 8 and 10 give
// the same bytes); the parts within ±4 B of five.
const terserOptions = { ecma: 2020, compress: { passes: 6, unsafe_arrows: true, unsafe_methods: true, pure_getters: true, keep_fargs: false }, format: { comments: false } }
// atlas-culture.full.js without comma sequences: gzip finds more of its repeats in separate statements
// (−86 B gzip); the parts, smaller, lose as much as they win (one map −11 B, the map and ranking with
// every part +27 B).
const fullTerserOptions = { ...terserOptions, compress: { ...terserOptions.compress, sequences: false } }

// The parts' chunks share bindings under rollup's short export names (`export{Je as A}` in the map's
// chunk, `import{A as e}` in the others). Terser names each such top-level binding after its export or
// import name, when that name is free in the chunk, by its name cache (which it follows for top-level
// names, and which its other names avoid): `export{A}`, `import{A}`, and the same code otherwise.
// About 0.9 KB gzip on the page of every widget (the import and export lists were 2.4 KB of it).
const RESERVED_SHORT = new Set(['do', 'if', 'in'])
const terserParts = () => ({
  name: 'terser',
  async renderChunk(code, chunk, _, meta) {
    if (chunk && meta) code = this.parse ? withoutUnreadExports.call(this, code, chunk, meta) : code
    const wanted = []
    for (const node of this.parse(code).body) {
      if (node.type === 'ExportNamedDeclaration' && !node.source && !node.declaration) for (const s of node.specifiers) wanted.push([s.local.name, s.exported.name])
      if (node.type === 'ImportDeclaration') for (const s of node.specifiers) if (s.type === 'ImportSpecifier') wanted.push([s.local.name, s.imported.name])
    }
    // Names the code reads from the page (undeclared) are not free.
    const { ast } = await minify(code, { compress: false, mangle: false, module: true, output: { ast: true, code: false } })
    ast.figure_out_scope({ module: true })
    const taken = new Set(ast.globals.keys())
    const props = {}
    // A chunk that runs `eval` or `with` keeps terser's own naming: the cache would rename names that
    // terser leaves as they are there, and a name `eval` reads could then be shadowed.
    if (ast.uses_eval || ast.uses_with) wanted.length = 0
    for (const [local, name] of wanted) {
      if (!/^[A-Za-z_$][\w$]?$/.test(name) || RESERVED_SHORT.has(name) || taken.has(name) || `$${local}` in props) continue
      taken.add(name)
      props[`$${local}`] = name
    }
    // A copy of the options: terser writes into them (`module` into `compress`), and the IIFE builds use them after.
    const result = await minify(code, { ...structuredClone(terserOptions), module: true, nameCache: { vars: { props } } })
    return { code: result.code, map: null }
  },
})

// What the loader reads of the parts it imports (src/embed/elements.ts, src/embed/index.ts): each
// element part's class as `element`, the asset part's `setAssetBase`.
export const LOADER_READS = new Set(['element', 'setAssetBase'])

// A chunk exports what other chunks import from it, and every export of the parts in it (their
// signature). Some of those nothing reads: the other exports of the parts that only the loader
// imports (`AtlasMapElement`, `mapElementSpec`, `loadAsset`… beside `element` and `setAssetBase`),
// and what the loader's own chunk, which is not shipped, imports (the registry's key). Those are
// left out of the export list, so terser also drops the bindings that nothing else uses: about 45 B
// gzip on every page, 30 B more on each other widget's. A part that a module of the bundle imports
// keeps its whole signature (its importer may read any export).
function withoutUnreadExports(code, chunk, meta) {
  const shipped = Object.values(meta.chunks).filter((c) => c.facadeModuleId !== resolve(LOADER))
  // A chunk that another shipped chunk imports dynamically keeps every export: the importer reads
  // them through a namespace object (`import('./x.js').then((m) => m.f)`) that importedBindings does
  // not list (the map's export files were read as `undefined`).
  if (shipped.some((c) => c.dynamicImports.includes(chunk.fileName))) return code
  const read = new Set(shipped.flatMap((c) => c.importedBindings[chunk.fileName] ?? []))
  for (const id of chunk.moduleIds) {
    const info = this.getModuleInfo(id)
    if (!info) continue
    if (info.dynamicImporters.length > 0 || (info.isEntry && !loaderParts.has(id))) for (const name of info.exports ?? []) read.add(name)
    else if (loaderParts.has(id)) for (const name of info.exports ?? []) if (LOADER_READS.has(name)) read.add(name)
  }
  let out = code
  for (const node of this.parse(code).body.reverse()) {
    if (node.type !== 'ExportNamedDeclaration' || node.source || node.declaration) continue
    const kept = node.specifiers.filter((s) => read.has(s.exported.name ?? s.exported.value)).map((s) => code.slice(s.start, s.end))
    out = out.slice(0, node.start) + (kept.length ? `export { ${kept.join(', ')} };` : '') + out.slice(node.end)
  }
  return out
}

// Loading by parts. The parts build records the chunk of each dynamically imported module; the
// loader build then points each literal `import('./x.js')` of its own code at that chunk, resolved
// from the script's URL (`import.meta.url` in an IIFE is the script captured at load). Rollup leaves
// an `import()` whose argument is not a literal as it is, so the chunk is fetched by the browser.
const LOADER = 'src/embed/index.ts'
// The loader's modules that import parts (`setAssetBase`, the elements' table).
const LOADER_IMPORTERS = [LOADER, 'src/embed/elements.ts'].map((m) => resolve(m))
const parts = new Map()
// The parts the loader imports (the others are what an action loads).
const loaderParts = new Set()
const collectParts = () => {
  const emitted = new Map()
  return {
    name: 'collect-parts',
    // Each dynamically imported module becomes an entry, its exports under their own names (which the
    // loader, another build, reads). An entry may share its chunk with other modules and export more
    // than its own names ('allow-extension'): no facade file of re-exports, one request less.
    // The loader's own `import()`s stay as written (external): its chunk is not shipped, and resolved
    // they would make rollup add to the chunks of the map and of the table a frozen namespace object
    // of the part, exported for that chunk only (133 B gzip).
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null
      const resolved = await this.resolve(specifier, importer)
      if (resolved && !resolved.external && !emitted.has(resolved.id))
        emitted.set(resolved.id, this.emitFile({ type: 'chunk', id: resolved.id, preserveSignature: 'allow-extension' }))
      if (resolved && !resolved.external && LOADER_IMPORTERS.includes(importer)) {
        loaderParts.add(resolved.id)
        return false
      }
      return null
    },
    // dist/atlas-culture.parts.json: each part's file and every file it needs before it runs (its static
    // imports, transitively), for the size check and for pages that preload.
    generateBundle(_, bundle) {
      const closure = (file, seen = new Set()) => {
        if (!seen.has(file)) for (const f of [file, ...bundle[file].imports]) seen.add(f), closure(f, seen)
        return seen
      }
      const manifest = {}
      for (const [id, ref] of emitted) {
        const file = this.getFileName(ref)
        parts.set(id, file)
        manifest[relative('.', id)] = [...closure(file)]
      }
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue
        if (chunk.facadeModuleId === resolve(LOADER)) delete bundle[file]
        // A part importing one of them would keep an `import()` of a source path.
        else if (LOADER_IMPORTERS.some((m) => chunk.moduleIds.includes(m))) this.error(`${file} holds a module of the loader (${LOADER_IMPORTERS.join(', ')})`)
      }
      this.emitFile({ type: 'asset', fileName: 'atlas-culture.parts.json', source: JSON.stringify(manifest, null, 1) })
    },
  }
}
// Fewer, larger files: every module the loader's parts need before they run (their static imports)
// goes into one chunk per set of parts that need it; a page with one map then fetches the map's code
// in one file, not ten small ones that gzip apart. Modules only an action needs (export, data table,
// canvas…) keep rollup's own chunks, fetched on use.
const FIRST_PART = 'embed-atlas-map'
// The map's chunk holds several parts (the element, the asset set-up): named after the map. Six hex
// digits of content hash (16.7 million names for some twenty files): each name is in the imports of
// the chunks and in the loader, where gzip cannot shorten it (-81 B on the page of every widget).
// The error message's chunk, which holds the CSV content check too (see assignChunks), keeps its name.
const partFileName = (chunk) =>
  `atlas-culture.${chunk.moduleIds.includes(resolve('src/embed/atlas-map.tsx')) ? 'map' : chunk.moduleIds.includes(resolve('src/components/shared/ErrorMessage.tsx')) ? 'ErrorMessage' : '[name]'}-[hash:6].js`
const partChunks = () => {
  let chunkOf
  return (id, { getModuleInfo, getModuleIds }) => {
    chunkOf ??= assignChunks(getModuleInfo, [...getModuleIds()])
    return chunkOf.get(id)
  }
}
function assignChunks(getModuleInfo, ids) {
  const closure = (root) => {
    const seen = new Set()
    const visit = (m) => seen.has(m) || (seen.add(m), (getModuleInfo(m)?.importedIds ?? []).forEach(visit))
    visit(root)
    return seen
  }
  const chunkName = (root) => relative('src', root).replace(/\.tsx?$/, '').replace(/[^\w]+/g, '-')
  const owners = new Map()
  // The parts: what the loader's own code (its static closure) imports dynamically.
  const roots = loaderParts
  for (const root of roots) for (const m of closure(root)) owners.set(m, [...(owners.get(m) ?? []), chunkName(root)])
  const chunkOf = new Map()
  // The map is the widget most pages show, alone or first: everything it needs stays in its one
  // chunk, what it shares with other widgets included (splitting the shared modules out cost the
  // one-map page 1.7 KB gzip, in imports between chunks and a dictionary gzip no longer shares).
  // Another widget's page fetches the map's chunk and, beside it, what only that widget needs.
  // A chunk that widgets other than the map share is named after them, without the folder and prefix
  // (`portrait+table`, not `embed-atlas-portrait+embed-atlas-table`): the name is in their imports.
  for (const [m, of] of owners) chunkOf.set(m, of.includes(FIRST_PART) ? FIRST_PART : of.sort().join('+').replace(/embed-atlas-/g, ''))
  // The same rule for what an action loads (export files, table, canvas…): a module that only one of
  // the map's actions and other widgets' actions need goes with the map's action.
  const mapCode = [...owners].filter(([, of]) => of.includes(FIRST_PART)).map(([m]) => m)
  const mapActions = new Set(mapCode.flatMap((m) => getModuleInfo(m)?.dynamicallyImportedIds ?? []).filter((m) => !owners.has(m)))
  const actions = new Set(ids.flatMap((m) => getModuleInfo(m)?.dynamicallyImportedIds ?? []).filter((m) => !owners.has(m)))
  const reachedBy = new Map()
  for (const action of actions) for (const m of closure(action)) if (!owners.has(m)) reachedBy.set(m, [...(reachedBy.get(m) ?? []), action])
  for (const [m, by] of reachedBy) {
    const ofMap = by.filter((a) => mapActions.has(a))
    if (by.length > 1 && ofMap.length === 1) chunkOf.set(m, chunkName(ofMap[0]))
  }
  for (const action of mapActions) chunkOf.set(action, chunkName(action))
  // What the data path or the classification fetch for a rare option rides in the categorical join's
  // chunk, the join's other on-use code: the natural breaks (`method="jenks"`, breaks-jenks.parts.ts)
  // and the rows of one territory to combine (`aggregate`, merged communes; combined.ts). Each a file of
  // its own cost the page of every widget 0.26 and 0.42 KB gzip, in the legend histogram's or the
  // communes geometry's chunk about as much; with the categorical join, 0.35 KB both (BENCHMARKS.md).
  const categoricalJoin = chunkName(resolve('data-adapters/join/categorical.ts'))
  for (const rare of ['src/core/scales/breaks-jenks.ts', 'data-adapters/join/combined.ts'].map((m) => resolve(m))) if (mapActions.has(rare)) chunkOf.set(rare, categoricalJoin)
  // What a CSV file that cannot be read is (empty, UTF-16, an HTML page: csv/content.ts) is only asked
  // on the way to an error, which the element then shows with ErrorMessage: both in one file, one
  // request and one gzip stream less on that path (a file of its own cost the page of every widget
  // 0.14 KB gzip; an error of another kind now fetches its 0.4 KB, 0.18 KB gzip, with the message).
  const content = resolve('data-adapters/csv/content.ts')
  const errorMessage = resolve('src/components/shared/ErrorMessage.tsx')
  if (mapActions.has(content) && mapActions.has(errorMessage)) chunkOf.set(content, chunkName(errorMessage))
  // A module another widget needs at once and a map's action needs too (the English ordinals, for the
  // English words) stays with the map: the action must not fetch the other widget's chunk.
  // But the shared data table, which the map's table (an action) and the comparison table (at once)
  // draw: with the map's table, in a chunk that the comparison table imports; in the map's chunk, every
  // map would fetch it.
  const apart = new Set(closure(resolve('src/components/shared/DataTable.tsx')).add(resolve('src/components/shared/sort.ts')))
  for (const action of mapActions) for (const m of closure(action)) if (owners.has(m) && !owners.get(m).includes(FIRST_PART)) chunkOf.set(m, apart.has(m) ? chunkName(action) : FIRST_PART)
  return chunkOf
}
const partsBeside = () => ({
  name: 'parts-beside',
  async transform(code, id) {
    const found = [...code.matchAll(/\bimport\((['"])([^'"]+)\1\)/g)]
    if (found.length === 0) return null
    let out = code
    for (const [call, , specifier] of found) {
      const resolved = await this.resolve(specifier, id)
      const file = resolved && parts.get(resolved.id)
      if (!file) this.error(`${specifier} (imported by ${id}) is not a part: build the parts first`)
      out = out.replace(call, `import(new URL(${JSON.stringify(file)}, import.meta.url).href)`)
    }
    return { code: out, map: null }
  },
})

const entries = {
  index: 'src/index.ts',
  'data-adapters': 'data-adapters/index.ts',
  embed: 'src/embed/index.ts',
}

export default [
  {
    input: entries,
    external,
    plugins: [cleanDist(), onlyDependencies(), assetVariant('dist'), nodeResolve(), compactCss(), ts()],
    // Chunks stay beside the entries: assets are located relative to the module's URL.
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  },
  // The script tag's parts: every module the loader imports dynamically (each element, the asset
  // configuration) becomes an ES chunk beside the script, with what they share in common chunks.
  // The loader's own ES entry is not shipped: the IIFE below is.
  {
    input: { loader: LOADER },
    treeshake: withoutSignalsHooks,
    plugins: [assetVariant('browser'), textsByLanguage(), jenksOnUse(), leanSources(), withoutApiOnlyMembers(), registryFromLoader(), copyPerImporter(), registryWithoutFigures(), topojsonByModule(), withoutComputed(), leanSignals(), leanPreact(), leanJsx(), leanHooks(), nodeResolve({ browser: true }), compactCss(), ts(), terserParts(), collectParts()],
    output: { dir: 'dist', format: 'es', entryFileNames: partFileName, chunkFileNames: partFileName, manualChunks: partChunks(), hashCharacters: 'hex' },
  },
  {
    input: LOADER,
    plugins: [assetVariant('browser'), nodeResolve({ browser: true }), compactCss(), ts(), partsBeside(), terser(terserOptions)],
    output: { file: 'dist/atlas-culture.min.js', format: 'iife', name: 'AtlasCulture' },
  },
  {
    input: 'src/embed/full.ts',
    treeshake: withoutSignalsHooks,
    plugins: [assetVariant('browser'), leanPreact(), leanJsx(), leanHooks(), nodeResolve({ browser: true }), compactCss(), ts(), terser(fullTerserOptions)],
    // Its dynamic imports are inlined: their namespace objects need no freezing (only this file reads
    // them) and are bound with `const` (−56 B gzip).
    output: { file: 'dist/atlas-culture.full.js', format: 'iife', name: 'AtlasCulture', inlineDynamicImports: true, freeze: false, generatedCode: { constBindings: true } },
  },
  {
    input: entries,
    external: typesExternal,
    plugins: [dts({ respectExternal: true, tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true } })],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: '[name]-[hash].d.ts' },
  },
]
