import { cleanup, render } from '@testing-library/preact'
import { render as preactRender } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ExportToolbar, type ExportChoice, type ExportFormat } from '../../../../src/components/shared/export/ExportToolbar.js'

afterEach(cleanup)

type File = { format: ExportFormat; filename: string; blob: Blob }
const choices: ExportChoice[] = [
  { format: 'svg', description: 'image du classement', build: () => new Blob(['<svg/>'], { type: 'image/svg+xml' }) },
  { format: 'csv', description: 'données affichées', build: async (host) => new Blob([host.getAttribute('role')!], { type: 'text/csv' }) },
]

describe('ExportToolbar (Chromium)', () => {
  it('by default (French) says « Télécharger : » and names each button by its format then what it holds', () => {
    const { getByRole } = render(<ExportToolbar idPrefix="w" lang="fr" choices={choices} filename={(f) => `x.${f}`} />)
    const group = getByRole('group', { name: 'Télécharger\u00a0:' })
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['SVG – image du classement', 'CSV – données affichées'])
  })

  it('builds the file of the button clicked, with the host element, and hands it over with its name', async () => {
    const file = await new Promise<File>((done) => {
      const { getByRole } = render(<ExportToolbar idPrefix="w" lang="en" choices={choices} filename={(f) => `ranking.${f}`} onExport={done} />)
      expect(getByRole('group', { name: 'Download:' })).toBeTruthy()
      getByRole('button', { name: /^CSV/ }).click()
    })
    expect(file.format).toBe('csv')
    expect(file.filename).toBe('ranking.csv')
    expect(await file.blob.text()).toBe('group')
  })

  it('is styled in the task that renders it, before its first paint (issue #10: not restyled, with the whole widget, a frame later)', () => {
    // Preact's own render: its layout effects run before it returns, its passive effects after the next frame.
    const host = document.body.appendChild(document.createElement('div'))
    const root = host.attachShadow({ mode: 'open' })
    preactRender(<ExportToolbar idPrefix="w" lang="fr" choices={choices} filename={(f) => `x.${f}`} />, root)
    const css = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n')
    expect(css).toContain('.atlas-map__export')
    preactRender(null, root)
    host.remove()
  })

  it('says a failure in a status message, in the page language', async () => {
    const failing: ExportChoice[] = [{ format: 'png', description: 'image', build: () => Promise.reject(new Error('no canvas')) }]
    const { getByRole, container } = render(<ExportToolbar idPrefix="w" lang="fr" choices={failing} filename={() => 'x.png'} onExport={() => {}} />)
    getByRole('button', { name: /^PNG/ }).click()
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')!.textContent).toBe('Le téléchargement a échoué\u00a0: no canvas'))
  })
})
