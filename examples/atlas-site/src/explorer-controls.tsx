// The explorer's form: indicator (searchable, grouped by theme), level, area. It shows the state it
// is given and reports changes; it holds no state of its own besides the search text.
import { levelNames, territories } from 'atlas-culture'
import { useState } from 'preact/hooks'
import { INDICATORS, MEASURE_LABELS, SITE_LEVELS, THEMES, indicatorById, levelsOf, type SiteLevel } from './catalogue.js'
import { parseZone, zoneKey, zoneLevels, type ExplorerState } from './explorer-state.js'

const NOUNS = levelNames('fr')

/** « Régions », « Départements », « Communes »: the library's plural noun of the level, capitalised for a label. */
function levelLabel(level: SiteLevel): string {
  const many = NOUNS[level][1]
  return many[0]!.toUpperCase() + many.slice(1)
}

const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'fr'))
const REGIONS = byName(territories('region'))
const DEPARTEMENTS = [...territories('departement')]
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

export type Change = Partial<Pick<ExplorerState, 'indicator' | 'level' | 'zone'>>

export function ExplorerControls({ state, onChange }: { state: ExplorerState; onChange: (change: Change) => void }) {
  const [search, setSearch] = useState('')
  const words = fold(search).split(/\s+/).filter(Boolean)
  // The chosen indicator always stays in the list, so the select never shows another one.
  const shown = INDICATORS.filter((i) => i === state.indicator || words.every((w) => fold(`${i.label} ${i.theme} ${MEASURE_LABELS[i.measure]}`).includes(w)))
  const available = levelsOf(state.indicator)
  const zones = zoneLevels(state.level)
  return (
    <form class="controls" aria-label="Choix de l’indicateur, de l’échelon et de la zone" onSubmit={(e) => e.preventDefault()}>
      <div class="wide">
        <label for="recherche">Rechercher un indicateur</label>
        <input id="recherche" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} aria-describedby="recherche-aide" autocomplete="off" />
        <p class="hint" id="recherche-aide" aria-live="polite">
          {shown.length} indicateur{shown.length > 1 ? 's' : ''} sur {INDICATORS.length}
        </p>
        <label for="indicateur">Indicateur</label>
        <select id="indicateur" value={state.indicator.id} onChange={(e) => onChange({ indicator: indicatorById(e.currentTarget.value) })}>
          {THEMES.map((theme) => {
            const list = shown.filter((i) => i.theme === theme)
            return list.length === 0 ? null : (
              <optgroup key={theme} label={theme}>
                {list.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.label} ({MEASURE_LABELS[i.measure]})
                  </option>
                ))}
              </optgroup>
            )
          })}
        </select>
      </div>
      <fieldset>
        <legend>Échelon</legend>
        {SITE_LEVELS.map((l) => (
          <label key={l}>
            <input type="radio" name="echelon" value={l} checked={state.level === l} disabled={!available.includes(l)} onChange={() => onChange({ level: l })} />
            {levelLabel(l)}
          </label>
        ))}
      </fieldset>
      <div>
        <label for="zone">Zone</label>
        <select id="zone" value={zoneKey(state.zone)} disabled={zones.length === 0} onChange={(e) => onChange({ zone: parseZone(e.currentTarget.value) })}>
          <option value="">France entière</option>
          {zones.includes('region') && (
            <optgroup label={levelLabel('region')}>
              {REGIONS.map((r) => (
                <option key={r.code} value={`region:${r.code}`}>
                  {r.name}
                </option>
              ))}
            </optgroup>
          )}
          {zones.includes('departement') && (
            <optgroup label={levelLabel('departement')}>
              {DEPARTEMENTS.map((d) => (
                <option key={d.code} value={`departement:${d.code}`}>
                  {d.code} – {d.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
    </form>
  )
}
