// @vitest-environment node
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { assetBase, assetUrl, loadAsset, setAssetBase } from '../../src/core/assets.js'

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
