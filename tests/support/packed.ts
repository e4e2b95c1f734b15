// The package as a consumer gets it: `npm pack` of the built checkout, installed into a temporary
// project with `npm ci --offline` — from the tarball and npm's cache, which `npm ci` in the checkout
// filled (nothing downloaded). The cache holds tarballs, not the registry's metadata, so the consumer
// gets a lockfile: the checkout's entries for the packages it needs, and the tarball. A runtime
// dependency missing from the package's package.json therefore fails here, as it would for a user.
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const repo = fileURLToPath(import.meta.url).replace(/tests\/support\/[^/]+$/, '')
const run = promisify(execFile)

/** Runs `command` in `cwd`; its output is kept in the error when it fails. */
export async function sh(cwd: string, command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } })
    return stdout
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string }
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`)
  }
}

/** `npm pack` of the checkout (its dist/ must be built) into a new temporary folder: the tarball's path. */
export async function pack(): Promise<string> {
  if (!existsSync(join(repo, 'dist/index.d.ts'))) throw new Error('dist/ is not built: run npm run build')
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pack-'))
  const out = await sh(repo, 'npm', ['pack', '--silent', '--pack-destination', dir])
  return join(dir, out.trim().split('\n').at(-1)!)
}

/**
 * A temporary consumer project: `files` (a folder to copy, or name → content), its package.json's
 * dependencies pinned to the checkout's versions (`atlas-culture` to the tarball), `npm install --offline`.
 */
export async function consumer(tarball: string, dependencies: string[], files: string | Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-consumer-'))
  if (typeof files === 'string') cpSync(files, dir, { recursive: true, filter: (src) => !/node_modules|\/dist$/.test(src) })
  else for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  const ours = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> }
  const path = join(dir, 'package.json')
  const manifest = (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { name: 'atlas-consumer', private: true, type: 'module' }) as Record<string, unknown>
  const deps: Record<string, string> = { 'atlas-culture': `file:${tarball}` }
  for (const name of dependencies) deps[name] = ours.dependencies[name] ?? ours.devDependencies[name] ?? 'missing'
  manifest.dependencies = deps
  delete manifest.devDependencies
  writeFileSync(path, JSON.stringify(manifest, null, 2))
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lockfile(manifest, deps, await packedManifest(tarball), tarball), null, 2))
  await sh(dir, 'npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'])
  return dir
}

type LockEntry = { version?: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, { optional?: boolean }>; [key: string]: unknown }

async function packedManifest(tarball: string): Promise<LockEntry> {
  return JSON.parse(await sh(repo, 'tar', ['-xOzf', tarball, 'package/package.json'])) as LockEntry
}

/** The lockfile of a consumer: every package reachable from `deps`, as the checkout's lockfile has it. */
function lockfile(manifest: Record<string, unknown>, deps: Record<string, string>, packed: LockEntry, tarball: string) {
  const ours = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }
  const packages: Record<string, LockEntry> = {
    '': { name: manifest.name, dependencies: deps },
    'node_modules/atlas-culture': { version: packed.version, resolved: `file:${tarball}`, ...(packed.dependencies ? { dependencies: packed.dependencies } : {}) },
  }
  // Node's lookup: the nearest node_modules/<name> from the requiring package up to the root.
  const locate = (from: string, name: string): string | undefined => {
    for (let at = from; ; at = at.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
      const candidate = `${at ? `${at}/` : ''}node_modules/${name}`
      if (ours.packages[candidate]) return candidate
      if (!at) return undefined
    }
  }
  const queue: [string, string][] = Object.keys({ ...deps, ...packed.dependencies }).filter((n) => n !== 'atlas-culture').map((n) => ['', n])
  for (const [from, name] of queue) {
    const at = locate(from, name)
    if (!at) throw new Error(`${name} (needed by ${from || 'the consumer'}) is not in the checkout's package-lock.json`)
    if (packages[at]) continue
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = ours.packages[at]!
    packages[at] = entry
    const needed: Record<string, string> = { ...entry.dependencies, ...entry.optionalDependencies }
    for (const [peer] of Object.entries(entry.peerDependencies ?? {})) if (!entry.peerDependenciesMeta?.[peer]?.optional) needed[peer] = '*'
    for (const n of Object.keys(needed)) if (locate(at, n)) queue.push([at, n])
  }
  return { name: manifest.name, lockfileVersion: 3, requires: true, packages }
}
