import type { MissingStatus } from '../../../core/types.js'
import type { ExportDocument } from './document.js'
import { wrapText } from '../../shared/export/wrap.js'
import { xmlEscape as x } from '../../shared/export/xml.js'

const FONT = 'Marianne, Arial, Helvetica, sans-serif'
const LEGEND_WIDTH = 300
const MARGIN = 20

/** Size of the exported picture for a document (the map, the legend beside it, text above and below). */
export function exportSize(doc: ExportDocument): { width: number; height: number; top: number } {
  const top = MARGIN + wrapText(doc.title, 60).length * 26 + (doc.subtitle ? 22 : 0) + 12
  const legendHeight = 44 + doc.legend.length * 24
  return { width: MARGIN * 2 + doc.width + LEGEND_WIDTH, height: top + Math.max(doc.height, legendHeight) + 16 + doc.notes.length * 18 + MARGIN, top }
}

/**
 * A standalone SVG file of the map: title, shapes, inset frames, legend and source. Presentation
 * attributes only (no CSS, no custom properties, no scripts), so it opens alike in a browser, an
 * editor, or as an `<img>`; every text goes through {@link xmlEscape}.
 */
export function standaloneSvg(doc: ExportDocument): string {
  const { width, height, top } = exportSize(doc)
  const pid = (s: MissingStatus) => `missing-${s}`
  const out: string[] = []
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" lang="${doc.lang}">`)
  out.push(`<title>${x(doc.title)}</title>`)
  out.push('<defs>')
  for (const p of doc.patterns) {
    const ink = p.paint === 'fill' ? `fill="${x(doc.ink)}"` : `fill="none" stroke="${x(doc.ink)}" stroke-width="${p.strokeWidth}"`
    out.push(`<pattern id="${pid(p.status)}" width="${p.size}" height="${p.size}" patternUnits="userSpaceOnUse"><rect width="${p.size}" height="${p.size}" fill="${x(doc.background)}"/><path d="${p.path}" ${ink}/></pattern>`)
  }
  out.push('</defs>')
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`)
  let y = MARGIN
  for (const line of wrapText(doc.title, 60)) {
    y += 22
    out.push(`<text x="${MARGIN}" y="${y}" font-size="20" font-weight="700" fill="#161616">${x(line)}</text>`)
    y += 4
  }
  if (doc.subtitle) out.push(`<text x="${MARGIN}" y="${y + 18}" font-size="15" fill="#3a3a3a">${x(doc.subtitle)}</text>`)
  out.push(`<g transform="translate(${MARGIN},${top})">`)
  if (doc.frames.length) out.push(`<g fill="none" stroke="#929292" stroke-width="1">${doc.frames.map((d) => `<path d="${d}"/>`).join('')}</g>`)
  out.push('<g stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">')
  for (const s of doc.shapes) out.push(`<path d="${s.d}" fill="${s.status ? `url(#${pid(s.status)})` : x(s.fill)}"><title>${x(s.code)}</title></path>`)
  out.push('</g></g>')
  const lx = MARGIN + doc.width + 24
  let ly = top + 16
  for (const line of wrapText(doc.legendTitle, 38)) {
    out.push(`<text x="${lx}" y="${ly}" font-size="14" font-weight="700" fill="#161616">${x(line)}</text>`)
    ly += 18
  }
  ly += 6
  for (const e of doc.legend) {
    const fill = e.pattern ? `url(#${pid(e.pattern.status)})` : x(e.fill)
    out.push(`<rect x="${lx}" y="${ly}" width="16" height="16" fill="${fill}" stroke="#666666" stroke-width="1"/>`)
    out.push(`<text x="${lx + 24}" y="${ly + 13}" font-size="14" fill="#161616">${x(e.label)} <tspan fill="#3a3a3a">(${e.count})</tspan></text>`)
    ly += 24
  }
  let ny = height - MARGIN - (doc.notes.length - 1) * 18
  for (const note of doc.notes) {
    out.push(`<text x="${MARGIN}" y="${ny}" font-size="13" fill="#3a3a3a">${x(note)}</text>`)
    ny += 18
  }
  out.push('</svg>')
  return out.join('\n')
}
