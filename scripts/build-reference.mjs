// Writes docs/reference.md and the elements' JSX attribute types (src/embed/attributes.generated.ts)
// from the option specs and their reference lines (scripts/reference/). Run by `npm run build` before
// rollup, which compiles the generated types into dist/embed.d.ts;
// tests/scripts/build-reference.test.ts fails when a checked-in file is stale.
// The TypeScript sources are read through Vite's module runner: nothing of this reaches a bundle.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const load = async (path) => (await runnerImport(`${root}${path}`, { configFile: false, root, logLevel: 'error' })).module
const { SECTIONS, ELEMENT_SECTIONS } = await load('scripts/reference/sections.ts')
const { referenceMarkdown } = await load('scripts/reference/markdown.ts')
const { attributesModule } = await load('scripts/reference/attributes.ts')
writeFileSync(`${root}docs/reference.md`, referenceMarkdown(SECTIONS))
console.log(`docs/reference.md: ${SECTIONS.length} sections`)
writeFileSync(`${root}src/embed/attributes.generated.ts`, attributesModule(ELEMENT_SECTIONS))
console.log(`src/embed/attributes.generated.ts: ${ELEMENT_SECTIONS.length} elements`)
