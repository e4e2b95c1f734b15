import type { IndicatorTable } from '../../core/indicator-table.js'
import type { Lang } from '../../core/locale.js'
import { TEXTS } from '../../core/text/table.js'
import { withUnit } from '../../core/text/rules.js'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { adoptCss } from '../shared/styles.js'
import type { MapModel } from './compute.js'
import { mapTableCss } from './table-styles.js'

/**
 * The data table alternative of the map: the same territories as drawn (level and extent), by
 * name, with values and units, missing statuses in words, rank and class; the selected territory's
 * row is `aria-current`. The table scrolls sideways in narrow layouts (320 px): its box is a region
 * named by the caption and a tab stop, so a keyboard can scroll it.
 */
export function DataTable(props: { id: string; table: IndicatorTable; model: MapModel; lang: Lang; title: string; selected: string | null }) {
  const { model, lang, table } = props
  const t = TEXTS[lang].map
  const unit = table.indicator.unit
  const wrap = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => adoptCss(wrap.current!, mapTableCss), [])
  return (
    <div ref={wrap} class="atlas-map__table-wrap" id={props.id} role="region" aria-labelledby={`${props.id}-caption`} tabIndex={0}>
      <table class="atlas-map__table">
        <caption id={`${props.id}-caption`}>{t.caption(props.title, model.area, table.indicator.year)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.territory}</th>
            <th scope="col">{t.code}</th>
            <th scope="col">{withUnit(t.value, unit)}</th>
            <th scope="col">{t.rank}</th>
            <th scope="col">{t.class}</th>
          </tr>
        </thead>
        <tbody>
          {model.byName.map(({ code }) => {
            const info = model.info(code)!
            return (
              <tr key={code} aria-current={code === props.selected || undefined}>
                <th scope="row">{info.name}</th>
                <td>{code}</td>
                <td class={info.cell.status === 'ok' ? 'atlas-num' : undefined}>{info.valueText}</td>
                <td>{info.rankText}</td>
                <td>{info.classIndex === undefined ? '' : info.classLabel}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
