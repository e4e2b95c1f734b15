import { describe, expect, it } from 'vitest'
import { exportDocument } from '../../../../src/components/map/export/document.js'
import { exportSize, standaloneSvg } from '../../../../src/components/map/export/svg.js'
import { geometry, model, table } from './fixtures.js'

const doc = exportDocument(model, geometry, table, { lang: 'fr', title: table.indicator.label, subtitle: 'Départements, 2018' })

describe('standaloneSvg', () => {
  it('is a well-formed SVG document with one path per territory, the frames, title, legend and source', () => {
    const svg = standaloneSvg(doc)
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(parsed.querySelector('parsererror')).toBeNull()
    const root = parsed.documentElement
    const { width, height } = exportSize(doc)
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([String(width), String(height)])
    expect(root.querySelectorAll('path > title').length).toBe(6)
    expect(root.querySelectorAll('g[fill="none"] > path').length).toBe(1)
    const text = [...root.querySelectorAll('text')].map((t) => t.textContent).join('\n')
    expect(text).toContain('Part des actifs <culture> & "arts"')
    expect(text).toContain('Départements, 2018')
    expect(text).toContain('Secret statistique (1)')
    expect(text).toContain('Source\u00a0: Insee, 2018')
    expect(text).toContain('Contours : IGN Admin Express COG 2018')
  })
  it('stands alone: no CSS, custom property, script or foreign content; missing values by pattern', () => {
    const svg = standaloneSvg(doc)
    expect(svg).not.toMatch(/var\(|<style|style=|<script|foreignObject|class=/)
    expect(svg).toContain('<pattern id="missing-secret"')
    expect(svg).toContain(`<path d="${geometry.shapes.find((s) => s.code === "53")!.d}" fill="url(#missing-secret)">`)
    expect(svg).toContain('&lt;culture&gt; &amp; &quot;arts&quot;')
  })
})
