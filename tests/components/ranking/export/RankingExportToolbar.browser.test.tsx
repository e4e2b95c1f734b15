import { cleanup, render } from '@testing-library/preact'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { computeRanking } from '../../../../src/components/ranking/compute.js'
import { RankingExportToolbar } from '../../../../src/components/ranking/export/RankingExportToolbar.js'
import type { IndicatorTable } from '../../../../src/core/indicator-table.js'
import { culturalShare, useBuiltAssets, withMissing } from '../../../../stories/fixtures/cultural-share.js'

let table: IndicatorTable
const view = { level: 'departement' as const, within: null }

beforeAll(async () => {
  useBuiltAssets()
  table = withMissing(await culturalShare(), { '2A': 'secret' })
})
afterEach(cleanup)

type File = { format: string; filename: string; blob: Blob }

/** Clicks one button of the toolbar and resolves with the file it makes, the selection (Finistère) outside the top 10 and bottom 5. */
function exportOne(format: 'PNG' | 'SVG' | 'CSV', lang: 'fr' | 'en' = 'fr'): Promise<File> {
  const model = computeRanking(table, { view, lang, selected: '29' })
  return new Promise<File>((done) => {
    const { getByRole } = render(<RankingExportToolbar model={model} table={table} view={view} lang={lang} title="Part des actifs" subtitle="Départements, 2019" onExport={done} />)
    getByRole('button', { name: new RegExp(`^${format}\\s*– `) }).click()
  })
}

describe('RankingExportToolbar (Chromium)', () => {
  it('names each button after what its file holds, in the page’s language', () => {
    const model = computeRanking(table, { view, lang: 'en' })
    const { getByRole } = render(<RankingExportToolbar model={model} table={table} view={view} lang="en" title="Share" subtitle="" />)
    expect(getByRole('button', { name: /^PNG\s*– picture of the ranking$/ })).toBeTruthy()
    expect(getByRole('button', { name: /^CSV\s*– data shown, spreadsheet$/ })).toBeTruthy()
  })

  it('CSV: the bars shown in their order (the selection among them), then the territories without a value', async () => {
    const file = await exportOne('CSV')
    expect(file.filename).toBe('atlas-part-actifs-culture-classement-departement.csv')
    const lines = (await file.blob.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    const model = computeRanking(table, { view, lang: 'fr', selected: '29' })
    const shown = model.items.flatMap((i) => (i.kind === 'bar' ? [i.bar.code] : []))
    expect(shown).toHaveLength(16)
    expect(lines.slice(1, 17).map((l) => l.split(';')[0])).toEqual(shown)
    expect(lines.slice(1).some((l) => l.startsWith('29;'))).toBe(true)
    expect(lines.at(-1)).toMatch(/^2A;Corse-du-Sud;;secret$/)
  })

  it('SVG and PNG: the chart as shown, texts escaped, the gaps and the source', async () => {
    const svg = await (await exportOne('SVG')).blob.text()
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelectorAll('rect[stroke]')).toHaveLength(16)
    expect(svg).toContain('territoires non affichés')
    expect(svg).toContain('Finistère')
    expect(svg).toMatch(/Source\u00a0: /)
    cleanup()
    const png = await exportOne('PNG')
    expect(png.blob.type).toBe('image/png')
    const bitmap = await createImageBitmap(png.blob)
    expect(bitmap.width).toBeGreaterThan(600)
  })
})
