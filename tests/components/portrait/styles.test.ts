// @vitest-environment node
// The portrait's print stylesheet (src/components/portrait/styles.ts): one portrait — four key figures,
// their sentences, the locator, a long analysis and the sources — printed by Chromium to an A4 PDF fits
// on one page, its text no smaller than 8 pt. `<atlas-portrait>` from the built script-tag bundle, on a
// page served with the strict CSP.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { LONG_ANALYSIS } from '../../../stories/fixtures/portrait.js'
import { openSite, settled, watchedPage, type Site } from '../../examples/atlas-browser.js'
import { pdfPages, servePage } from '../../support/print.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

const figure = (dir: string, num: string, den: string, label: string) =>
  `<atlas-indicator src="/data/deps/${dir}/departement.csv" value="${num}" per="${den}" label="${label}" year="2019"></atlas-indicator>`
const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
const PAGE = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Portrait imprimé</title>
<script src="/dist/atlas-culture.min.js" defer></script>
<body><main>
<atlas-portrait id="portrait" territory="29" level="departement" code="Code Insee" scale="100" unit="%" source="Insee ; Deps, Atlas Culture" analysis="${attr(LONG_ANALYSIS)}">
${figure('actifs-dans-les-secteurs-culturels', "Nombre d'actifs dans les secteurs culturels", "Nombre total d'actifs", 'Part des actifs dans les secteurs culturels')}
${figure('actifs-exercant-une-profession-culturelle', "Nombre d'actifs exerçant une profession culturelle", "Nombre total d'actifs", 'Part des actifs exerçant une profession culturelle')}
${figure('entreprises-culturelles-du-secteur-marchand', "Nombre d'entreprises culturelles du secteur marchand", "Nombre total d'entreprises du secteur marchand", 'Part des entreprises culturelles')}
${figure('salaries-actifs-des-secteurs-culturels-marchands', 'Nombre de salariés actifs des secteurs culturels marchands', 'Nombre total de salariés actifs des secteur marchands', 'Part des salariés des secteurs culturels marchands')}
</atlas-portrait>
</main></body></html>`

it('a portrait with four figures and a long analysis prints on one A4 page, every text at least 8 pt, nothing cut', { timeout: 120_000 }, async () => {
  const { page, problems } = await watchedPage(site)
  const url = await servePage(page, site, 'print/portrait.html', PAGE)
  await page.goto(url)
  expect(await settled(page, '#portrait')).toBe('ready')
  await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__locator[data-state="ready"]'))
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  expect(pdfPages(pdf)).toBe(1)

  await page.emulateMedia({ media: 'print' })
  const printed = await page.evaluate(() => {
    const root = document.querySelector('#portrait')!.shadowRoot!
    const texts = [...root.querySelectorAll<HTMLElement>('.atlas-portrait *')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && e.getClientRects().length > 0 && !e.closest('.atlas-sr-only'))
    const card = root.querySelector('.atlas-portrait')!.getBoundingClientRect()
    return {
      smallest: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
      figures: root.querySelectorAll('.atlas-portrait__figure').length,
      analysis: root.querySelectorAll('.atlas-portrait__analysis li').length,
      sources: root.querySelectorAll('.atlas-portrait__sources li').length,
      width: card.width,
      overflow: [...root.querySelectorAll<HTMLElement>('.atlas-portrait *')].filter((e) => e.getBoundingClientRect().right > card.right + 0.5).map((e) => e.className),
    }
  })
  // 8 pt = 10.67 CSS px: the smallest size still read comfortably on paper.
  expect(printed.smallest).toBeGreaterThanOrEqual(8 * (96 / 72) - 0.01)
  expect(printed).toMatchObject({ figures: 4, analysis: 5, sources: 4, overflow: [] })
  expect(problems).toEqual([])
})
