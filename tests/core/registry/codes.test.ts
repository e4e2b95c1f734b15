import { beforeAll, describe, expect, it } from 'vitest'
import { checkCode, normalizeCode } from '../../../src/core/registry/index.js'
import { loadRegistry } from './setup.js'

describe('checkCode', () => {
  it('by default refuses codes that lost their leading zero, naming the candidate', () => {
    expect(checkCode('departement', '1')).toEqual({ ok: false, reason: 'ambiguous', candidate: '01', message: expect.stringContaining('"1"') })
    expect(checkCode('region', '1')).toMatchObject({ ok: false, reason: 'ambiguous', candidate: '01' })
  })

  it('accepts exact codes, trimmed, with upper-case Corsica', () => {
    expect(checkCode('departement', ' 01 ')).toEqual({ ok: true, code: '01', padded: false })
    expect(checkCode('departement', '2a')).toEqual({ ok: true, code: '2A', padded: false })
    expect(checkCode('departement', '976')).toEqual({ ok: true, code: '976', padded: false })
    expect(checkCode('region', '84')).toEqual({ ok: true, code: '84', padded: false })
  })

  it('pads when asked, and says so', () => {
    expect(checkCode('departement', '1', { pad: true })).toEqual({ ok: true, code: '01', padded: true })
    expect(checkCode('region', 6, { pad: true })).toEqual({ ok: true, code: '06', padded: true })
  })

  it('treats numbers like their decimal text', () => {
    expect(checkCode('departement', 1)).toMatchObject({ ok: false, reason: 'ambiguous', candidate: '01' })
    expect(checkCode('departement', 75)).toEqual({ ok: true, code: '75', padded: false })
    expect(checkCode('departement', 1.5).ok).toBe(false)
    expect(checkCode('departement', -1).ok).toBe(false)
  })

  it('names the code and the level of codes that do not exist', () => {
    for (const code of ['96', '20', '975']) {
      const check = checkCode('departement', code)
      expect(check.ok).toBe(false)
      if (check.ok) continue
      expect(check.reason).toBe('unknown')
      expect(check.message).toContain(`"${code}"`)
      expect(check.message).toContain('département')
    }
    expect(checkCode('region', '05')).toMatchObject({ ok: false, reason: 'unknown' })
    // A padded candidate that does not exist is unknown, not ambiguous.
    expect(checkCode('region', '5')).toMatchObject({ ok: false, reason: 'unknown' })
  })

  it('rejects text that is not shaped like a code', () => {
    for (const code of ['', 'Ain', '2C', '001', '1e1', '7 5']) expect(checkCode('departement', code)).toMatchObject({ ok: false, reason: 'invalid' })
    expect(checkCode('region', '840')).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('region') })
  })

  it('needs the commune registry for commune codes', () => {
    expect(() => checkCode('commune', '01053')).toThrow("await loadTerritories('commune')")
  })
})

describe('checkCode on communes and EPCI', () => {
  beforeAll(() => loadRegistry('epci'))

  it('checks commune codes, padding 4-digit ones only when asked', () => {
    expect(checkCode('commune', '01053')).toEqual({ ok: true, code: '01053', padded: false })
    expect(checkCode('commune', '1053')).toMatchObject({ ok: false, reason: 'ambiguous', candidate: '01053' })
    expect(checkCode('commune', 1053, { pad: true })).toEqual({ ok: true, code: '01053', padded: true })
    expect(checkCode('commune', '2a004')).toEqual({ ok: true, code: '2A004', padded: false })
    expect(checkCode('commune', '99999')).toMatchObject({ ok: false, reason: 'unknown', message: expect.stringContaining('commune') })
    expect(checkCode('commune', '123')).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('checks EPCI SIRENs', () => {
    expect(checkCode('epci', '200046977')).toEqual({ ok: true, code: '200046977', padded: false })
    expect(checkCode('epci', '200000000')).toMatchObject({ ok: false, reason: 'unknown' })
    expect(checkCode('epci', '12345')).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('EPCI') })
  })
})

describe('normalizeCode', () => {
  it('returns the code or throws the check message', () => {
    expect(normalizeCode('departement', '2b')).toBe('2B')
    expect(normalizeCode('departement', 1, { pad: true })).toBe('01')
    expect(() => normalizeCode('departement', '1')).toThrow(/ambiguous département code "1".*"01"/)
    expect(() => normalizeCode('departement', '96')).toThrow('unknown département code "96"')
  })
})
