import { describe, expect, it } from 'vitest'
import { inSlices, SLICE_MS } from '../../data-adapters/slices.js'

describe('inSlices', () => {
  it('gives each slice 40 ms by default, a little under a long task (50 ms)', async () => {
    expect(SLICE_MS).toBe(40)
    const deadlines: number[] = []
    const before = performance.now()
    await inSlices((deadline) => (deadlines.push(deadline), 'done'))
    expect(deadlines[0]! - before).toBeGreaterThanOrEqual(SLICE_MS)
  })

  it('calls the step again after the page had its turn, until it gives a result', async () => {
    const order: string[] = []
    let calls = 0
    setTimeout(() => order.push('timer'), 0)
    const result = await inSlices(() => {
      order.push(`step ${++calls}`)
      return calls === 3 ? 'done' : undefined
    })
    expect(result).toBe('done')
    // A timer queued before the work ran between its slices: the work did not hold the thread.
    expect(order.indexOf('timer')).toBeGreaterThan(0)
    expect(order.indexOf('timer')).toBeLessThan(order.indexOf('step 3'))
  })

  it('checks the signal between slices and rejects with its reason', async () => {
    const controller = new AbortController()
    let calls = 0
    const work = inSlices(() => {
      calls++
      controller.abort(new DOMException('stopped by the page', 'AbortError'))
      return undefined
    }, controller.signal)
    await expect(work).rejects.toThrow('stopped by the page')
    expect(calls).toBe(1)
  })
})
