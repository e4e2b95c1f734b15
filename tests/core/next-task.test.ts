import { describe, expect, it } from 'vitest'
import { nextTask } from '../../src/core/next-task.js'

describe('nextTask', () => {
  it('resolves in a later task: after the microtasks of this one and the timers queued before it', async () => {
    const order: string[] = []
    setTimeout(() => order.push('timer queued before'))
    queueMicrotask(() => order.push('microtask'))
    await nextTask()
    order.push('after')
    setTimeout(() => order.push('timer queued after'))
    await nextTask()
    expect(order).toEqual(['microtask', 'timer queued before', 'after', 'timer queued after'])
  })
})
