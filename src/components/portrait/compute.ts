import { defaultDigits, formatNumber } from '../../core/format.js'
import type { IndicatorTable } from '../../core/indicator-table.js'
import type { Lang } from '../../core/locale.js'
import { franceValue, type FranceValue } from '../../core/reference.js'
import { pooled } from '../../core/ratio-parts.js'
import { territories, territory } from '../../core/registry/index.js'
import { FRANCE_NAME, frenchName, type FrenchName } from '../../core/registry/liaison.js'
import type { IndicatorMeta, Status, Territory } from '../../core/types.js'
import { PORTRAIT_TEXTS } from '../../core/text/portrait.js'
import { TEXTS } from '../../core/text/table.js'
import type { FigureFacts, FigureRank, Position } from '../../core/text/figure-facts.js'
import type { Within } from '../../core/view.js'
import { position, sentence } from './sentence.js'

/** The territory a portrait is about: a region, a département, or France itself. */
export type PortraitSubject = { readonly level: 'france' } | { readonly level: 'region' | 'departement'; readonly code: string }

/** One key figure's data: the indicator at the subject's level, and optionally at the parent's. */
export interface PortraitFigureInput {
  /** The indicator for the territories of the subject's level (for France: any level, pooled). */
  readonly table: IndicatorTable
  /** The same indicator at the region level, for a département's parent when it is not a ratio to pool. */
  readonly parentTable?: IndicatorTable
  /** Words read after the value in the sentence (« d’actifs dans les secteurs culturels »). Default: the label quoted. */
  readonly phrase?: string
  /** France's value when the source publishes it (a France row); ratios are pooled without it. */
  readonly france?: number
}

/** A comparison with a reference, ready to show. */
export interface Gap {
  readonly reference: 'france' | 'parent' | 'metro'
  readonly referenceName: string
  readonly referenceValue: number
  readonly referenceText: string
  readonly position: Position
  /** « +0,4 point », « −12 % »: points for shares (unit %), per cent for amounts. */
  readonly gapText: string
  /** How France's value was obtained: from the data, or Σ numerators / Σ denominators. */
  readonly how: 'data' | 'pooled'
  /** Names of the territories a national value leaves out (« Mayotte »), or `''`. */
  readonly except: string
}

/** One key figure as the card shows it. */
export interface PortraitFigure {
  readonly id: string
  readonly label: string
  readonly unit: string
  readonly year: string
  readonly source: string
  readonly definition: string
  readonly status: Status
  readonly value: number | null
  readonly valueText: string
  readonly gaps: readonly Gap[]
  /** Rank among the territories of the level (in France, or in `within`), ties sharing the best rank. */
  readonly rank?: FigureRank
  /** For France: the lowest and highest region (or level) values, « de 1,2 % (Corse) à 4,5 % (Île-de-France) ». */
  readonly spread?: { readonly min: { name: string; text: string }; readonly max: { name: string; text: string } }
  /** The reading sentence, also the figure's accessible text. */
  readonly sentence: string
}

/** The portrait's model: heading and figures. */
export interface PortraitModel {
  readonly name: string
  /** « département, Bretagne », « région », « France entière ». */
  readonly subtitle: string
  readonly territory: Territory | undefined
  readonly figures: readonly PortraitFigure[]
}

/** Decimals for a figure: the indicator's, else what its values need (integers stay integers). */
function digitsOf(table: IndicatorTable, value: number): number {
  return table.indicator.digits ?? (Number.isInteger(value) ? 0 : defaultDigits(value))
}

/**
 * Data → the portrait's figures and sentences. `within` (a region, for a département) ranks among the
 * territories of that area when the subject is in it; otherwise ranks are among the whole level.
 * Throws for an unknown territory.
 */
export function computePortrait(subject: PortraitSubject, inputs: readonly PortraitFigureInput[], lang: Lang, within: Within | null = null): PortraitModel {
  if (subject.level === 'france') return francePortrait(inputs, lang)
  const t = territory(subject.level, subject.code)
  if (!t) throw new Error(`unknown ${subject.level} code: ${subject.code}`)
  const parent = t.level === 'departement' && t.region ? territory('region', t.region) : undefined
  const levels = TEXTS[lang].levels
  const subtitle = parent ? `${levels.departement[0]}, ${parent.name}` : levels[subject.level][0]
  const area = within && within.level === 'region' && t.region === within.code ? territory('region', within.code) : undefined
  return { name: t.name, subtitle, territory: t, figures: inputs.map((input) => figureOf(t, parent, input, lang, area)) }
}

function figureOf(t: Territory, parent: Territory | undefined, input: PortraitFigureInput, lang: Lang, area: Territory | undefined): PortraitFigure {
  const { table } = input
  if (table.level !== t.level) throw new Error(`figure « ${table.indicator.label} »: table of level ${table.level}, portrait of a ${t.level}`)
  const cell = table.get(t.code)
  const meta = table.indicator
  const value = cell.status === 'ok' ? cell.value : null
  const digits = value === null ? 0 : digitsOf(table, value)
  const fmt = (v: number) => formatNumber(v, { lang, digits, unit: meta.unit })
  const gaps: Gap[] = []
  if (value !== null) {
    const france = given(input) ?? franceValue(table)
    if (france) gaps.push(gap('france', franceLabel(table, france.excluded, lang), france.value, france.how, value, meta.unit, digits, lang, excludedNames(table, france.excluded)))
    const siblings = parent ? territories('departement').filter((d) => d.region === parent.code).map((d) => d.code) : []
    // A region of one département (the DROM) would only be compared with itself.
    if (parent && siblings.length > 1) {
      const pool = pooled(table.parts, siblings)
      const fromTable = input.parentTable?.get(parent.code)
      const pv = pool ?? (fromTable?.status === 'ok' ? fromTable.value! : undefined)
      if (pv !== undefined) gaps.push(gap('parent', parent.name, pv, pool !== undefined ? 'pooled' : 'data', value, meta.unit, digits, lang))
    }
  }
  const rank = rankOf(table, t.code, area)
  const facts: FigureFacts = {
    name: frenchName(t),
    plainName: t.name,
    label: meta.label,
    ...(input.phrase ? { phrase: input.phrase } : {}),
    status: cell.status,
    valueText: value === null ? '' : fmt(value),
    ...(gaps[0] ? { comparison: { position: gaps[0].position, reference: gaps[0].reference, ...(parent && gaps[0].reference === 'parent' ? { referenceName: frenchName(parent) } : {}), referenceText: gaps[0].referenceText, ...(gaps[0].except ? { except: gaps[0].except } : {}) } } : {}),
    ...(rank ? { rank } : {}),
  }
  return shown(meta, value, facts, gaps, lang, rank ? { rank } : {})
}

/** A figure as the card shows it: the indicator's metadata, the facts and their sentence. */
function shown(meta: IndicatorMeta, value: number | null, facts: FigureFacts, gaps: readonly Gap[], lang: Lang, more: Pick<PortraitFigure, 'rank' | 'spread'>): PortraitFigure {
  const { id, label, unit, year, source, definition } = meta
  return { id, label, unit, year, source, definition, status: facts.status, value, valueText: facts.valueText, gaps, ...more, sentence: sentence(facts, lang) }
}

/** « France entière », or « France entière hors Mayotte » when the source has no value for it. */
function franceLabel(table: IndicatorTable, excluded: readonly string[], lang: Lang, base: string = PORTRAIT_TEXTS[lang].france): string {
  if (excluded.length === 0) return base
  return PORTRAIT_TEXTS[lang].except(base, excludedNames(table, excluded))
}

function excludedNames(table: IndicatorTable, excluded: readonly string[]): string {
  return excluded.map((c) => territory(table.level, c)?.name ?? c).join(', ')
}

function gap(reference: Gap['reference'], referenceName: string, ref: number, how: Gap['how'], value: number, unit: string, digits: number, lang: Lang, except = ''): Gap {
  const pos = position(value, ref, digits)
  const share = unit.trim() === '%'
  const diff = share ? value - ref : ref === 0 ? NaN : ((value - ref) / Math.abs(ref)) * 100
  const sign = pos === 'equal' ? '' : diff > 0 ? '+' : '−'
  const amount = Number.isFinite(diff) ? formatNumber(pos === 'equal' ? 0 : Math.abs(diff), { lang, digits: share ? digits : 0 }) : ''
  const gapText = share ? `${sign}${amount}\u00a0${PORTRAIT_TEXTS[lang].points(pos === 'equal' ? 0 : Math.abs(diff))}` : `${sign}${amount}\u00a0%`
  return { reference, referenceName, referenceValue: ref, referenceText: formatNumber(ref, { lang, digits, unit }), position: pos, gapText, how, except }
}

/** Rank among every territory of the level with a value (of `area` only, when given); ties share the best rank. */
function rankOf(table: IndicatorTable, code: string, area?: Territory): FigureRank | undefined {
  const cell = table.get(code)
  if (cell.status !== 'ok' || cell.value === null) return undefined
  let above = 0
  let same = 0
  let total = 0
  for (const t of territories(table.level)) {
    if (area && t.region !== area.code) continue
    const c = table.get(t.code)
    if (c.status !== 'ok' || c.value === null) continue
    total++
    if (c.value > cell.value) above++
    else if (c.value === cell.value && t.code !== code) same++
  }
  return { rank: above + 1, total, tied: same > 0, level: table.level, ...(area ? { area: frenchName(area) } : {}) }
}

/** France's value given by the caller. */
const given = (input: PortraitFigureInput): FranceValue | undefined => (input.france !== undefined ? { value: input.france, excluded: [], how: 'data' } : undefined)

function francePortrait(inputs: readonly PortraitFigureInput[], lang: Lang): PortraitModel {
  const t = PORTRAIT_TEXTS[lang]
  const name = t.franceName
  const figures = inputs.map((input): PortraitFigure => {
    const { table } = input
    const meta = table.indicator
    const france = given(input) ?? franceValue(table)
    const value = france?.value ?? null
    const digits = value === null ? 0 : digitsOf(table, value)
    const fmt = (v: number) => formatNumber(v, { lang, digits, unit: meta.unit })
    const metro = franceValue(table, 'metro')
    const gaps = value !== null && metro ? [gap('metro', franceLabel(table, metro.excluded, lang, t.metro), metro.value, metro.how, value, meta.unit, digits, lang, excludedNames(table, metro.excluded))] : []
    const spread = spreadOf(table, fmt)
    const status: Status = value === null ? 'not-available' : 'ok'
    const facts: FigureFacts = {
      name: FRANCE_NAME as FrenchName,
      plainName: name,
      label: meta.label,
      ...(input.phrase ? { phrase: input.phrase } : {}),
      status,
      valueText: value === null ? '' : fmt(value),
      ...(gaps[0] ? { comparison: { position: gaps[0].position, reference: 'metro' as const, referenceText: gaps[0].referenceText, ...(gaps[0].except ? { except: gaps[0].except } : {}) } } : {}),
    }
    return shown(meta, value, facts, gaps, lang, spread ? { spread } : {})
  })
  return { name, subtitle: t.france, territory: undefined, figures }
}

function spreadOf(table: IndicatorTable, fmt: (v: number) => string): PortraitFigure['spread'] {
  let min: Territory | undefined
  let max: Territory | undefined
  for (const t of territories(table.level)) {
    const c = table.get(t.code)
    if (c.status !== 'ok' || c.value === null) continue
    if (!min || c.value < table.get(min.code).value!) min = t
    if (!max || c.value > table.get(max.code).value!) max = t
  }
  if (!min || !max) return undefined
  return { min: { name: min.name, text: fmt(table.get(min.code).value!) }, max: { name: max.name, text: fmt(table.get(max.code).value!) } }
}
