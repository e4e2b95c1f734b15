// Explorer: one indicator at one level and area, as a map, a ranking and a table linked in one group
// (one selection store; a categorical indicator has no ranking: a sentence says why). The address
// holds the state (back/forward restore it); the page writes the store's view and selection, and
// follows the widgets when they change them (drill-down on the map, navigation, a click), so the
// page's controls and the widgets never disagree.
import { ChoroplethMap, ComparisonTable, RankingChart, createSelectionStore, levelNames, territory, type IndicatorTable, type View } from 'atlas-culture'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { INDICATORS, levelsOf, type SiteLevel } from '../catalogue.js'
import { ExplorerControls, type Change } from '../explorer-controls.js'
import { fromSearch, normalise, toSearch, viewOf, zoneKey, type ExplorerState } from '../explorer-state.js'
import { portraitHref } from '../links.js'
import { datasetMeta, indicatorTable, type DatasetMeta } from '../meta.js'
import { mountPage, setTitle } from '../shell.js'

const initial = fromSearch(location.search)
const store = createSelectionStore(viewFor(initial))
store.selected.value = initial.selected

function viewFor(s: ExplorerState): View {
  return { level: s.level, within: s.zone }
}

/** What the widgets show once its tables are loaded. */
interface Shown {
  readonly state: ExplorerState
  /** The indicator at each level loaded (the map drills down between them). */
  readonly tables: IndicatorTable[]
  /** The indicators of the same dataset at the shown level: the table's columns. */
  readonly columns: IndicatorTable[]
  readonly meta: DatasetMeta
}

async function load(state: ExplorerState): Promise<Shown> {
  // Regions and départements are small files: both, so the map can drill down; communes when asked.
  const levels = levelsOf(state.indicator).filter((l) => l !== 'commune' || state.level === 'commune')
  const siblings = INDICATORS.filter((i) => i.dataset === state.indicator.dataset && i.levels[state.level])
  const [tables, columns, meta] = await Promise.all([
    Promise.all(levels.map((l) => indicatorTable(state.indicator, l))),
    Promise.all(siblings.map((i) => indicatorTable(i, state.level))),
    datasetMeta(state.indicator.dataset),
  ])
  return { state, tables, columns, meta }
}

const sameView = (a: View, b: View) => a.level === b.level && zoneKey(a.within) === zoneKey(b.within)

function Explorer() {
  const [state, setState] = useState(initial)
  const [shown, setShown] = useState<Shown | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [drawn, setDrawn] = useState('')
  // The state as last set, for the store's subscribers (two changes can come in one tick).
  const latest = useRef(state)
  latest.current = state

  const go = (next: ExplorerState, mode: 'push' | 'replace') => {
    const search = toSearch(next)
    if (search !== location.search) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', search)
    latest.current = next
    setState(next)
  }
  const change = (c: Change) => go(normalise({ ...state, ...c, selected: c.level && c.level !== state.level ? null : state.selected }), 'push')

  // Back and forward: the state of the address.
  useEffect(() => {
    const pop = () => setState(fromSearch(location.search))
    addEventListener('popstate', pop)
    return () => removeEventListener('popstate', pop)
  }, [])

  // The widgets' own changes: a drill-down or navigation moves the view, a click selects. (The
  // store starts with the address's view and selection: the first calls change nothing.)
  useEffect(() => {
    const offView = store.view.subscribe((v) => {
      const s = latest.current
      // A drill-down changes the level: the territory clicked is the new area, not a selection of the
      // new level (a region's code may also be a département's: 53 Bretagne, 53 Mayenne).
      if (!sameView(v, viewFor(s)) && s.indicator.levels[v.level as SiteLevel]) go(normalise({ ...s, level: v.level, zone: v.within, selected: v.level === s.level ? s.selected : null }), 'push')
    })
    const offSelected = store.selected.subscribe((code) => {
      const s = latest.current
      if (code !== s.selected) go({ ...s, selected: code }, 'replace')
    })
    return () => {
      offView()
      offSelected()
    }
  }, [])

  // The state's tables; the store's view and selection follow once they are there.
  const key = viewOf(state)
  useEffect(() => {
    let current = true
    setError(null)
    load(state).then(
      (s) => {
        if (!current) return
        if (!sameView(store.view.value, viewFor(state))) store.view.value = viewFor(state)
        setShown(s)
      },
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      current = false
    }
  }, [key])
  useEffect(() => {
    if (store.selected.value !== state.selected) store.selected.value = state.selected
  }, [state.selected])
  useEffect(() => setTitle(`${state.indicator.label} — Explorateur`), [state.indicator])

  const ready = shown !== null && viewOf(shown.state) === key && drawn === key
  // From what the widgets show (the state's tables may still be loading).
  const categorical = shown?.state.indicator.measure === 'categories'
  return (
    <>
      <h1>Explorateur</h1>
      <ExplorerControls state={state} onChange={change} />
      <p class="status" role="status">
        {error ? '' : ready ? '' : 'Chargement des données…'}
      </p>
      {error && (
        <p class="error" role="alert">
          Les données de cet indicateur n’ont pas pu être chargées : {error}
        </p>
      )}
      {shown && <About shown={shown} selected={state.selected} />}
      {shown && (
        <div class="widgets" id="vues" data-view={viewOf(shown.state)} data-ready={ready ? '' : undefined}>
          <ChoroplethMap table={shown.tables} store={store} id="carte" onReady={() => setDrawn(`${shown.state.indicator.id}|${store.view.value.level}|${zoneKey(store.view.value.within)}`)} />
          {categorical ? <NoRanking level={shown.state.level} /> : <RankingChart table={shown.tables} store={store} id="classement" />}
          <div class="wide-cell">
            <ComparisonTable tables={shown.columns} store={store} id="tableau" />
          </div>
        </div>
      )}
    </>
  )
}

// The level's nouns as the widgets write them (the library's texts).
const TERRITORIES = levelNames('fr')

/** In the ranking's place for a categorical indicator: why there is none, and where the counts are. */
function NoRanking({ level }: { level: SiteLevel }) {
  const [one, many] = TERRITORIES[level]
  return (
    <p class="no-ranking">
      <strong>Indicateur qualitatif : pas de classement.</strong> Chaque {one} relève d’une catégorie et n’a pas de valeur à classer. Le tableau ci-dessous indique la catégorie de chaque {one} ; la légende de la carte compte les {many} de chacune.
    </p>
  )
}

function About({ shown, selected }: { shown: Shown; selected: string | null }) {
  const { state, meta } = shown
  const subject = useMemo(() => {
    const level = state.level === 'commune' ? null : state.level
    return selected && level && territory(level, selected) ? { level, code: selected } : state.zone
  }, [state, selected])
  return (
    <section class="about" aria-labelledby="a-propos">
      <h2 id="a-propos">{state.indicator.label}</h2>
      <p>{meta.definition}</p>
      <p class="hint">
        Source : {meta.source}, {meta.year}. {meta.licence}. Jeu de données « {meta.title} ».
      </p>
      {subject && (
        <p>
          <a href={portraitHref(subject)}>Portrait : {territory(subject.level, subject.code)?.name ?? subject.code}</a>
        </p>
      )}
    </section>
  )
}

mountPage('explorer', 'Explorateur', <Explorer />)
