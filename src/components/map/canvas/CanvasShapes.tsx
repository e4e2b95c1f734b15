import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { ShapeLayerProps } from '../types.js'
import { backingStore } from './backing.js'
import { borderWidth, typicalSize } from './borders.js'
import { drawOverlay, drawScene, type DrawableScene } from './draw.js'
import { resolvePaints } from './paints.js'
import { createPickIndex, type PickIndex } from './pick-index.js'
import { GRID_PX, gridPath, parseRings, type RingSource } from './rings.js'
import { groupShapes } from './scene.js'

type Source = RingSource & { readonly code: string }

/**
 * The scene as built paths: one Path2D per fill group, parsed from the shapes' path data on the drawn
 * scale's grid (`gridPath` in ./rings.ts, `unit` viewBox units a grid step; `pathOf` writes each shape
 * once per scale, so a new classification only joins and parses). Chromium parses path data much
 * faster than it takes `lineTo` calls from script (measured: about 6 µs a call, 1.9 s for the 305,000
 * points of the communes of France, against under 0.2 s to write and parse them). The outlines add
 * the groups' paths rather than parse the whole again: one stroke covers the union of its subpaths.
 */
function gridScene(shapes: readonly Source[], fills: ReadonlyMap<string, string>, highlighted: ReadonlySet<string> | null, pathOf: (s: Source) => string, unit: number, outlined: boolean): DrawableScene {
  const g = groupShapes(shapes, fills, highlighted)
  const joined = (members: readonly Source[]) => new Path2D(members.map(pathOf).join(''))
  const groups = g.groups.map(({ fill, dimmed, shapes: members }) => ({ fill, dimmed, d: joined(members) }))
  const outline = new Path2D()
  const dimmedOutline = new Path2D()
  // Only when borders are drawn (none at France scale: ./borders.ts).
  if (outlined) {
    for (const group of groups) (group.dimmed ? dimmedOutline : outline).addPath(group.d)
    if (g.unfilled.length > 0) outline.addPath(joined(g.unfilled))
    if (g.unfilledDimmed.length > 0) dimmedOutline.addPath(joined(g.unfilledDimmed))
  }
  return { groups, outline, dimmedOutline, highlight: g.highlight.length > 0 ? joined(g.highlight) : '', unit }
}

/** Sizes the backing store to the canvas's displayed width × device pixel ratio: the render step's first half. */
function fit(canvas: HTMLCanvasElement, width: number, height: number) {
  const b = backingStore(canvas.clientWidth, width, height, window.devicePixelRatio)
  if (canvas.width !== b.pixelWidth) canvas.width = b.pixelWidth
  if (canvas.height !== b.pixelHeight) canvas.height = b.pixelHeight
  return b
}

/**
 * The canvas renderer, for maps of thousands of territories (all the communes of France): the same
 * props, colours and patterns as {@link SvgShapes}, drawn in a few grouped fills at device
 * resolution. A second, transparent canvas above holds what changes on every move (hovered,
 * selected, focused territory), so the base layer is only redrawn when the data or the legend
 * highlight change. Pointer events are resolved by exact point-in-polygon on the drawn outlines.
 * Decorative for assistive technologies, like the SVG: the map's container carries the semantics.
 */
export function CanvasShapes(props: ShapeLayerProps) {
  const { shapes, fills, patterns, highlighted, selected, focused, idPrefix, frames, width, height } = props
  const base = useRef<HTMLCanvasElement>(null)
  const overlay = useRef<HTMLCanvasElement>(null)
  const index = useRef<{ shapes: ShapeLayerProps['shapes']; pick: PickIndex } | null>(null)
  // Each shape's path data on the grid of the last scale drawn (shapes without rings: read from `d`).
  const paths = useRef<{ shapes: ShapeLayerProps['shapes']; unit: number; of: Map<Source, string> } | null>(null)
  const [hovered, setHovered] = useState<string | null>(null)
  const [resized, setResized] = useState(0)
  // Built on the first outline the overlay draws, not before painting.
  const byCode = useMemo(() => {
    let map: Map<string, RingSource> | undefined
    return (code: string) => (map ??= new Map(shapes.map((s): [string, RingSource] => [s.code, s]))).get(code)
  }, [shapes])
  const typical = useMemo(() => typicalSize(shapes), [shapes])

  useLayoutEffect(() => {
    const canvas = base.current
    if (typeof ResizeObserver === 'undefined' || !canvas) return
    let last = canvas.clientWidth
    const observer = new ResizeObserver(() => {
      if (canvas.clientWidth !== last) setResized((n) => n + 1)
      last = canvas.clientWidth
    })
    observer.observe(canvas)
    return () => observer.disconnect()
  }, [])

  useLayoutEffect(() => {
    const canvas = base.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return
    const { scale } = fit(canvas, width, height)
    const unit = GRID_PX / scale
    let cache = paths.current
    if (cache?.shapes !== shapes || cache.unit !== unit) paths.current = cache = { shapes, unit, of: new Map() }
    const of = cache.of
    const pathOf = (s: Source) => {
      let d = of.get(s)
      // Shapes from loadViewGeometry carry their projected rings; others (tests, hosts) only path data.
      if (d === undefined) of.set(s, (d = gridPath(s.rings ?? parseRings(s.d).rings, unit)))
      return d
    }
    const border = borderWidth(typical * scale)
    const scene = gridScene(shapes, fills, highlighted, pathOf, unit, border > 0)
    drawScene(ctx, scene, resolvePaints(canvas, ctx, scene.groups.map((g) => g.fill), patterns, idPrefix), frames, scale, border)
  }, [shapes, fills, highlighted, patterns, idPrefix, frames, width, height, resized, typical])

  useLayoutEffect(() => {
    const canvas = overlay.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return
    const { scale } = fit(canvas, width, height)
    // A territory's outline from its path data (the same numbers as its rings, in viewBox units).
    const d = (code: string | null) => (code === null ? undefined : byCode(code)?.d)
    drawOverlay(ctx, { hovered: d(hovered ?? props.hovered ?? null), selected: d(selected), focused: d(focused) }, scale)
  }, [byCode, hovered, props.hovered, selected, focused, width, height, resized])

  // Built on the first pointer event rather than before paint: painting 35,000 communes need not wait for it.
  const pickAt = (e: MouseEvent): string | null => {
    if (index.current?.shapes !== shapes) index.current = { shapes, pick: createPickIndex(shapes, width, height) }
    const r = (e.currentTarget as Element).getBoundingClientRect()
    return index.current.pick.pick(((e.clientX - r.left) * width) / r.width, ((e.clientY - r.top) * height) / r.height) ?? null
  }
  const hover = (code: string | null) => {
    if (code === hovered) return
    setHovered(code)
    if (hovered !== null) props.onPointerLeave?.(hovered)
    if (code !== null) props.onPointerEnter?.(code)
  }

  return (
    <div class="atlas-map__raster" style={{ position: 'relative' }}>
      <canvas
        ref={base}
        aria-hidden="true"
        style={{ display: 'block', width: '100%', height: 'auto', aspectRatio: `${width} / ${height}`, cursor: hovered === null ? 'default' : 'pointer' }}
        onPointerMove={(e) => hover(pickAt(e))}
        onPointerLeave={() => hover(null)}
        onClick={(e) => {
          const code = pickAt(e)
          if (code !== null) props.onClick?.(code)
        }}
      />
      <canvas
        ref={overlay}
        aria-hidden="true"
        data-hovered={hovered ?? undefined}
        data-selected={selected ?? undefined}
        data-focused={focused ?? undefined}
        style={{ position: 'absolute', left: 0, top: 0, width: '100%', height: '100%', pointerEvents: 'none' }}
      />
    </div>
  )
}
