// @vitest-environment node
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { assetBase, assetUrl, loadAsset, setAssetBase } from '../../src/core/assets.js'
import type { AtlasError } from '../../src/core/errors.js'

const dir = mkdtempSync(join(tmpdir(), 'atlas-assets-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('assets', () => {
  it('defaults to the folder of the module itself', () => {
    expect(assetBase()).toBe(new URL('../../src/core/', import.meta.url).href)
  })

  it('resolves asset paths against a configured base and reads file: URLs from disk', async () => {
    writeFileSync(join(dir, 'a.json'), '{"n":1}')
    setAssetBase(pathToFileURL(dir))
    expect(assetUrl('a.json')).toBe(pathToFileURL(join(dir, 'a.json')).href)
    const first = loadAsset<{ n: number }>('a.json')
    expect(loadAsset('a.json')).toBe(first)
    expect(await first).toEqual({ n: 1 })
  })

  it('does not keep a failed load, so a later call can succeed', async () => {
    setAssetBase(pathToFileURL(dir))
    await expect(loadAsset('late.json')).rejects.toThrow()
    writeFileSync(join(dir, 'late.json'), '[2]')
    expect(await loadAsset('late.json')).toEqual([2])
  })
})

describe('loadAsset and abort', () => {
  it('rejects only the caller that aborted; others sharing the request get the file', async () => {
    writeFileSync(join(dir, 'shared.json'), '{"ok":true}')
    setAssetBase(pathToFileURL(dir))
    const leaving = new AbortController()
    const first = loadAsset('shared.json', leaving.signal)
    const second = loadAsset('shared.json', new AbortController().signal)
    leaving.abort(new Error('widget removed'))
    await expect(first).rejects.toThrow('widget removed')
    expect(await second).toEqual({ ok: true })
    expect(await loadAsset('shared.json')).toEqual({ ok: true })
  })

  it('rejects at once when the signal is already aborted', async () => {
    setAssetBase(pathToFileURL(dir))
    const c = new AbortController()
    c.abort(new Error('gone'))
    await expect(loadAsset('shared.json', c.signal)).rejects.toThrow('gone')
  })
})

describe('setAssetBase', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('takes a path in a page, resolved against the document (with or without the final /)', () => {
    vi.stubGlobal('document', { baseURI: 'https://example.org/site/page.html', documentElement: { lang: 'fr' } })
    setAssetBase('/atlas/')
    expect(assetUrl('geo/france.topo.json')).toBe('https://example.org/atlas/geo/france.topo.json')
    setAssetBase('dist')
    expect(assetBase()).toBe('https://example.org/site/dist/')
  })

  it('refuses a path where there is no page to resolve it against (Node)', () => {
    expect(() => setAssetBase('/atlas/')).toThrow(TypeError)
  })
})

describe('loadAsset of a response that is not the file', () => {
  afterEach(() => vi.unstubAllGlobals())
  const html = () => new Response('<!doctype html><html><body>app</body></html>', { status: 200, headers: { 'content-type': 'text/html' } })

  it('names the URL and says how to set the asset base (an `asset` error: widgets say it in their language)', async () => {
    vi.stubGlobal('fetch', async () => html())
    setAssetBase('https://app.example/assets/')
    const error = (await loadAsset('geo/france.topo.json').catch((e: unknown) => e)) as AtlasError
    expect(error.code).toBe('asset')
    expect(error.params).toEqual({ url: 'https://app.example/assets/geo/france.topo.json', failure: 'HTML' })
    expect(error.message).toBe("Unreadable map file (HTML): see setAssetBase('/path/to/dist/'). https://app.example/assets/geo/france.topo.json")
  })

  it('reports an HTTP status the same way, against a base given as a path', async () => {
    vi.stubGlobal('document', { baseURI: 'https://app.example/', documentElement: { lang: 'en-GB' } })
    vi.stubGlobal('fetch', async (url: string) => (url.endsWith('a.json') ? html() : new Response('nope', { status: 404 })))
    setAssetBase('/en/')
    await expect(loadAsset('a.json')).rejects.toThrow(/^Unreadable map file \(HTML\): see setAssetBase\('\/path\/to\/dist\/'\)\. https:\/\/app\.example\/en\/a\.json$/)
    await expect(loadAsset('b.json')).rejects.toMatchObject({ code: 'asset', params: { failure: 'HTTP 404', url: 'https://app.example/en/b.json' } })
  })
})

