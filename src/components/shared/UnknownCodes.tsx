import type { Lang } from '../../core/locale.js'
import { counted } from '../../core/text/rules.js'
import { TEXTS } from '../../core/text/table.js'
import { leftOutCodes, type View } from '../../core/view.js'

/**
 * What the widget leaves out, in the view's area ({@link leftOutCodes}), each kind counted and opening
 * onto its list: « 3 codes inconnus » (`report.unknownCodes`, no current territory has them), « 1 commune
 * sans contour (COG postérieur à 2018) » (the map's `unmatched`). Nothing when there are none. Codes are
 * text, never HTML.
 */
export function UnknownCodes({ codes, unmatched, view, lang, class: className }: { codes: readonly string[]; unmatched?: readonly string[]; view: View; lang: Lang; class: string }) {
  const kinds = leftOutCodes(view, codes, unmatched)
  return (
    <>
      {(Object.keys(kinds) as (keyof typeof kinds)[]).map(
        (k) =>
          kinds[k].length > 0 && (
            <details class={className} key={k}>
              <summary>{counted(lang, kinds[k].length, TEXTS[lang].map[k])}</summary>
              {kinds[k].join(', ')}
            </details>
          ),
      )}
    </>
  )
}
