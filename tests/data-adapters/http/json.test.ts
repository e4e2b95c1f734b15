import { describe, expect, it } from 'vitest'
import { parseJSONBody } from '../../../data-adapters/http/json.js'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const url = 'https://data.culture.gouv.fr/api/x'

describe('parseJSONBody', () => {
  it('parses complete JSON, BOM included', () => {
    expect(parseJSONBody(bytes('\uFEFF{"total_count":2,"results":[]}'), url)).toEqual({ total_count: 2, results: [] })
  })

  it('rejects a cut body naming the URL instead of returning partial data', () => {
    expect(() => parseJSONBody(bytes('{"total_count":2,"results":[{"a":1}'), url)).toThrow(`invalid JSON from ${url}`)
    expect(() => parseJSONBody(bytes(''), url)).toThrow(`invalid JSON from ${url} (0 bytes)`)
  })

  it('rejects invalid UTF-8 rather than guessing', () => {
    expect(() => parseJSONBody(new Uint8Array([0x22, 0xe9, 0x22]), url)).toThrow(`invalid UTF-8 in the response from ${url}`)
  })
})
