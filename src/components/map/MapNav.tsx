import type { Lang } from '../../core/locale.js'
import { normalizeName } from '../../core/registry/names.js'
import { territories } from '../../core/registry/store.js'
import { TEXTS } from '../../core/text/table.js'
import type { Level } from '../../core/types.js'
import { areaName, parentView, type View } from '../../core/view.js'

// The regions by their names' comparison keys (accents, case and hyphens aside): the order of a French
// collator, whose first construction on a page costs 10–30 ms, without one on the way to the map.
const byName = (a: { name: string }, b: { name: string }) => (normalizeName(a.name) < normalizeName(b.name) ? -1 : 1)

/**
 * The way back up (« ← France entière », « ← Bretagne ») and, when départements can be drawn, a
 * choice of the area shown: France entière or one region.
 */
export function MapNav(props: { view: View; tables: readonly Level[]; lang: Lang; onView: (view: View) => void }) {
  const { view, tables, lang } = props
  const t = TEXTS[lang].map
  const up = parentView(view, tables)
  const top = tables.includes('region') ? 'region' : view.level
  const canChoose = tables.includes('departement') && (view.level === 'region' || view.level === 'departement')
  const region = view.within?.level === 'region' ? view.within.code : ''
  return (
    // A plain box, not a <nav>: a navigation landmark per map would clutter the host page's landmarks (RGAA 9.2).
    <div class="atlas-map__nav">
      {view.within && (
        <button type="button" class="atlas-map__back" onClick={() => props.onView({ level: top, within: null })}>
          {t.home}
        </button>
      )}
      {up?.within && (
        <button type="button" class="atlas-map__back" onClick={() => props.onView(up)}>
          {t.back(areaName(up, lang))}
        </button>
      )}
      {canChoose && (
        <label class="atlas-map__choose">
          {t.chooseArea}{' '}
          <select
            value={region}
            onChange={(e) => {
              const code = (e.currentTarget as HTMLSelectElement).value
              props.onView(code ? { level: 'departement', within: { level: 'region', code } } : { level: top, within: null })
            }}
          >
            <option value="">{TEXTS[lang].wholeFrance}</option>
            {[...territories('region')].sort(byName).map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}
