// First step of `npm test`: the browser tests need Debian's Chromium (never a browser a tool
// downloads). Found: nothing to do. Missing, as root on Debian: installed with apt-get. Otherwise the
// run stops at once with one line saying what to run.
import { accessSync, constants, existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the test configurations look for Chromium (tests/vitest.config.ts, tests/examples). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium'
export const INSTALL = 'apt-get update && apt-get install -y chromium'

/** The executable named `name` on `path` (a PATH string), or undefined. */
export function which(name, path, isExecutable = executable) {
  for (const dir of (path ?? '').split(delimiter)) if (dir && isExecutable(join(dir, name))) return join(dir, name)
  return undefined
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * What to do, from the machine's facts: `{ action: 'ok', path }`, `{ action: 'install' }` (root on
 * Debian) or `{ action: 'stop', message }`.
 * @param {{ env: Record<string, string | undefined>, uid: number | undefined, isExecutable?: (file: string) => boolean, debian?: boolean }} facts
 */
export function decide({ env, uid, isExecutable = executable, debian = existsSync('/etc/debian_version') }) {
  const wanted = env.CHROMIUM_PATH || DEFAULT_CHROMIUM
  if (isExecutable(wanted)) return { action: 'ok', path: wanted }
  if (env.CHROMIUM_PATH) return { action: 'stop', message: `npm test: CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable; point it at Chromium or unset it to use ${DEFAULT_CHROMIUM}.` }
  const elsewhere = which('chromium', env.PATH, isExecutable) ?? which('chromium-browser', env.PATH, isExecutable)
  if (elsewhere) return { action: 'stop', message: `npm test: Chromium is at ${elsewhere}, not ${DEFAULT_CHROMIUM}: run CHROMIUM_PATH=${elsewhere} npm test` }
  const apt = debian && which('apt-get', env.PATH, isExecutable)
  if (apt && uid === 0) return { action: 'install' }
  if (apt) return { action: 'stop', message: `npm test needs Chromium (${DEFAULT_CHROMIUM}): run sudo apt-get install -y chromium, then npm test again.` }
  return { action: 'stop', message: `npm test needs Chromium: install it (Debian: apt-get install -y chromium) or run CHROMIUM_PATH=/path/to/chromium npm test` }
}

function main() {
  const facts = () => ({ env: process.env, uid: process.getuid?.() })
  let decision = decide(facts())
  if (decision.action === 'install') {
    console.log(`Chromium is missing: ${INSTALL}`)
    const run = spawnSync('sh', ['-c', INSTALL], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    decision = run.status === 0 ? decide(facts()) : { action: 'stop', message: `npm test: "${INSTALL}" failed (exit ${run.status}); install Chromium and run npm test again.` }
    if (decision.action === 'install') decision = { action: 'stop', message: `npm test: Chromium is still not at ${DEFAULT_CHROMIUM} after apt-get; run CHROMIUM_PATH=/path/to/chromium npm test` }
  }
  if (decision.action === 'stop') {
    console.error(decision.message)
    process.exit(1)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
