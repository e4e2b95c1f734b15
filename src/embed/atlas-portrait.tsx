import type { IndicatorTable } from '../core/indicator-table.js'
import type { Lang } from '../core/locale.js'
import { attributesOf, type Values } from '../core/spec/spec.js'
import { PortraitCard } from '../components/portrait/PortraitCard.js'
import type { PortraitCardProps } from '../components/portrait/options.js'
import { portraitSpec } from '../components/portrait/spec.js'
import { elementSpec } from './data-attributes.js'
import { IndicatorsElement, inheritedDataSpec } from './indicators-element.js'

/**
 * Attributes of `<atlas-portrait>`: the portrait's options that have one, with the portrait's
 * defaults (`territory`: France; `heading-level`: 2; `locator`: true; `analysis`: none; `title`: the
 * territory's name; `within`: France entière; `lang`: the page's, else French), the data attributes —
 * defaults of its `<atlas-indicator>` children, none required of the element itself — and `group`
 * (default: none). `level` is both the data's level and the level of `territory`
 * (`territory="france"`: France entière).
 */
export const portraitElementSpec = { ...portraitSpec, ...inheritedDataSpec, ...elementSpec }

type PortraitAttributes = Values<typeof portraitElementSpec>

/**
 * `<atlas-portrait territory="29" level="departement" code="Code Insee" group="atlas">` with one
 * `<atlas-indicator src="…" value="…" per="…" label="…" unit="%">` child per key figure (see
 * {@link IndicatorsElement}): a {@link PortraitCard}. In a group it shows the selected territory of
 * its level, its `territory` until something is selected. Settles (`atlas-ready`) once its locator is
 * drawn (at once with `locator="false"`).
 */
export class AtlasPortraitElement extends IndicatorsElement<typeof portraitElementSpec, IndicatorTable[]> {
  static observedAttributes = attributesOf(portraitElementSpec)
  protected readonly spec = portraitElementSpec
  protected override readonly settlesOnViewReady = true

  protected load(_: PortraitAttributes, signal: AbortSignal): Promise<IndicatorTable[]> {
    return this.indicators(signal)
  }

  protected view(tables: IndicatorTable[], a: PortraitAttributes & { lang: Lang }) {
    const props = this.widgetProps<PortraitCardProps>(portraitSpec, a)
    return <PortraitCard {...props} level={a.level as PortraitCardProps['level']} figures={tables.map((table) => ({ table }))} />
  }
}

/** The loader's name of this part's class (src/embed/elements.ts). */
export { AtlasPortraitElement as element }
