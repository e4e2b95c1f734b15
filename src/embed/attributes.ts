import { OptionError } from '../core/options.js'

/** Parses one attribute's text (or `null` when absent) through an option helper. */
export type AttributeParser<T> = (value: string | null) => T

/** Attribute name → parser; the parsed record has the same keys. */
export type AttributeSpec = Record<string, AttributeParser<unknown>>

export type Parsed<S extends AttributeSpec> = { [K in keyof S]: ReturnType<S[K]> }

/** What went wrong reading an element's attributes: the attribute, its text, the helper's message. */
export interface AttributeProblem {
  attribute: string
  value: string | null
  message: string
}

/**
 * Reads every attribute of `spec` from `element`. Attribute values go through the same option
 * helpers as the npm API, so `classes="cinq"` fails exactly like `{ classes: 'cinq' }`.
 */
export function readAttributes<S extends AttributeSpec>(element: Element, spec: S): { ok: true; value: Parsed<S> } | { ok: false; problem: AttributeProblem } {
  const out: Record<string, unknown> = {}
  for (const [name, parse] of Object.entries(spec)) {
    const text = element.getAttribute(name)
    try {
      out[name] = parse(text)
    } catch (error) {
      const message = error instanceof OptionError || error instanceof Error ? error.message : String(error)
      return { ok: false, problem: { attribute: name, value: text, message } }
    }
  }
  return { ok: true, value: out as Parsed<S> }
}

/** `observedAttributes` for an element reading `spec` (plus `lang`, read by every element). */
export function observedAttributes(spec: AttributeSpec): string[] {
  return ['lang', ...Object.keys(spec)]
}
