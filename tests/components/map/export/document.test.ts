import { describe, expect, it } from 'vitest'
import { cssFallback, exportDocument } from '../../../../src/components/map/export/document.js'
import { geometry, model, table } from './fixtures.js'

const base = { lang: 'fr' as const, title: 'Titre', subtitle: 'Départements, 2018' }

describe('exportDocument', () => {
  it('by default uses the built-in class colours, by name order for rows, source and credit notes', () => {
    const doc = exportDocument(model, geometry, table, base)
    expect(doc.shapes.find((s) => s.code === '22')!.fill).toBe(model.colors[0])
    expect(doc.shapes.find((s) => s.code === '53')).toMatchObject({ fill: '', status: 'secret' })
    expect(doc.rows.map((r) => r.code)).toEqual(model.byName.map((n) => n.code))
    expect(doc.rows.find((r) => r.code === '53')).toMatchObject({ value: null, status: 'secret' })
    expect(doc.notes).toEqual(['Source\u00a0: Insee, 2018', 'Contours : IGN Admin Express COG 2018'])
    expect(doc.legendTitle).toBe('Légende (%)\u00a0: quantiles')
    expect(doc.legend.map((e) => e.count)).toEqual([...model.classification.classes.map((c) => c.count), 1])
    expect(doc.legend.at(-1)).toMatchObject({ label: 'Secret statistique', pattern: { status: 'secret' } })
  })
  it('takes the colours the page set through its custom properties', () => {
    const doc = exportDocument(model, geometry, table, { ...base, resolve: (css) => (css.startsWith('var(--atlas-class-1,') ? '#123456' : cssFallback(css)) })
    expect(doc.shapes.find((s) => s.code === '22')!.fill).toBe('#123456')
    expect(doc.legend[0]!.fill).toBe('#123456')
  })
  it('reads the fallback of nested var()', () => {
    expect(cssFallback('var(--a, var(--b, #abcdef))')).toBe('#abcdef')
    expect(cssFallback('#fff')).toBe('#fff')
  })
})
