import { geometryWork, pack } from './communes-work.js'

self.onmessage = (e: MessageEvent) => {
  if (e.data === 'ping') return self.postMessage('pong')
  const { buffer, width, height, unit } = e.data as { buffer: ArrayBuffer; width: number; height: number; unit: number }
  const t0 = performance.now()
  const r = geometryWork(buffer, width, height, unit)
  const t1 = performance.now()
  const { message, transfer } = pack(r)
  const t2 = performance.now()
  ;(self as unknown as Worker).postMessage({ ...message, times: { ...r.times, work: t1 - t0, pack: t2 - t1 } }, transfer)
}
