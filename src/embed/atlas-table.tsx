import type { IndicatorTable } from '../core/indicator-table.js'
import type { Lang } from '../core/locale.js'
import { attributesOf, type Values } from '../core/spec/spec.js'
import { ComparisonTable } from '../components/table/ComparisonTable.js'
import type { ComparisonTableProps } from '../components/table/options.js'
import { tableSpec } from '../components/table/spec.js'
import { elementSpec } from './data-attributes.js'
import { IndicatorsElement, inheritedDataSpec } from './indicators-element.js'

/**
 * Attributes of `<atlas-table>`: the table's options that have one, with the table's defaults
 * (`columns`: none; `filter-box`, `download`: true; `title`: « Comparaison des indicateurs »; `within`:
 * the group's view, France entière alone; `lang`: the page's, else French), the data attributes —
 * defaults of its `<atlas-indicator>` children, none required of the element itself — and `group`
 * (default: none, a selection of its own).
 */
export const tableElementSpec = { ...tableSpec, ...inheritedDataSpec, ...elementSpec }

type TableAttributes = Values<typeof tableElementSpec>

/**
 * `<atlas-table src="…" code="Code Insee" level="departement" group="atlas">` with one
 * `<atlas-indicator value="…" per="…" label="…" unit="…">` child per column (see
 * {@link IndicatorsElement}): a {@link ComparisonTable}. Without `within` it follows its group's view
 * (France entière alone); the group's selection is its highlighted row, and a row clicked or entered
 * selects for the group. Settles (`atlas-ready`) once the rows are rendered.
 */
export class AtlasTableElement extends IndicatorsElement<typeof tableElementSpec, IndicatorTable[]> {
  static observedAttributes = attributesOf(tableElementSpec)
  protected readonly spec = tableElementSpec
  protected override readonly settlesOnViewReady = true

  protected load(_: TableAttributes, signal: AbortSignal): Promise<IndicatorTable[]> {
    return this.indicators(signal)
  }

  protected view(tables: IndicatorTable[], a: TableAttributes & { lang: Lang }) {
    const props = this.widgetProps<ComparisonTableProps>(tableSpec, a)
    // An absent `within` is the group's view, as an absent prop is (the attribute reads as null: France).
    if (!this.hasAttribute('within')) delete props.within
    return <ComparisonTable {...props} tables={tables} />
  }
}

/** The loader's name of this part's class (src/embed/elements.ts). */
export { AtlasTableElement as element }
