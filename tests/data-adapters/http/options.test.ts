import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkFetchOptions, defaultFetchOptions, pickFetchOptions } from '../../../data-adapters/http/options.js'

describe('checkFetchOptions', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('fills in the documented defaults', () => {
    const o = checkFetchOptions()
    expect(o).toMatchObject({ signal: undefined, allowHttp: false, timeout: 15_000, retries: 3, backoff: 500, maxDelay: 30_000, maxBytes: 100_000_000, cache: true })
    expect(o.random).toBe(Math.random)
    expect(typeof o.sleep).toBe('function')
  })

  it('defaultFetchOptions(allowHttp, signal) is what checking { allowHttp, signal } gives, keys in the same order', () => {
    const signal = new AbortController().signal
    for (const [allowHttp, s] of [[false, undefined], [true, signal]] as const) {
      const lean = defaultFetchOptions(allowHttp, s)
      const checked = checkFetchOptions({ allowHttp, signal: s })
      expect(Object.entries(lean)).toEqual(Object.entries(checked))
      expect(lean.sleep).toBe(checked.sleep)
    }
  })

  it('rejects bad values with invalid <name>: <value>', () => {
    expect(() => checkFetchOptions({ retries: 4 })).toThrow('invalid retries: 4')
    expect(() => checkFetchOptions({ retries: -1 })).toThrow('invalid retries: -1')
    expect(() => checkFetchOptions({ timeout: 0 })).toThrow('invalid timeout: 0')
    expect(() => checkFetchOptions({ allowHttp: 'yes' as never })).toThrow('invalid allowHttp: "yes"')
    expect(() => checkFetchOptions({ signal: {} as never })).toThrow('invalid signal')
    expect(() => checkFetchOptions({ sleep: 5 as never })).toThrow('invalid sleep: 5')
    expect(() => checkFetchOptions({ maxBytes: 0 })).toThrow('invalid maxBytes: 0')
  })

  it('accepts attribute strings through the shared helpers', () => {
    expect(checkFetchOptions({ timeout: '2000' as never, allowHttp: 'true' as never })).toMatchObject({ timeout: 2000, allowHttp: true })
  })

  it('default sleep waits for the timer and rejects at once on abort', async () => {
    vi.useFakeTimers()
    const { sleep } = checkFetchOptions()
    let done = false
    const waiting = sleep(1000).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await waiting
    expect(done).toBe(true)

    const controller = new AbortController()
    const aborted = sleep(60_000, controller.signal)
    controller.abort(new Error('widget removed'))
    await expect(aborted).rejects.toThrow('widget removed')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('pickFetchOptions keeps only the request options of an adapter', () => {
    const picked = pickFetchOptions({ timeout: 5, retries: 1, ...({ level: 'departement' } as object) })
    expect(picked).toEqual({ signal: undefined, allowHttp: undefined, timeout: 5, retries: 1, backoff: undefined, maxDelay: undefined, maxBytes: undefined, cache: undefined, sleep: undefined, random: undefined })
  })
})
