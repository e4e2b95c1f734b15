import { page } from 'vitest/browser'
import { contrastRatio } from '../../src/core/scales/contrast.js'

/** The pixels of `element` as Chromium painted them (a real screenshot, decoded), at one pixel per CSS pixel. */
export async function pixels(element: Element): Promise<ImageData> {
  const base64 = await page.screenshot({ element, save: false })
  const image = new Image()
  image.src = `data:image/png;base64,${base64}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = image.naturalWidth
  canvas.height = image.naturalHeight
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!
  ctx.drawImage(image, 0, 0)
  return ctx.getImageData(0, 0, canvas.width, canvas.height)
}

/** Points every `step` CSS pixels along the outline of `paths`, in pixels from the top-left of `frame`. */
export function pointsAlong(paths: readonly SVGGeometryElement[], frame: Element, step = 3): [number, number][] {
  const origin = frame.getBoundingClientRect()
  const points: [number, number][] = []
  for (const path of paths) {
    const ctm = path.getScreenCTM()!
    const scale = Math.hypot(ctm.a, ctm.b)
    const length = path.getTotalLength()
    for (let l = 0; l < length; l += step / scale) {
      const p = path.getPointAtLength(l).matrixTransform(ctm)
      points.push([p.x - origin.left, p.y - origin.top])
    }
  }
  return points
}

// Pixels repeat: one ratio per pair of colours.
const ratios = new Map<string, number>()
const ratio = (a: string, b: string) => ratios.get(a + b) ?? ratios.set(a + b, contrastRatio(a, b)).get(a + b)!

const hex = (d: Uint8ClampedArray, i: number) => `#${[d[i]!, d[i + 1]!, d[i + 2]!].map((c) => c.toString(16).padStart(2, '0')).join('')}`

/**
 * Whether an outline stands out, measured on two pictures of the same drawing, `before` without the
 * outline and `after` with it. At each point along the outline, each colour painted solid next to
 * it in `before` (3 pixels or more of exactly that colour within `reach`: the territory's fill, the
 * neighbours', the white borders, the page) must be met at 3:1 or more by some pixel that the
 * outline painted (changed from `before`) within `reach`. Returns the colour missed most often, with
 * the share of its points where it is missed.
 */
export function outlineMisses(before: ImageData, after: ImageData, points: readonly [number, number][], reach = 3) {
  const { width, height } = after
  const a = after.data
  const b = before.data
  const tally = new Map<string, { pairs: number; misses: number }>()
  for (const [px, py] of points) {
    const near: number[] = []
    for (let y = Math.round(py) - reach; y <= Math.round(py) + reach; y++)
      for (let x = Math.round(px) - reach; x <= Math.round(px) + reach; x++) if (x >= 0 && y >= 0 && x < width && y < height) near.push((y * width + x) * 4)
    const solid = new Map<string, number>()
    for (const i of near) solid.set(hex(b, i), (solid.get(hex(b, i)) ?? 0) + 1)
    // The outline's own pixels: those it changed (a white border showing between dashes is not the outline).
    const changed = near.filter((i) => Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) >= 24)
    const painted = [...new Set(changed.map((i) => hex(a, i)))]
    for (const [colour, n] of solid) {
      if (n < 3) continue
      const t = tally.get(colour) ?? { pairs: 0, misses: 0 }
      t.pairs++
      if (!painted.some((p) => ratio(p, colour) >= 3)) t.misses++
      tally.set(colour, t)
    }
  }
  // Colours met at a handful of points only (a corner of another class) say little: 10 points at least.
  const worst = [...tally].filter(([, t]) => t.pairs >= 10).map(([colour, t]) => ({ colour, share: t.misses / t.pairs, points: t.pairs }))
  return worst.sort((x, y) => y.share - x.share)[0] ?? { colour: '', share: 0, points: 0 }
}
