import type { IndicatorTable } from '../../core/indicator-table.js'
import { nameCollator, type Lang } from '../../core/locale.js'
import { TEXTS } from '../../core/text/table.js'
import { withUnit } from '../../core/text/rules.js'
import { useMemo, useState } from 'preact/hooks'
import { DataTable as Table } from '../shared/DataTable.js'
import { nextSort, sortOrder, type SortState } from '../shared/sort.js'
import type { MapModel } from './compute.js'
import type { TooltipInfo } from './types.js'

/**
 * The data table alternative of the map, on the shared {@link Table}: the same territories as drawn
 * (level and extent), by name, with values and units, missing statuses in words, rank and class,
 * each column sortable; the selected territory's row is `aria-current`. Its box is a region named by
 * the caption that scrolls sideways in narrow layouts (320 px); the communes of a large view are
 * virtualised (rows drawn as they scroll into view).
 */
export function DataTable(props: { id: string; table: IndicatorTable; model: MapModel; lang: Lang; title: string; selected: string | null }) {
  const { model, lang, table } = props
  const t = TEXTS[lang].map
  const [sort, setSort] = useState<SortState>()
  const infos = useMemo(() => model.byName.map(({ code }) => model.info(code)!), [model])
  // By name until a header's button is pressed; missing values last in both directions. The columns'
  // keys are the fields they sort by, the value's aside.
  const rows = useMemo(() => {
    if (!sort) return infos
    const key = (i: TooltipInfo) => (sort.key === 'value' ? (i.cell.category ?? i.cell.value ?? undefined) : i[sort.key as 'rank'])
    return sortOrder(infos.map(key), sort.direction, nameCollator(lang)).map((i) => infos[i]!)
  }, [infos, sort, lang])
  return (
    <Table<TooltipInfo>
      id={props.id}
      caption={t.caption(props.title, model.area, table.indicator.year)}
      columns={[
        { key: 'name', label: t.territory, rowHeader: true, sortable: true, cell: (r) => r.name },
        { key: 'code', label: t.code, sortable: true, cell: (r) => r.code },
        { key: 'value', label: withUnit(t.value, table.indicator.unit), sortable: true, cell: (r) => r.valueText, cellClass: (r) => (r.cell.status === 'ok' ? 'atlas-num' : undefined) },
        { key: 'rank', label: t.rank, sortable: true, cell: (r) => r.rankText },
        { key: 'classIndex', label: t.class, sortable: true, cell: (r) => (r.classIndex === undefined ? '' : r.classLabel) },
      ]}
      rows={rows}
      rowKey={(r) => r.code}
      selected={props.selected}
      sort={sort}
      // Figures largest first, names and codes from A and 1.
      onSort={(key) => setSort(nextSort(sort, key, key === 'value'))}
      region
    />
  )
}
