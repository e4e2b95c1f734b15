import type { Lang } from '../../core/locale.js'
import { counted } from '../../core/text/rules.js'
import { TEXTS } from '../../core/text/table.js'
import { inArea, type View } from '../../core/view.js'

/**
 * What the widget leaves out, each kind counted and opening onto its list: « 3 codes inconnus »
 * (`report.unknownCodes`: no current territory has them; those of the view's area only, see
 * {@link inArea}), « 1 commune sans contour en 2018 » (the map's `unmatched`, already the
 * view's). Nothing when there are none. Codes are text, never HTML.
 */
export function UnknownCodes({ codes, unmatched = [], view, lang, class: className }: { codes: readonly string[]; unmatched?: readonly string[]; view: View; lang: Lang; class: string }) {
  const t = TEXTS[lang].map
  const listed = (list: readonly string[], forms: readonly [string, string]) =>
    list.length > 0 && (
      <details class={className}>
        <summary>{counted(lang, list.length, forms)}</summary>
        {list.join(', ')}
      </details>
    )
  return (
    <>
      {listed(codes.filter((c) => inArea(view, c)), t.unknownCodes)}
      {listed(unmatched, t.noOutline)}
    </>
  )
}
