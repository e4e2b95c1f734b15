// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, it } from 'vitest'
import { fileText } from '../../src/core/file-text.js'

it('reads a file: URL from disk as UTF-8', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-file-text-'))
  try {
    writeFileSync(join(dir, 'é.json'), '{"nom":"Pontivy"}')
    expect(await fileText(pathToFileURL(join(dir, 'é.json')).href)).toBe('{"nom":"Pontivy"}')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
