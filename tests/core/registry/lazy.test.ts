import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { setAssetBase } from '../../../src/core/assets.js'
import { DIST } from './setup.js'
import { isLoaded, loadTerritories, territories, territory } from '../../../src/core/registry/index.js'

const require = createRequire(import.meta.url)
type Source = { code: string; type: string; zone: string; population?: number; membres?: { code: string }[] }
const sourceCommunes = require('@etalab/decoupage-administratif/data/communes.json') as Source[]
const sourceEpci = require('@etalab/decoupage-administratif/data/epci.json') as Source[]

describe('loadTerritories', () => {
  it('loads nothing until asked', () => {
    expect(isLoaded('commune')).toBe(false)
    expect(isLoaded('epci')).toBe(false)
  })

  it('reports a missing file with its URL, and can be retried', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'atlas-registry-'))
    setAssetBase(pathToFileURL(empty))
    await expect(loadTerritories('commune')).rejects.toThrow('registry/communes.json')
    expect(isLoaded('commune')).toBe(false)
    rmSync(empty, { recursive: true })
  })

  it('shares one load between concurrent callers', async () => {
    setAssetBase(DIST)
    const [a, b] = [loadTerritories('commune'), loadTerritories('commune')]
    expect(a).toBe(b)
    await a
    expect(isLoaded('commune')).toBe(true)
    expect(isLoaded('epci')).toBe(false)
    const first = territories('commune')
    await loadTerritories('commune')
    expect(territories('commune')).toBe(first)
  })

  it('holds every current commune of metropolitan France and the DROM, not the COM', async () => {
    await loadTerritories('commune')
    const expected = sourceCommunes.filter((c) => c.type === 'commune-actuelle' && c.zone !== 'com')
    expect(territories('commune').map((c) => c.code)).toEqual(expected.map((c) => c.code))
    expect(territory('commune', '98735')).toBeUndefined()
    expect(territory('commune', '75056')).toMatchObject({ level: 'commune', name: 'Paris', departement: '75', region: '11', zone: 'metro' })
    expect(territory('commune', '97411')).toMatchObject({ departement: '974', region: '04', zone: 'drom' })
    // Arrondissements municipaux and communes déléguées are not communes of their own.
    expect(territory('commune', '75104')).toBeUndefined()
    const lyon = sourceCommunes.find((c) => c.code === '69123' && c.type === 'commune-actuelle')
    expect(territory('commune', '69123')?.population).toBe(lyon?.population)
  })

  it('loads EPCI with their members and population', async () => {
    await loadTerritories('epci')
    expect(isLoaded('epci')).toBe(true)
    expect(territories('epci')).toHaveLength(sourceEpci.length)
    const lyon = territory('epci', '200046977')
    expect(lyon).toMatchObject({ level: 'epci', name: 'Métropole de Lyon', departement: '69', region: '84', zone: 'metro' })
    const members = territories('commune').filter((c) => c.epci === '200046977').map((c) => c.code)
    expect(members.sort()).toEqual(sourceEpci.find((e) => e.code === '200046977')?.membres?.map((m) => m.code).sort())
    expect(members).toContain('69123')
  })

  it('leaves the département of an EPCI straddling two départements empty', async () => {
    await loadTerritories('epci')
    const deps = new Map<string, Set<string | undefined>>()
    for (const c of territories('commune')) if (c.epci) deps.set(c.epci, (deps.get(c.epci) ?? new Set()).add(c.departement))
    const straddling = territories('epci').filter((e) => (deps.get(e.code)?.size ?? 0) > 1)
    expect(straddling.length).toBeGreaterThan(0)
    for (const e of straddling) expect(e.departement).toBeUndefined()
  })

  it('rejects a level that is not loaded lazily', async () => {
    await expect(loadTerritories('region' as 'commune')).rejects.toThrow('invalid level: "region"')
  })
})
