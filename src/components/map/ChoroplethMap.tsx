import { signal, type ReadonlySignal } from '@preact/signals'
import type { ComponentType } from 'preact'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { LegendKey } from '../legend/legend-model.js'
import { createSelectionStore } from '../../core/selection.js'
import { labelled } from '../../core/text/rules.js'
import { sourceLine } from '../../core/text/source-line.js'
import { TEXTS } from '../../core/text/table.js'
import { checkView, drillTarget, levelsIn, viewKey } from '../../core/view.js'
import { computeMap, mapId } from './compute.js'
import { DataTable, ErrorMessage } from './lazy-parts.js'
import { MapExportToolbar } from './export/MapExportToolbar.js'
import { LegendHistogram } from '../legend/lazy-histogram.js'
import { defaults } from './defaults.js'
import { loadViewGeometry } from './geometry.js'
import { navigate } from './keyboard.js'
import { MapLegend } from './MapLegend.js'
import { MapNav } from './MapNav.js'
import { checkMapOptions, type ChoroplethMapProps } from './options.js'
import { adoptCss } from '../shared/styles.js'
import { UnknownCodes } from '../shared/UnknownCodes.js'
import { mapShellCss } from './styles.js'
import { preloadLayer, shapeLayer } from './renderer.js'
import { useStoreView } from '../shared/use-store-view.js'
import { useValue } from '../shared/use-value.js'
import { Tooltip, type Tip } from './Tooltip.js'
import { announcement } from './tooltip-text.js'
import { EMPTY_TYPEAHEAD, isTypeaheadKey, typeaheadMatch, typeaheadNext } from './typeahead.js'
import type { ShapeLayerProps, ViewGeometry } from './types.js'

type Load = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; geometry: ViewGeometry; key: string }

// One object: setting it again while loading costs no render.
const LOADING: Load = { state: 'loading' }

/**
 * The drawing layer, re-rendered on its own when the group points at another territory (a ranking's
 * bar, the pointer): the map around it does not render again on every move. The map's own keyboard
 * focus (`mine`) is already ringed.
 */
function Layer(props: ShapeLayerProps & { is: ComponentType<ShapeLayerProps>; pointed: ReadonlySignal<string | null>; mine: string | null }) {
  const { is: Shapes, pointed, mine, ...rest } = props
  const hovered = useValue(pointed)
  return <Shapes {...rest} hovered={hovered === mine ? null : hovered} />
}

/**
 * Choropleth map of an {@link IndicatorTable}: régions, départements, EPCI or communes of France
 * entière (mainland and overseas insets), of a region or of a département, with drill-down, legend,
 * tooltip, keyboard navigation, live announcements and a data table alternative.
 *
 * Keyboard: the map is one tab stop (`role="application"`: screen readers pass the arrow keys
 * through instead of reading the page). Arrows move to the neighbouring territory, Home/End to the
 * first/last by name (or by rank, `homeEnd="rank"`), typing letters jumps to a name, Enter selects
 * (and drills down when a finer table is given), Escape closes the tooltip, then clears the selection.
 * What has focus is announced in a polite live region; the SVG itself is hidden from assistive
 * technologies, the summary and the data table carry the content.
 */
export function ChoroplethMap(props: ChoroplethMapProps) {
  const options = checkMapOptions(props)
  const { lang, tables } = options
  const t = TEXTS[lang].map
  const [ownStore] = useState(() => createSelectionStore(options.view))
  const store = options.store ?? ownStore
  // The props' view is written to the store after render (see SelectionStore for who sets the view).
  const view = useStoreView(store, checkView(options.view))
  // A group's view may be at a level this map has no table for: the map says so (no silent fallback).
  const shown = tables.get(view.level)
  const table = shown ?? tables.get(options.view.level)!
  const key = viewKey(view)
  const [load, setLoad] = useState(LOADING)
  const [focused, setFocused] = useState<string | null>(null)
  // Whether the map has focus: the focus ring is drawn only then (no stale ring once focus has left).
  const [active, setActive] = useState(false)
  const [said, setSaid] = useState('')
  // The territory the tooltip is about: a signal that only the tooltip reads, so a hover renders the
  // tooltip and the drawing layer, not the map.
  const [tip] = useState(() => signal<Tip | null>(null))
  // Legend entry pointed at or focused (class index or missing status), set by the legend.
  const [highlight] = useState(() => signal<LegendKey | null>(null))
  const [tableOpen, setTableOpen] = useState(options.showTable)
  const typeahead = useRef(EMPTY_TYPEAHEAD)
  const root = useRef<HTMLElement>(null)
  const app = useRef<HTMLDivElement>(null)
  // Set from a pointer press to the focus event it causes: a click focuses its own territory, not the first one.
  const pointing = useRef(false)
  // Before the first paint, which may already hold the map (below).
  useLayoutEffect(() => {
    if (root.current) adoptCss(root.current, mapShellCss)
  }, [])

  // Requested at once (a page that did not load it ahead, as the element does, waits for the file, not
  // for a frame as well); drawn by the effect below.
  useLayoutEffect(() => void (shown && loadViewGeometry(view, defaults.width, defaults.height)), [key, !shown])

  // Awaited from the paint of this first render on (title, navigation, loading line: ≈ 10 ms of CPU): a
  // geometry already loaded (the element loads it with the data) is drawn in the task of the passive
  // effects (the model and the shapes ≈ 25 ms: one task of both ran over 50 ms on a loaded machine), and
  // `onReady`, a passive effect of that render, runs after the frame that paints them. Again when a table
  // for the view's level comes later (a group's view at a level this map had no table for).
  useEffect(() => {
    if (!shown) return
    const controller = new AbortController()
    setLoad(LOADING)
    // The parts drawn at once (canvas layer, table shown at start, histogram) come with the geometry:
    // `onReady` still means drawn.
    const parts = (geometry: ViewGeometry) => Promise.all([preloadLayer(options.renderer, geometry.shapes.length), tableOpen && DataTable.preload(), options.histogram && LegendHistogram.preload()]).then(() => geometry)
    loadViewGeometry(view, defaults.width, defaults.height, controller.signal).then(parts).then(
      (geometry) => !controller.signal.aborted && setLoad({ state: 'ready', geometry, key }),
      (error: unknown) => !controller.signal.aborted && setLoad({ state: 'error', error }),
    )
    return () => controller.abort()
  }, [key, !shown])

  const geometry = load.state === 'ready' && load.key === key ? load.geometry : undefined
  const model = useMemo(
    () =>
      geometry &&
      shown &&
      computeMap(table, geometry, {
        view,
        lang,
        method: options.method,
        classes: options.classes,
        breaks: options.breaks,
        reference: options.reference,
        palette: options.palette,
        id: options.id,
      }),
    [geometry, table, lang, options.method, options.classes, String(options.breaks), options.reference, options.palette, options.id],
  )
  const located = useMemo(() => new Map(geometry?.shapes.map((s) => [s.code, s]) ?? []), [geometry])

  useEffect(() => {
    setFocused(null)
    tip.value = null
    highlight.value = null
  }, [key])
  useEffect(() => {
    if (model || !shown) options.onReady?.()
  }, [model, shown])

  const title = options.title ?? table.indicator.label
  const subtitle = options.subtitle ?? `${levelsIn(view, lang)}${table.indicator.year ? `, ${table.indicator.year}` : ''}`
  // The model's own prefix (mapId), also while it loads.
  const idPrefix = mapId(table, view, options.id)
  const id = (part: string) => `${idPrefix}-${part}`
  const available = [...tables.keys()]

  const nameOf = (code: string) => located.get(code)?.name ?? code
  // The same words twice in a row must still be spoken: the second time differs by a no-break space.
  const say = (text: string) => setSaid((last) => (last === text ? `${text}\u00a0` : text))
  const focusTo = (code: string | undefined, by: 'pointer' | 'keyboard' = 'keyboard') => {
    const info = code && model?.info(code)
    if (!info) return
    setFocused(info.code)
    tip.value = { code: info.code, by }
    store.hovered.value = info.code
    say(announcement(info))
  }
  const choose = (code: string) => {
    store.selected.value = code
    say(t.selected(nameOf(code)))
    const target = drillTarget(view, code, available)
    if (target) store.view.value = target
  }
  const onShapeClick = (code: string) => {
    pointing.current = true
    app.current?.focus()
    pointing.current = false
    focusTo(code, 'pointer')
    choose(code)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (!model) return
    if (e.key === 'Escape') {
      const was = store.selected.value
      if (tip.value) tip.value = null
      else if (was !== null) {
        store.selected.value = null
        say(t.deselected(nameOf(was)))
      } else return
      e.preventDefault()
      return
    }
    // Before Enter/Space: a space inside a search under way is part of the name typed (« La Réunion »).
    if (isTypeaheadKey(e.key, typeahead.current, e.timeStamp) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const search = (typeahead.current = typeaheadNext(typeahead.current, e.key, e.timeStamp))
      const found = typeaheadMatch(search.text, model.byName, focused)
      e.preventDefault()
      if (found) focusTo(found)
      else say(t.noMatch(search.text))
      return
    }
    if (e.key === 'Enter' || e.key === ' ') {
      typeahead.current = EMPTY_TYPEAHEAD
      if (focused) {
        e.preventDefault()
        choose(focused)
      }
      return
    }
    const next = navigate(e.key, focused, { byName: model.byName, byRank: model.byRank, located, neighbours: geometry!.neighbours }, options.homeEnd)
    if (next !== undefined || e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      typeahead.current = EMPTY_TYPEAHEAD
      focusTo(next)
    }
  }

  const onFocus = () => {
    setActive(true)
    // Focus given by a pointer press: the click that follows focuses its territory (none off the shapes).
    const byPointer = pointing.current
    pointing.current = false
    if (!model || byPointer) return
    // Coming back: the territory left is focused and announced again.
    const start = focused ?? (store.selected.value && located.has(store.selected.value) ? store.selected.value : model.byName[0]?.code)
    focusTo(start)
  }
  const onBlur = () => {
    setActive(false)
    if (tip.value?.by === 'keyboard') tip.value = null
  }

  const pointed = useValue(highlight)
  const highlighted = model && pointed !== null ? model.codesOf(pointed) : null
  const Renderer = shapeLayer(options.renderer, geometry?.shapes.length ?? 0)
  const levels = TEXTS[lang].levels[view.level][1]
  const source = sourceLine(lang, table.indicator)
  const selected = useValue(store.selected)

  return (
    <figure ref={root} class="atlas-map" lang={lang} data-state={!shown ? 'no-data' : model ? 'ready' : load.state} aria-busy={!!shown && !model && load.state === 'loading'} aria-labelledby={id('title')}>
      <figcaption class="atlas-map__head">
        <p class="atlas-map__title" id={id('title')}>
          {title}
        </p>
        {subtitle && <p class="atlas-map__subtitle">{subtitle}</p>}
      </figcaption>
      <MapNav view={view} tables={available} lang={lang} onView={(v) => (store.view.value = v)} />
      {!shown ? (
        <p class="atlas-map__no-data" role="status">
          {t.noTable(levels)}
        </p>
      ) : load.state === 'error' ? (
        // The sentence in the map's language, the developer's message marked as English (RGAA 8.7).
        <div class="atlas-map__error">
          <ErrorMessage error={load.error} lang={lang} title={t.failed} />
        </div>
      ) : !model || !geometry ? (
        <p class="atlas-map__loading" role="status">
          {t.loading}
        </p>
      ) : (
        <>
          <p class="atlas-sr-only" id={id('summary')}>
            {model.summary}
          </p>
          <p class="atlas-sr-only" id={id('help')}>
            {t.instructions}
          </p>
          {/* The focused territory and, when it is the selected one, that state (read when the map gets focus). */}
          <p class="atlas-sr-only" id={id('current')} aria-current={!!focused && focused === selected}>
            {focused && (focused === selected ? t.selected(nameOf(focused)) : nameOf(focused))}
          </p>
          <div class="atlas-map__body">
            {/* The drawing's own width decides where the inset names go (a container query): inside the
                frames from 600 px, in a line under the map below, so that they are never under 10 px. */}
            <div class="atlas-map__drawing">
              <div
                class="atlas-map__canvas"
                role="application"
                tabIndex={0}
                aria-label={t.mapLabel(title, levels)}
                aria-describedby={`${id('current')} ${id('summary')} ${id('help')}`}
                ref={app}
                onKeyDown={onKeyDown}
                onFocus={onFocus}
                onBlur={onBlur}
                onPointerDown={() => (pointing.current = !active)}
                onPointerLeave={() => {
                  if (tip.value?.by === 'pointer') tip.value = null
                  store.hovered.value = null
                }}
              >
                <Layer
                  is={Renderer}
                  pointed={store.hovered}
                  mine={focused}
                  shapes={geometry.shapes}
                  fills={model.fills}
                  patterns={model.patterns}
                  highlighted={highlighted}
                  selected={selected}
                  focused={active ? focused : null}
                  idPrefix={idPrefix}
                  frames={geometry.frames}
                  insetLabels={geometry.insetLabels}
                  width={geometry.width}
                  height={geometry.height}
                  onPointerEnter={(code) => {
                    tip.value = { code, by: 'pointer' }
                    store.hovered.value = code
                  }}
                  onClick={onShapeClick}
                />
                <Tooltip id={id('tip')} tip={tip} model={model} located={located} width={geometry.width} height={geometry.height} render={options.tooltip} />
              </div>
              {geometry.insetLabels?.length ? <p class="atlas-map__insets">{labelled(lang, t.insets, geometry.insetLabels.map((l) => l.name).join(', '))}</p> : null}
            </div>
            <MapLegend model={model} table={table} level={view.level} lang={lang} histogram={options.histogram} highlight={highlight} />
          </div>
          <p class="atlas-sr-only" aria-live="polite">
            {said}
          </p>
        </>
      )}
      {/* Not a <footer>: inside a host page's own, a second contentinfo landmark (RGAA 9.2). */}
      <div class="atlas-map__foot">
        {source && <p>{source}</p>}
        <p>{TEXTS[lang].credit}</p>
        {model && <UnknownCodes class="atlas-map__unmatched" codes={table.report.unknownCodes} unmatched={model.unmatched} view={view} lang={lang} />}
      </div>
      {model && (
        <>
          <MapExportToolbar model={model} geometry={geometry!} table={table} view={view} lang={lang} title={title} subtitle={subtitle} />
          <button type="button" class="atlas-map__toggle" aria-expanded={tableOpen ? 'true' : 'false'} aria-controls={id('table')} onClick={() => setTableOpen(!tableOpen)}>
            {tableOpen ? t.hideTable : t.showTable}
          </button>
          {tableOpen && <DataTable id={id('table')} table={table} model={model} lang={lang} title={title} selected={selected} />}
        </>
      )}
    </figure>
  )
}
