import type { Lang } from '../../core/locale.js'
import { counted } from '../../core/text/rules.js'
import { TEXTS } from '../../core/text/table.js'

/**
 * « 3 codes inconnus », opening onto their list: the source's codes that no territory shown takes
 * (`report.unknownCodes`, codes without a shape). Nothing when there are none. Codes are text, never HTML.
 */
export function UnknownCodes({ codes, lang, class: className }: { codes: readonly string[]; lang: Lang; class: string }) {
  if (codes.length === 0) return null
  return (
    <details class={className}>
      <summary>{counted(lang, codes.length, TEXTS[lang].map.unknownCodes)}</summary>
      {codes.join(', ')}
    </details>
  )
}
