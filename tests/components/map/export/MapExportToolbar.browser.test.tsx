import { cleanup, render } from '@testing-library/preact'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ChoroplethMap } from '../../../../src/components/map/ChoroplethMap.js'
import { computeMap } from '../../../../src/components/map/compute.js'
import { MapExportToolbar as ExportToolbar } from '../../../../src/components/map/export/MapExportToolbar.js'
import { exportDocument } from '../../../../src/components/map/export/document.js'
import { exportSize } from '../../../../src/components/map/export/svg.js'
import { loadViewGeometry } from '../../../../src/components/map/geometry.js'
import type { ViewGeometry } from '../../../../src/components/map/types.js'
import type { IndicatorTable } from '../../../../src/core/indicator-table.js'
import { culturalShare, useBuiltAssets } from '../fixtures.js'

let table: IndicatorTable
let geometry: ViewGeometry
const view = { level: 'departement' as const, within: null }

beforeAll(async () => {
  useBuiltAssets()
  ;[table, geometry] = await Promise.all([culturalShare(), loadViewGeometry(view, 600, 500)])
})
afterEach(cleanup)

type File = { format: string; filename: string; blob: Blob }

/** Clicks one button of the toolbar and resolves with the file it makes. */
function exportOne(format: 'PNG' | 'SVG' | 'CSV'): Promise<File> {
  const model = computeMap(table, geometry, { view, lang: 'fr' })
  return new Promise<File>((done) => {
    const { getByRole } = render(<ExportToolbar model={model} geometry={geometry} table={table} view={view} lang="fr" title="Part des actifs" subtitle="Départements, 2019" onExport={done} />)
    getByRole('button', { name: new RegExp(`^${format} – `) }).click()
  })
}

describe('ExportToolbar (Chromium)', () => {
  it('sits in the map: « Télécharger : PNG · SVG · CSV », buttons named after what they give', async () => {
    let ready!: () => void
    const drawn = new Promise<void>((r) => (ready = r))
    const { findByRole } = render(<ChoroplethMap table={table} onReady={ready} />)
    await drawn
    // The toolbar's code is fetched once the map is drawn (not before its first paint).
    const group = await findByRole('group', { name: 'Télécharger\u00a0:' })
    const names = [...group.querySelectorAll('button')].map((b) => b.textContent)
    expect(names).toEqual(['PNG – image de la carte', 'SVG – image vectorielle de la carte', 'CSV – données affichées, tableur'])
  })

  it('PNG: a picture of the map, title, legend and source at twice the SVG size', async () => {
    const file = await exportOne('PNG')
    expect(file.filename).toBe('atlas-part-actifs-culture-departement.png')
    expect(file.blob.type).toBe('image/png')
    const bitmap = await createImageBitmap(file.blob)
    const size = exportSize(exportDocument(computeMap(table, geometry, { view, lang: 'fr' }), geometry, table, { lang: 'fr', title: 'Part des actifs', subtitle: 'Départements, 2019' }))
    expect([bitmap.width, bitmap.height]).toEqual([size.width * 2, size.height * 2])
    // Not blank: the map's pixels are not all white.
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(bitmap, 0, 0)
    const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data
    let coloured = 0
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 2]! > pixels[i]! + 40) coloured++
    expect(coloured).toBeGreaterThan(10_000)
  })

  it('SVG: parses, with the 101 départements', async () => {
    const file = await exportOne('SVG')
    const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(new Set([...doc.querySelectorAll('path > title')].map((t) => t.textContent)).size).toBe(101)
  })

  it('CSV: the 101 départements with their values, French spreadsheet dialect', async () => {
    const file = await exportOne('CSV')
    // The byte-order mark, for spreadsheets (text() decodes it away).
    expect([...new Uint8Array(await file.blob.slice(0, 3).arrayBuffer())]).toEqual([0xef, 0xbb, 0xbf])
    const lines = (await file.blob.text()).split('\r\n').filter(Boolean)
    expect(lines[0]).toBe('code;nom;valeur (%);statut')
    expect(lines).toHaveLength(102)
    const finistere = lines.find((l) => l.startsWith('29;'))!.split(';')
    expect(Number(finistere[2]!.replace(',', '.'))).toBeCloseTo(table.get('29').value!, 9)
  })
})
