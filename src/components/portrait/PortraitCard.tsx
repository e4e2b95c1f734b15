import { signal } from '@preact/signals'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks'
import type { Lang } from '../../core/locale.js'
import { PORTRAIT_TEXTS } from '../../core/text/portrait.js'
import type { PortraitTexts } from '../../core/text/portrait.fr.js'
import { sourceLine } from '../../core/text/source-line.js'
import { territory as findTerritory } from '../../core/registry/index.js'
import { adoptCss } from '../shared/styles.js'
import { useValue } from '../shared/use-value.js'
import { computePortrait, type PortraitFigure, type PortraitSubject } from './compute.js'
import { Locator } from './Locator.js'
import { Markdown } from './Markdown.js'
import { checkPortraitOptions, type PortraitCardProps } from './options.js'
import { portraitCss } from './styles.js'

// A heading tag, not `keyof JSX.IntrinsicElements`: a JSX tag typed as the union of every element
// makes tsc resolve the props of ~170 elements for each use and run out of memory (rollup, tsc).
type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

/** Cards drawn so far, numbering their ids. */
let cards = 0

// Read when the portrait has no group: nothing is ever selected.
const NONE = signal<string | null>(null)

/**
 * The portrait of a region, a département or France: its key figures with their comparison to France
 * and to the region, their rank, a reading sentence each (written from the data; it is also what a
 * screen reader reads), a locator map, an optional analysis text and the sources as footnotes.
 * In a group it follows the selected territory of its level and announces the change politely.
 */
export function PortraitCard(props: PortraitCardProps) {
  const options = checkPortraitOptions(props)
  const { lang, headingLevel } = options
  const t = PORTRAIT_TEXTS[lang]
  const store = options.store
  // A selection of the portrait's level replaces the territory given, until it is cleared.
  const selected = useValue(store?.selected ?? NONE)
  const given = options.territory
  const subject: PortraitSubject = selected && given.level !== 'france' && findTerritory(given.level, selected) ? { level: given.level, code: selected } : given
  const withinKey = options.within ? `${options.within.level}:${options.within.code}` : ''
  const model = useMemo(() => computePortrait(subject, options.figures, lang, options.within), [subject.level, 'code' in subject ? subject.code : '', options.figures, lang, withinKey])
  // Ids unique in the page, one set per card, kept across renders (not preact's useId: only the
  // portrait would ship it beside the map).
  const id = useMemo(() => `atlas-portrait-${++cards}`, [])
  const root = useRef<HTMLElement>(null)
  const first = useRef(true)
  // Before the first paint: a sheet adopted a frame later shows the widget unstyled once, then restyles
  // and lays it out again.
  useLayoutEffect(() => {
    if (root.current) adoptCss(root.current, portraitCss)
  }, [])
  const announced = useMemo(() => {
    const text = first.current ? '' : `${model.name}${model.subtitle ? `, ${model.subtitle}` : ''}`
    first.current = false
    return text
  }, [model])
  const subtitle = options.subtitle ?? model.subtitle
  const Heading = `h${headingLevel}` as HeadingTag
  const Sub = `h${Math.min(6, headingLevel + 1)}` as HeadingTag
  const level = subject.level === 'france' ? 'region' : subject.level
  const code = subject.level === 'france' ? null : subject.code
  const ready = () => options.onReady?.()
  useEffect(() => {
    if (!options.locator) ready()
  }, [options.locator, model])
  return (
    <article ref={root} class="atlas-portrait" lang={lang} aria-labelledby={`${id}-name`} data-state="ready" data-territory={code ?? 'france'}>
      <Heading id={`${id}-name`} class="atlas-portrait__name">
        {options.title ?? model.name}
      </Heading>
      {subtitle && <p class="atlas-portrait__subtitle">{subtitle}</p>}
      <div class="atlas-portrait__body">
        {options.locator && <Locator level={level} code={code} label={t.locator(model.subtitle ? `${model.name}, ${model.subtitle}` : model.name)} onDrawn={ready} />}
        <div class="atlas-portrait__main">
          <Sub class="atlas-portrait__section-title">{t.figures}</Sub>
          <ul class="atlas-portrait__figures">
            {model.figures.map((f, i) => (
              <Figure key={f.id} figure={f} note={`${id}-note-${i + 1}`} index={i + 1} t={t} lang={lang} />
            ))}
          </ul>
        </div>
      </div>
      {options.analysis && (
        <div class="atlas-portrait__analysis">
          <Sub class="atlas-portrait__section-title">{t.analysis}</Sub>
          <Markdown text={options.analysis} />
        </div>
      )}
      <div class="atlas-portrait__sources">
        <Sub class="atlas-portrait__section-title">{t.sources}</Sub>
        <ol>
          {model.figures.map((f, i) => (
            <li key={f.id} id={`${id}-note-${i + 1}`}>
              {`${f.label}${f.definition ? ` — ${f.definition}` : ''}.`}
              {f.source ? ` ${sourceLine(lang, f)}.` : ''}
            </li>
          ))}
        </ol>
      </div>
      <p class="atlas-sr-only" aria-live="polite">
        {announced}
      </p>
    </article>
  )
}

function Figure(props: { figure: PortraitFigure; note: string; index: number; t: PortraitTexts; lang: Lang }) {
  const { figure: f, t, lang } = props
  const arrow = (p: string) => (p === 'above' ? '▲' : p === 'below' ? '▼' : '=')
  return (
    <li class="atlas-portrait__figure" data-status={f.status}>
      {/* The visual summary repeats the sentence below, which screen readers read instead. */}
      <div aria-hidden="true">
        <p class="atlas-portrait__label">
          {f.label}
          {f.year && <span class="atlas-portrait__year"> ({f.year})</span>}
        </p>
        {f.status === 'ok' ? <p class="atlas-portrait__value">{f.valueText}</p> : <p class="atlas-portrait__value atlas-portrait__missing">{t.reason[f.status]}</p>}
        {f.gaps.length > 0 && (
          <ul class="atlas-portrait__gaps">
            {f.gaps.map((g) => (
              <li key={g.reference} data-position={g.position}>
                {arrow(g.position)} {g.gapText} ({t[g.position]}) {t.versus(g.referenceName, g.referenceText)}
              </li>
            ))}
          </ul>
        )}
        {f.rank && (
          <p class="atlas-portrait__rank">
            {t.rank(f.rank)}
            {f.rank.tied ? ` ${t.tied}` : ''}
          </p>
        )}
        {f.spread && <p class="atlas-portrait__rank">{t.spread(f.spread.min.text, f.spread.min.name, f.spread.max.text, f.spread.max.name)}</p>}
      </div>
      <p class="atlas-portrait__sentence">
        {f.sentence}{' '}
        <a href={`#${props.note}`} aria-label={`${t.sources} ${props.index}`}>
          <sup>{props.index}</sup>
        </a>
      </p>
    </li>
  )
}
