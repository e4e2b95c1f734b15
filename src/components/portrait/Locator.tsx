import { useEffect, useState } from 'preact/hooks'
import { loadViewGeometry } from '../map/geometry.js'
import type { ViewGeometry } from '../map/types.js'
import { defaults } from './defaults.js'

/**
 * A small map of France (mainland and overseas insets, from the map's own geometry and projection)
 * with one territory filled and outlined — marked by its outline as well as its fill, so it reads
 * without colour. `code` `null`: France itself, every territory filled.
 */
export function Locator(props: { level: 'region' | 'departement'; code: string | null; label: string; onDrawn?: () => void }) {
  const { level, code, label, onDrawn } = props
  const [geometry, setGeometry] = useState<ViewGeometry | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    loadViewGeometry({ level, within: null }, defaults.locatorWidth, defaults.locatorHeight, controller.signal).then(
      (g) => !controller.signal.aborted && setGeometry(g),
      () => !controller.signal.aborted && setFailed(true),
    )
    return () => controller.abort()
  }, [level])
  useEffect(() => {
    if (geometry || failed) onDrawn?.()
  }, [geometry, failed])
  // The locator only repeats the heading: without geometry the card stays whole.
  if (failed) return null
  const target = geometry?.shapes.find((s) => s.code === code)
  return (
    <svg class="atlas-portrait__locator" viewBox={`0 0 ${defaults.locatorWidth} ${defaults.locatorHeight}`} role="img" aria-label={label} data-state={geometry ? 'ready' : 'loading'}>
      {geometry && (
        <>
          <g class="atlas-portrait__locator-frames">
            {geometry.frames.map((d, i) => (
              <path key={i} d={d} />
            ))}
          </g>
          <g class={code === null ? 'atlas-portrait__locator-all' : 'atlas-portrait__locator-shapes'}>
            {geometry.shapes.map((s) => (
              <path key={s.code} d={s.d} />
            ))}
          </g>
          {target && <path class="atlas-portrait__locator-target" d={target.d} data-code={target.code} />}
        </>
      )}
    </svg>
  )
}
