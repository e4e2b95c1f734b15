// @vitest-environment node
// `npm start` ends with `node scripts/serve.mjs`: the URL it prints is the atlas site's home page.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const script = fileURLToPath(import.meta.url).replace(/tests\/scripts\/[^/]+$/, 'scripts/serve.mjs')

it('prints the URL of the atlas home page, which serves the atlas', async () => {
  const child = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        if (out.includes('\n')) resolve(out.split('\n')[0]!)
      })
      child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${out}`)))
    })
    const url = /(http:\/\/localhost:\d+\/\S*)$/.exec(line)?.[1]
    expect(url).toMatch(/^http:\/\/localhost:\d+\/site\/$/)
    const res = await fetch(url!.replace('localhost', '127.0.0.1'))
    expect(res.status).toBe(200)
    // The site built by `npm start` / `npm test` (scripts/build-site.mjs), under the strict CSP plus its fonts.
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'")
    expect(await res.text()).toContain('<title>Atlas Culture — les territoires de la culture</title>')
    // The map's binary geometry, as the bytes on disk, typed as any static server types an unknown binary.
    const geo = await fetch(url!.replace('localhost', '127.0.0.1').replace(/\/site\/$/, '/dist/geo/france.xy.bin'))
    expect(geo.status).toBe(200)
    expect(geo.headers.get('content-type')).toBe('application/octet-stream')
    expect(new Uint8Array(await geo.arrayBuffer()).subarray(0, 4)).toEqual(new TextEncoder().encode('AXY1'))
  } finally {
    child.kill()
  }
})
