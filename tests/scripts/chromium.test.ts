// @vitest-environment node
// The first step of `npm test`: find Chromium, install it as root on Debian, otherwise stop with one line.
import { spawnSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const script = fileURLToPath(import.meta.url).replace(/tests\/scripts\/[^/]+$/, 'scripts/chromium.mjs')
type Decision = { action: 'ok'; path: string } | { action: 'install' } | { action: 'stop'; message: string }
type Facts = { env: Record<string, string | undefined>; uid: number | undefined; isExecutable?: (file: string) => boolean; debian?: boolean }
// A variable specifier: scripts/ is plain JavaScript without type declarations.
const { decide } = (await import(/* @vite-ignore */ pathToFileURL(script).href)) as { decide: (facts: Facts) => Decision }

/** A machine whose executables are exactly `files`. */
const machine = (files: string[], rest: Partial<Facts> = {}): Facts => ({ env: { PATH: '/usr/local/bin:/usr/bin:/bin' }, uid: 1000, debian: true, isExecutable: (f) => files.includes(f), ...rest })

describe('decide', () => {
  it('uses /usr/bin/chromium by default, or CHROMIUM_PATH', () => {
    expect(decide(machine(['/usr/bin/chromium', '/usr/bin/apt-get']))).toEqual({ action: 'ok', path: '/usr/bin/chromium' })
    expect(decide(machine(['/opt/c/chrome'], { env: { CHROMIUM_PATH: '/opt/c/chrome' } }))).toEqual({ action: 'ok', path: '/opt/c/chrome' })
  })

  it('installs with apt-get only as root on Debian', () => {
    expect(decide(machine(['/usr/bin/apt-get'], { uid: 0 }))).toEqual({ action: 'install' })
    expect(decide(machine([], { uid: 0 }))).toMatchObject({ action: 'stop' })
    expect(decide(machine(['/usr/bin/apt-get'], { uid: 0, debian: false }))).toMatchObject({ action: 'stop' })
  })

  it('otherwise stops with one line saying what to run', () => {
    const user = decide(machine(['/usr/bin/apt-get']))
    expect(user).toEqual({ action: 'stop', message: 'npm test needs Chromium (/usr/bin/chromium): run sudo apt-get install -y chromium, then npm test again.' })
    const other = decide(machine(['/usr/local/bin/chromium'], { uid: 0 }))
    expect(other).toEqual({ action: 'stop', message: 'npm test: Chromium is at /usr/local/bin/chromium, not /usr/bin/chromium: run CHROMIUM_PATH=/usr/local/bin/chromium npm test' })
    expect(decide(machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope' } }))).toMatchObject({ action: 'stop', message: expect.stringContaining('CHROMIUM_PATH=/nope is not an executable') })
    for (const d of [user, other]) expect((d as { message: string }).message).not.toContain('\n')
  })
})

it('as a script: exits 1 at once with the one line when it cannot install', () => {
  const run = spawnSync(process.execPath, [script], { env: { PATH: '/nonexistent', CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8' })
  expect(run.status).toBe(1)
  expect(run.stderr.trim().split('\n')).toEqual(['npm test: CHROMIUM_PATH=/nonexistent/chromium is not an executable; point it at Chromium or unset it to use /usr/bin/chromium.'])
  expect(spawnSync(process.execPath, [script], { env: { PATH: process.env.PATH }, encoding: 'utf8' }).status).toBe(0)
})
