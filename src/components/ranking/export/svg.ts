import { wrapText } from '../../shared/export/wrap.js'
import { xmlEscape as x } from '../../shared/export/xml.js'
import type { RankingModel } from '../compute.js'

const FONT = 'Marianne, Arial, Helvetica, sans-serif'
const MARGIN = 20
const NAME = 200
const PLOT = 440
const VALUE = 90
const ROW = 22

/**
 * A standalone SVG of what the chart shows: title, reference labels, the bars shown and their gaps,
 * reference lines, axis, missing values and source. Presentation attributes only; colours resolved by
 * `resolve` (the page's custom properties); every text through `xmlEscape`.
 */
export function rankingSvg(model: RankingModel, init: { title: string; subtitle: string; notes: readonly string[]; lang: string; resolve: (css: string) => string }): { svg: string; width: number; height: number } {
  const width = MARGIN * 2 + NAME + PLOT + VALUE
  const out: string[] = []
  const titleLines = wrapText(init.title, 70)
  let y = MARGIN
  const head: string[] = []
  for (const line of titleLines) {
    y += 22
    head.push(`<text x="${MARGIN}" y="${y}" font-size="18" font-weight="700" fill="#161616">${x(line)}</text>`)
  }
  if (init.subtitle) head.push(`<text x="${MARGIN}" y="${(y += 20)}" font-size="14" fill="#3a3a3a">${x(init.subtitle)}</text>`)
  y += 10
  const px = (pct: number) => MARGIN + NAME + (pct / 100) * PLOT
  for (const r of model.references) head.push(`<text x="${px(r.x)}" y="${(y += 16)}" font-size="12" text-anchor="middle" fill="#161616">${x(`${r.label} ${r.valueText}`)}</text>`)
  const top = y + 6
  y = top
  const body: string[] = []
  for (const item of model.items) {
    if (item.kind === 'gap') {
      body.push(`<text x="${MARGIN + 12}" y="${y + 15}" font-size="12" font-style="italic" fill="#3a3a3a">${x(`… ${item.text} …`)}</text>`)
    } else {
      const b = item.bar
      const name = b.name.length > 30 ? `${b.name.slice(0, 29)}…` : b.name
      body.push(`<text x="${MARGIN}" y="${y + 15}" font-size="13" fill="#161616">${x(name)}<title>${x(b.name)}</title></text>`)
      body.push(`<rect x="${px(b.x0)}" y="${y + 3}" width="${Math.max(0, px(b.x1) - px(b.x0))}" height="${ROW - 6}" fill="${x(init.resolve(b.fill))}" stroke="#3a3a3a" stroke-width="1"/>`)
      const neg = b.value < 0
      body.push(`<text x="${neg ? px(b.x0) - 4 : px(b.x1) + 4}" y="${y + 15}" font-size="12" text-anchor="${neg ? 'end' : 'start'}" fill="#161616">${x(b.valueText)}</text>`)
    }
    y += ROW
  }
  const bottom = y
  body.push(`<line x1="${px(model.zero)}" x2="${px(model.zero)}" y1="${top}" y2="${bottom}" stroke="#161616"/>`)
  for (const r of model.references) body.push(`<line x1="${px(r.x)}" x2="${px(r.x)}" y1="${top}" y2="${bottom}" stroke="#161616" stroke-width="1.5" stroke-dasharray="${r.kind === 'median' ? '2 3' : '6 3'}"/>`)
  body.push(`<line x1="${px(0)}" x2="${px(100)}" y1="${bottom + 4}" y2="${bottom + 4}" stroke="#161616"/>`)
  for (const k of model.ticks) body.push(`<line x1="${px(k.x)}" x2="${px(k.x)}" y1="${bottom + 4}" y2="${bottom + 8}" stroke="#161616"/><text x="${px(k.x)}" y="${bottom + 22}" font-size="11" text-anchor="middle" fill="#161616">${x(k.text)}</text>`)
  y = bottom + 30
  const notes = [...model.references.map((r) => r.description), ...(model.missingText ? [model.missingText] : []), ...init.notes]
  for (const note of notes) for (const line of wrapText(note, 100)) body.push(`<text x="${MARGIN}" y="${(y += 17)}" font-size="12" fill="#3a3a3a">${x(line)}</text>`)
  const height = y + MARGIN
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" lang="${x(init.lang)}">`)
  out.push(`<title>${x(init.title)}</title>`, `<rect width="${width}" height="${height}" fill="#ffffff"/>`, ...head, ...body, '</svg>')
  return { svg: out.join('\n'), width, height }
}
