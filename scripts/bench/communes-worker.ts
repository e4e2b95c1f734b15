import { geometryWork, pack } from './communes-work.js'

// Messages in order: 'ping'; the file (geometry work, then the shapes sent back, or with `draw` kept for
// the fills); with `draw`, the fills (one Path2D per fill group drawn on an OffscreenCanvas, its bitmap
// sent back, then the shapes).
let kept: { r: ReturnType<typeof geometryWork>; times: Record<string, number>; draw: { width: number; height: number; k: number } } | undefined
const post = (m: unknown, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer)
const COLORS = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15']

self.onmessage = (e: MessageEvent) => {
  if (e.data === 'ping') return post('pong')
  if (e.data.fills) {
    const { r, times, draw } = kept!
    const fills = e.data.fills as Uint8Array
    const d0 = performance.now()
    const groups: string[][] = COLORS.map(() => [])
    r.paths.forEach((p, i) => groups[fills[i]!]!.push(p))
    const canvas = new OffscreenCanvas(draw.width, draw.height)
    const ctx = canvas.getContext('2d')!
    ctx.setTransform(draw.k, 0, 0, draw.k, 0, 0)
    groups.forEach((g, i) => {
      ctx.fillStyle = COLORS[i]!
      ctx.fill(new Path2D(g.join('')))
    })
    const bitmap = canvas.transferToImageBitmap()
    post({ bitmap, times: { ...times, draw: performance.now() - d0 } }, [bitmap])
    const { message, transfer } = pack(r)
    return post(message, transfer)
  }
  const { buffer, width, height, unit, draw } = e.data as { buffer: ArrayBuffer; width: number; height: number; unit: number; draw?: { width: number; height: number; k: number } }
  const t0 = performance.now()
  const r = geometryWork(buffer, width, height, unit)
  const t1 = performance.now()
  if (draw) return void (kept = { r, times: { ...r.times, work: t1 - t0 }, draw })
  const { message, transfer } = pack(r)
  const t2 = performance.now()
  post({ ...message, times: { ...r.times, work: t1 - t0, pack: t2 - t1 } }, transfer)
}
