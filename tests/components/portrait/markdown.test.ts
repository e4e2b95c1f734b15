import { describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown, safeHref } from '../../../src/components/portrait/markdown.js'

describe('parseMarkdown', () => {
  it('defaults: an empty text has no block; plain text is one paragraph of text', () => {
    expect(parseMarkdown('')).toEqual([])
    expect(parseMarkdown('  \n\n ')).toEqual([])
    expect(parseMarkdown('Une ligne')).toEqual([{ type: 'p', children: [{ type: 'text', text: 'Une ligne' }] }])
  })

  it('reads paragraphs, joined lines, lists and marks', () => {
    const blocks = parseMarkdown('Premier **fort** et *léger*\nsuite\n\n- un\n- [deux](https://www.culture.gouv.fr/)\n\n1. a\n2) b')
    expect(blocks).toEqual([
      { type: 'p', children: [{ type: 'text', text: 'Premier ' }, { type: 'strong', children: [{ type: 'text', text: 'fort' }] }, { type: 'text', text: ' et ' }, { type: 'em', children: [{ type: 'text', text: 'léger' }] }, { type: 'text', text: ' suite' }] },
      { type: 'ul', items: [[{ type: 'text', text: 'un' }], [{ type: 'link', href: 'https://www.culture.gouv.fr/', children: [{ type: 'text', text: 'deux' }] }]] },
      { type: 'ol', items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] },
    ])
  })

  it('keeps HTML as characters and drops links that are not http(s)', () => {
    const blocks = parseMarkdown('<img src=x onerror=alert(1)> [clic](javascript:alert(1)) [data](data:text/html,x) <script>x</script>')
    expect(blocks).toHaveLength(1)
    const block = blocks[0]!
    expect(block.type).toBe('p')
    const text = JSON.stringify(block)
    expect(text).not.toContain('"link"')
    expect(text).toContain('<img src=x onerror=alert(1)>')
    expect(text).toContain('<script>x</script>')
  })

  it('leaves underscores as they are (identifiers, URLs)', () => {
    expect(parseInline('window.__x=1 et _y_')).toEqual([{ type: 'text', text: 'window.__x=1 et _y_' }])
  })

  it('leaves unmatched markers as literal characters', () => {
    expect(parseInline('2 * 3 = 6 et 5 % de **rien')).toEqual([{ type: 'text', text: '2 * 3 = 6 et 5 % de **rien' }])
  })
})

describe('safeHref', () => {
  it('accepts absolute http(s) and refuses the rest', () => {
    expect(safeHref('https://data.culture.gouv.fr/')).toBe('https://data.culture.gouv.fr/')
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined()
    expect(safeHref('/relative')).toBeUndefined()
    expect(safeHref('vbscript:x')).toBeUndefined()
  })
})
