import { describe, expect, it } from 'vitest'
import { integer, invalid, string } from '../../../src/core/options.js'
import { option, propOnly } from '../../../src/core/spec/spec.js'
import { defaultOf, HEADER, referenceMarkdown, sectionMarkdown } from '../../../scripts/reference/markdown.js'
import type { Section } from '../../../scripts/reference/sections.js'

const spec = {
  classes: option((name, v) => integer(name, v, 5, { min: 3, max: 9 })),
  label: option((name, v) => string(name, v)),
  src: option((name, v) => string(name, v) ?? invalid(name, v, 'expected a URL')),
  onReady: propOnly((_name, v) => v as (() => void) | undefined),
  showTable: option((name, v) => v === undefined ? false : Boolean(v)),
}
const docs = {
  classes: { type: 'number', values: '3 to 9', doc: 'Number of classes.' },
  label: { type: 'string', doc: 'Label | with a pipe.' },
  src: { type: 'string', doc: 'Where.' },
  onReady: { type: '() => void', default: 'none said', doc: 'Called when drawn.' },
  showTable: { type: 'boolean', doc: 'Table at start.' },
}
const props: Section = { title: 'Widget', intro: 'Its props.', kind: 'props', spec, docs }

describe('reference Markdown', () => {
  it('defaults: the parser’s value for an absent option, `—` for none, `required` when absence throws, the docs’ words first', () => {
    expect(defaultOf(props, 'classes')).toBe('`5`')
    expect(defaultOf(props, 'label')).toBe('—')
    expect(defaultOf(props, 'src')).toBe('required')
    expect(defaultOf(props, 'onReady')).toBe('none said')
    expect(defaultOf(props, 'showTable')).toBe('`false`')
  })

  it('writes one row per prop with its attribute in kebab-case, `—` for a prop only, pipes escaped', () => {
    const md = sectionMarkdown(props)
    expect(md.split('\n').slice(0, 5)).toEqual(['## Widget', '', 'Its props.', '', '| Prop | Attribute | Type | Values | Default | Description |'])
    expect(md).toContain('| `classes` | `classes` | `number` | 3 to 9 | `5` | Number of classes. |')
    expect(md).toContain('| `showTable` | `show-table` | `boolean` |  | `false` | Table at start. |')
    expect(md).toContain('| `onReady` | — | `() => void` |  | none said | Called when drawn. |')
    expect(md).toContain('Label \\| with a pipe.')
  })

  it('lists only the options that have an attribute in an attributes section', () => {
    const md = sectionMarkdown({ ...props, kind: 'attributes' })
    expect(md).toContain('| Attribute | Type | Values | Default | Description |')
    expect(md).toContain('| `show-table` | `boolean` |')
    expect(md).not.toContain('onReady')
  })

  it('opens with the generated-file header and ends with one newline', () => {
    const md = referenceMarkdown([props])
    expect(md.startsWith(`${HEADER}\n\n# Reference\n`)).toBe(true)
    expect(md.endsWith('|\n')).toBe(true)
  })
})
