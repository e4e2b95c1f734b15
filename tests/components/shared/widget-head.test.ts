import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { mapShellCss } from '../../../src/components/map/styles.js'
import { rankingCss } from '../../../src/components/ranking/styles.js'
import { mapHeadCss } from '../../../src/components/shared/widget-head.css.js'

const dist = `${fileURLToPath(import.meta.url).replace(/tests\/components\/shared\/[^/]+$/, '')}dist/`

describe('the head rules the map and the ranking share (shared/widget-head.css.ts)', () => {
  it('open both stylesheets, the ranking taking them with its own class', () => {
    expect(mapShellCss.startsWith(mapHeadCss)).toBe(true)
    expect(rankingCss.startsWith(mapHeadCss.replaceAll('atlas-map', 'atlas-ranking'))).toBe(true)
    // Title, subtitle, buttons and their focus ring: the two widgets look alike.
    for (const rule of ['__title {', '__subtitle {', ' button, .atlas-map select {', ' button:focus-visible, .atlas-map select:focus-visible {']) expect(mapHeadCss).toContain(`.atlas-map${rule}`)
  })

  // The built parts hold the text once: in the map's chunk, which the ranking's imports.
  it.runIf(existsSync(`${dist}atlas-culture.parts.json`))('are in the map chunk of the script-tag parts only, not repeated in the ranking chunk', () => {
    const manifest = JSON.parse(readFileSync(`${dist}atlas-culture.parts.json`, 'utf8')) as Record<string, string[]>
    const [ranking] = manifest['src/embed/atlas-ranking.tsx']!
    const [map] = manifest['src/embed/atlas-map.tsx']!
    const buttons = 'font:inherit;color:var(--atlas-action,#000091);background:var(--atlas-bg,#fff);border:1px solid currentColor'
    expect(readFileSync(`${dist}${map}`, 'utf8').split(buttons)).toHaveLength(2)
    expect(readFileSync(`${dist}${ranking}`, 'utf8')).not.toContain(buttons)
    expect(readFileSync(`${dist}${ranking}`, 'utf8')).not.toContain('.atlas-ranking__title{')
  })
})
