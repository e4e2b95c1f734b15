import type { IndicatorTable } from '../core/indicator-table.js'
import { attributesOf, option, type Parser, type Spec } from '../core/spec/spec.js'
import { dataSpec, type DataAttributes } from './data-attributes.js'
import { AtlasElement } from './element.js'
import { indicatorTables } from './indicator-tables.js'

/** The child element that names one indicator of an `<atlas-table>` or an `<atlas-portrait>`. */
export const INDICATOR_TAG = 'atlas-indicator'

const optional =
  <T>(parse: Parser<T>): Parser<T | undefined> =>
  (name, v) =>
    v === undefined || v === null ? undefined : parse(name, v)

/**
 * The data attributes on an element of several indicators: the same as on `<atlas-map>`, each the
 * default of its `<atlas-indicator>` children, so `src`, `level` and `value` are required only of the
 * indicator that ends up without them. Without children, the element's own attributes are its one indicator.
 */
export const inheritedDataSpec = {
  ...dataSpec,
  src: option(optional(dataSpec.src.parse)),
  level: option(optional(dataSpec.level.parse)),
  value: option(optional(dataSpec.value.parse)),
}

const ATTRIBUTES = attributesOf(dataSpec)

/**
 * The data attributes of one indicator: the child's, else its parent's, through the parsers of
 * {@link dataSpec}, a bad one named after the child: `invalid atlas-indicator[2] scale: "cent"`.
 */
function readIndicator(child: Element, parent: Element, where: string): DataAttributes {
  const out: Record<string, unknown> = {}
  Object.entries(dataSpec).forEach(([name, { parse }], k) => {
    const attribute = ATTRIBUTES[k]!
    out[name] = parse(`${where}${attribute}`, child.getAttribute(attribute) ?? parent.getAttribute(attribute))
  })
  return out as DataAttributes
}

/**
 * Base of the elements that show several indicators (`<atlas-table>`, `<atlas-portrait>`): one
 * `<atlas-indicator value="…" label="…" unit="…" per="…" src="…">` child per indicator, in order, each
 * attribute it lacks taken from the element (`src`, `code`, `level`… written once on the parent).
 * The children are read through the same parsers as the element's attributes; an invalid one fails
 * the element inline, naming the child (`atlas-indicator[2] value`). Changing, adding or removing a
 * child reloads the element.
 */
export abstract class IndicatorsElement<S extends Spec, D> extends AtlasElement<S, D> {
  // A child's change reloads like an attribute's (the element's own attributes already do).
  #children = new MutationObserver((records) => {
    if (records.some((r) => r.target !== this || r.type === 'childList')) this.attributeChangedCallback('')
  })

  override connectedCallback(): void {
    super.connectedCallback()
    this.#children.observe(this, { childList: true, subtree: true, attributes: true })
  }

  override disconnectedCallback(): void {
    this.#children.disconnect()
    super.disconnectedCallback()
  }

  /** The indicators' tables, in the children's order; the same indicator loaded once for its group. */
  protected async indicators(signal: AbortSignal): Promise<IndicatorTable[]> {
    // An element upgraded while the page is parsed may not have its children yet.
    if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }))
    signal.throwIfAborted()
    const children = [...this.children].filter((c) => c.localName === INDICATOR_TAG)
    const where = (i: number) => (children.length > 0 ? `${INDICATOR_TAG}[${i + 1}] ` : '')
    const list = (children.length > 0 ? children : [this]).map((child, i) => readIndicator(child, this, where(i)))
    return indicatorTables(list, this.groupStore, this.localName, where, signal)
  }
}
