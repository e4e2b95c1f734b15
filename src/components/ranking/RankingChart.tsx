import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import { isLoaded } from '../../core/registry/store.js'
import { loadTerritories } from '../../core/registry/lazy.js'
import { formatNumber } from '../../core/format.js'
import { labelled } from '../../core/text/rules.js'
import { sourceLine } from '../../core/text/source-line.js'
import { UnknownCodes } from '../shared/UnknownCodes.js'
import { TEXTS } from '../../core/text/table.js'
import { RANKING_TEXTS } from '../../core/text/ranking.js'
import { levelsIn } from '../../core/view.js'
import { createSelectionStore } from '../../core/selection.js'
import { adoptCss } from '../shared/styles.js'
import { useStoreView } from '../shared/use-store-view.js'
import { useValue } from '../shared/use-value.js'
import { Tooltip } from '../shared/Tooltip.js'
import { computeRanking, type RankingBar } from './compute.js'
import { checkRankingOptions, type RankingChartProps } from './options.js'
import { ORDERS, type RankingOrder } from './spec.js'
import { RankingExportToolbar } from './export/RankingExportToolbar.js'
import { rankingCss } from './styles.js'

/**
 * Ranking chart of an {@link IndicatorTable}: horizontal bars of the territories of the current view
 * (the group's, when it shares a store with a map), ranked among themselves, with reference lines,
 * missing values listed apart, the selection always in view, and an export toolbar.
 *
 * Keyboard and screen readers: the bars are an ordered list in visual order; each bar is a button
 * named « Finistère : 2,3 %, 12ᵉ sur 101 », one tab stop for the whole list (roving tabindex), arrows
 * move, Home/End jump, Enter selects and the selection is announced.
 */
export function RankingChart(props: RankingChartProps) {
  const options = checkRankingOptions(props)
  const { lang, tables } = options
  const texts = TEXTS[lang]
  const t = RANKING_TEXTS[lang]
  const [ownStore] = useState(() => createSelectionStore(options.view))
  const store = options.store ?? ownStore
  // The group's view once set (by the map, the user, the host); until then the chart's own, which it
  // writes to the group after render, as every widget does. A view of a level without a table keeps the chart's own.
  const requested = useStoreView(store, options.view)
  const view = tables.has(requested.level) ? requested : options.view
  const table = tables.get(view.level)!
  const [order, setOrder] = useState<RankingOrder>(options.order)
  const [expanded, setExpanded] = useState(false)
  const [active, setActive] = useState<string | null>(null)
  const [tip, setTip] = useState<string | null>(null)
  const [registry, setRegistry] = useState<{ level: string; error?: string } | null>(() => (isLoaded(view.level) ? { level: view.level } : null))
  const root = useRef<HTMLElement>(null)
  const list = useRef<HTMLOListElement>(null)
  const focusPending = useRef(false)
  // Before the first paint: a sheet adopted a frame later shows the widget unstyled once, then restyles
  // and lays it out again.
  useLayoutEffect(() => {
    if (root.current) adoptCss(root.current, rankingCss)
  }, [])
  useEffect(() => setOrder(options.order), [options.order])

  // Communes and EPCI arrive with the lazily loaded registry.
  const loaded = isLoaded(view.level)
  useEffect(() => {
    if (loaded) return
    let live = true
    loadTerritories(view.level as 'commune' | 'epci').then(
      () => live && setRegistry({ level: view.level }),
      (e: unknown) => live && setRegistry({ level: view.level, error: e instanceof Error ? e.message : String(e) }),
    )
    return () => {
      live = false
    }
  }, [view.level, loaded])

  const selected = useValue(store.selected)
  const hovered = useValue(store.hovered)
  const model = useMemo(
    () => (loaded ? computeRanking(table, { ...options, view, order, expanded, selected, parts: options.parts ?? table.parts }) : undefined),
    [loaded, table, view.level, view.within?.code, lang, order, options.limit, expanded, selected, String(options.references), options.parts, options.france, options.metro, options.color, options.method, options.classes, String(options.breaks), options.reference, options.palette, options.id],
  )

  const onReady = options.onReady
  useEffect(() => {
    if (model) onReady?.()
  }, [model])
  useEffect(() => {
    setExpanded(false)
    setActive(null)
  }, [view.level, view.within?.code])
  useEffect(() => {
    if (!focusPending.current || !active) return
    focusPending.current = false
    list.current?.querySelector<HTMLElement>(`button[data-code="${CSS.escape(active)}"]`)?.focus()
  }, [active, model])

  const title = options.title ?? table.indicator.label
  const subtitle = options.subtitle ?? (model ? `${levelsIn(view, lang)}, ${model.area}${table.indicator.year ? `, ${table.indicator.year}` : ''}` : '')
  const idPrefix = model?.idPrefix ?? `atlas-ranking-${view.level}`
  const ids = { title: `${idPrefix}-title`, help: `${idPrefix}-help`, sort: `${idPrefix}-sort` }
  const shownBars = model ? model.items.flatMap((i) => (i.kind === 'bar' ? [i.bar] : [])) : []
  const tabStop = (active && shownBars.some((b) => b.code === active) ? active : selected && shownBars.some((b) => b.code === selected) ? selected : shownBars[0]?.code) ?? null

  const moveTo = (code: string | undefined) => {
    if (!code) return
    focusPending.current = true
    setActive(code)
    setTip(code)
    store.hovered.value = code
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const at = shownBars.findIndex((b) => b.code === (active ?? tabStop))
    const to = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? shownBars.length - 1 : undefined
    if (to === undefined) {
      if (e.key === 'Escape' && tip) {
        setTip(null)
        e.preventDefault()
      }
      return
    }
    e.preventDefault()
    moveTo(shownBars[Math.max(0, Math.min(shownBars.length - 1, to))]?.code)
  }
  const choose = (bar: RankingBar) => {
    store.selected.value = bar.code
    setActive(bar.code)
  }
  const selectedBar = selected ? model?.bar(selected) : undefined
  const selectedMissing = selected && !selectedBar ? model?.missing.find((m) => m.names.length > 0 && table.get(selected).status === m.status) : undefined

  return (
    <figure ref={root} class="atlas-ranking" lang={lang} data-state={registry?.error ? 'error' : model ? 'ready' : 'loading'} aria-busy={model || registry?.error ? 'false' : 'true'}>
      <figcaption class="atlas-ranking__head">
        <p class="atlas-ranking__title" id={ids.title}>
          {title}
        </p>
        {subtitle && <p class="atlas-ranking__subtitle">{subtitle}</p>}
      </figcaption>
      {registry?.error ? (
        <p class="atlas-ranking__error" role="alert">
          {labelled(lang, t.failed, registry.error)}
        </p>
      ) : !model ? (
        <p role="status">{t.loading}</p>
      ) : (
        <>
          <div class="atlas-ranking__controls">
            <div class="atlas-ranking__sort" role="group" aria-labelledby={ids.sort}>
              <span id={ids.sort}>
                {t.sort}
                {texts.colon}
              </span>
              {ORDERS.map((o) => (
                <button key={o} type="button" aria-pressed={order === o ? 'true' : 'false'} data-order={o} onClick={() => setOrder(o)}>
                  {t.orders[o]}
                </button>
              ))}
            </div>
            {(model.truncated || expanded) && (
              <button type="button" class="atlas-ranking__more" aria-expanded={expanded ? 'true' : 'false'} onClick={() => setExpanded(!expanded)}>
                {expanded ? t.showFewer : t.showAll(formatNumber(model.count, { lang, digits: 0 }))}
              </button>
            )}
          </div>
          <p class="atlas-sr-only" id={ids.help}>
            {t.help}
          </p>
          {model.references.length > 0 && (
            <div class="atlas-ranking__reflabels" aria-hidden="true">
              {model.references.map((r) => (
                <div class="atlas-ranking__row" key={r.kind}>
                  <span />
                  <div class="atlas-ranking__plot">
                    <span class="atlas-ranking__reflabel" data-align={r.align} style={{ left: `${r.x}%` }}>
                      {r.label} {r.valueText}
                    </span>
                  </div>
                </div>
              ))}
            </div>
          )}
          <div class="atlas-ranking__chart" onPointerLeave={() => ((store.hovered.value = null), setTip(null))}>
            <ol ref={list} class="atlas-ranking__list" aria-labelledby={ids.title} aria-describedby={ids.help} onKeyDown={onKeyDown}>
              {model.items.map((item) =>
                item.kind === 'gap' ? (
                  <li key={`gap-${item.hidden}-${item.text}`} class="atlas-ranking__gap">
                    … {item.text} …
                  </li>
                ) : (
                  <Bar
                    key={item.bar.code}
                    bar={item.bar}
                    selected={item.bar.code === selected}
                    hovered={item.bar.code === hovered}
                    tabbable={item.bar.code === tabStop}
                    tip={tip === item.bar.code ? `${idPrefix}-tip` : undefined}
                    colon={texts.colon}
                    onChoose={choose}
                    onHover={(code) => {
                      store.hovered.value = code
                      setTip(code)
                    }}
                    onFocus={(code) => setActive(code)}
                  />
                ),
              )}
            </ol>
            <div class="atlas-ranking__overlay" aria-hidden="true">
              <div class="atlas-ranking__row">
                <span />
                <div class="atlas-ranking__plot">
                  <span class="atlas-ranking__zero" style={{ left: `${model.zero}%` }} />
                  {model.references.map((r) => (
                    <span key={r.kind} class="atlas-ranking__refline" data-kind={r.kind} style={{ left: `${r.x}%` }} />
                  ))}
                </div>
              </div>
            </div>
          </div>
          <div class="atlas-ranking__axis atlas-ranking__row" aria-hidden="true">
            <span />
            <div class="atlas-ranking__plot">
              {model.ticks.map((k) => (
                <span key={k.value} class="atlas-ranking__tick" style={{ left: `${k.x}%` }}>
                  {k.text}
                </span>
              ))}
            </div>
          </div>
          {model.references.length > 0 && (
            <div class="atlas-ranking__notes">
              <p>
                {t.references}
                {texts.colon}
              </p>
              <ul>
                {model.references.map((r) => (
                  <li key={r.kind}>{r.description}</li>
                ))}
              </ul>
            </div>
          )}
          {model.missing.length > 0 && (
            <div class="atlas-ranking__missing">
              <p>
                <strong>
                  {t.missing}
                  {texts.colon}
                </strong>{' '}
                {model.missingText}
              </p>
              <ul>
                {model.missing.map((m) => (
                  <li key={m.status} data-status={m.status}>
                    {m.label}
                    {texts.colon} {m.names.slice(0, 10).join(', ')}
                    {m.names.length > 10 ? ` (+${m.names.length - 10})` : ''}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p class="atlas-sr-only" aria-live="polite">
            {selectedBar ? labelled(lang, t.selection, selectedBar.text) : selectedMissing ? labelled(lang, t.selection, selectedMissing.label) : ''}
          </p>
        </>
      )}
      {sourceLine(lang, table.indicator) && <p class="atlas-ranking__foot">{sourceLine(lang, table.indicator)}</p>}
      <UnknownCodes class="atlas-ranking__foot" codes={table.report.unknownCodes} view={view} lang={lang} />
      {model && <RankingExportToolbar model={model} table={table} view={view} lang={lang} title={title} subtitle={subtitle} />}
    </figure>
  )
}

function Bar(props: {
  bar: RankingBar
  selected: boolean
  hovered: boolean
  tabbable: boolean
  tip: string | undefined
  colon: string
  onChoose: (bar: RankingBar) => void
  onHover: (code: string) => void
  onFocus: (code: string) => void
}) {
  const { bar } = props
  const negative = bar.value < 0
  return (
    <li class={`atlas-ranking__item${props.selected ? ' is-selected' : ''}${props.hovered ? ' is-hovered' : ''}`} data-code={bar.code} onPointerEnter={() => props.onHover(bar.code)}>
      <button
        type="button"
        class="atlas-ranking__bar-button"
        data-code={bar.code}
        tabIndex={props.tabbable ? 0 : -1}
        aria-current={props.selected ? 'true' : undefined}
        onClick={() => props.onChoose(bar)}
        onFocus={() => props.onFocus(bar.code)}
      >
        {/* The name read from the content, in the order seen, so it contains the visible text (WCAG 2.5.3): « Finistère : 2,3 %, 12ᵉ sur 101 ». */}
        <span class="atlas-ranking__name">{bar.name}</span>
        <span class="atlas-sr-only">{props.colon} </span>
        <span class="atlas-ranking__plot atlas-ranking__track">
          <span class="atlas-ranking__bar" style={{ left: `${bar.x0}%`, width: `${bar.x1 - bar.x0}%`, background: bar.fill }} />
          <span class="atlas-ranking__value" style={negative ? { right: `${100 - bar.x0}%` } : { left: `${bar.x1}%` }}>
            {bar.valueText}
          </span>
        </span>
        <span class="atlas-sr-only">, {bar.rankText}</span>
      </button>
      {props.tip && (
        <Tooltip id={props.tip} class="atlas-ranking__tooltip" x={0} y={100}>
          <strong>{bar.name}</strong>
          <br />
          {bar.valueText}, {bar.rankText}
        </Tooltip>
      )}
    </li>
  )
}
