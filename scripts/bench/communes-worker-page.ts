// The page of scripts/bench-communes-worker.mjs: `?mode=main` does the geometry work on the main thread,
// `?mode=worker` in a module worker started (and answered a ping) before the file is fetched; both then
// do `t` ms of main-thread work standing for the model (computeMap, summary, Preact: the table's side) —
// after the geometry on the main thread, while the worker works in the worker run — then group by five
// fills, parse one Path2D per group, fill, and wait two frames.
import { geometryWork, unpack } from './communes-work.js'

const q = new URLSearchParams(location.search)
const mode = q.get('mode')
const T = Number(q.get('t') ?? 0)
const WIDTH = 600
const HEIGHT = 500
const canvas = document.createElement('canvas')
canvas.style.width = '368px'
document.body.append(canvas)
const scale = 368 / WIDTH
canvas.width = 368
canvas.height = Math.round(HEIGHT * scale)
const unit = 0.5 / scale
const painted = () => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))
const COLORS = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15']

// Stands for the table's side of the map (allocation and sorting as computeMap does): fixed work, not a clock.
function model(n: number) {
  let s = 0
  for (let k = 0; k < n; k++) {
    const m = new Map<string, number>()
    for (let i = 0; i < 35000; i++) m.set('c' + ((i * 7919) % 35000), i)
    const a = [...m.keys()].sort()
    s += a.length
  }
  return s
}

async function run() {
  let worker: Worker | undefined
  if (mode === 'worker' || mode === 'draw') {
    worker = new Worker('/worker.js', { type: 'module' })
    await new Promise((r) => ((worker!.onmessage = r), worker!.postMessage('ping')))
  }
  const response = await fetch('/dist/geo/communes.xy.bin')
  const buffer = await response.arrayBuffer()
  const start = performance.now()
  let shapes: { code: string; path: string }[]
  let times: Record<string, number> = {}
  let mainBusy = 0
  let modelAt = 0
  if (worker && mode === 'draw') {
    // The worker draws too: the main thread makes the model, sends the fills, draws the bitmap it gets back.
    const back = new Promise<MessageEvent>((r) => (worker!.onmessage = r))
    worker.postMessage({ buffer, width: WIDTH, height: HEIGHT, unit, draw: { width: canvas.width, height: canvas.height, k: scale * unit } }, [buffer])
    const m0 = performance.now()
    model(T)
    const fills = new Uint8Array(40000)
    for (let i = 0; i < fills.length; i++) fills[i] = (i * 2654435761) % 5 >>> 0
    worker.postMessage({ fills })
    modelAt = performance.now() - start
    mainBusy += performance.now() - m0
    const e = await back
    times = { ...e.data.times, received: performance.now() - start }
    const d0 = performance.now()
    canvas.getContext('2d')!.drawImage(e.data.bitmap, 0, 0)
    times.drawImage = performance.now() - d0
    mainBusy += times.drawImage
    const t = await painted()
    ;(window as unknown as { result: unknown }).result = { ...times, fromGeometry: t - start, mainBusy, modelAt, count: 0 }
    return
  }
  if (worker) {
    const back = new Promise<MessageEvent>((r) => (worker!.onmessage = r))
    worker.postMessage({ buffer, width: WIDTH, height: HEIGHT, unit }, [buffer])
    const m0 = performance.now()
    model(T)
    modelAt = performance.now() - start
    mainBusy += performance.now() - m0
    const e = await back
    const received = performance.now()
    times = { ...e.data.times, received: received - start }
    const u0 = performance.now()
    shapes = unpack(e.data)
    times.unpack = performance.now() - u0
    mainBusy += times.unpack
  } else {
    const r = geometryWork(buffer, WIDTH, HEIGHT, unit)
    times = { ...r.times }
    shapes = r.shapes.map((s, i) => ({ code: s.code, path: r.paths[i]! }))
    times.received = performance.now() - start
    const m0 = performance.now()
    model(T)
    modelAt = performance.now() - start
    mainBusy += times.received + performance.now() - m0
  }
  const d0 = performance.now()
  const groups: string[][] = COLORS.map(() => [])
  shapes.forEach((s, i) => groups[(i * 2654435761) % 5 >>> 0]!.push(s.path))
  const ctx = canvas.getContext('2d')!
  ctx.setTransform(scale * unit, 0, 0, scale * unit, 0, 0)
  groups.forEach((g, i) => {
    ctx.fillStyle = COLORS[i]!
    ctx.fill(new Path2D(g.join('')))
  })
  times.draw = performance.now() - d0
  mainBusy += times.draw
  const t = await painted()
  ;(window as unknown as { result: unknown }).result = { ...times, fromGeometry: t - start, mainBusy, modelAt, count: shapes.length }
}
run().catch((e) => ((window as unknown as { result: unknown }).result = { error: String(e) }))
