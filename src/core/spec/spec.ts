/**
 * Option specs: each widget declares its options once — name, attribute, parser, default — and
 * the spec drives the component's check, the element's `observedAttributes` and attribute parsing,
 * and the generated reference (docs/reference.md). Docs lines live in a separate `*.docs.ts` file
 * typed against the spec ({@link SpecDocs}), so they never reach the script-tag bundle.
 */

/**
 * Reads one option from a prop value or an attribute's text (`null` when absent), through the
 * `core/options` helpers; `name` is the prop or the attribute, for the error message. Absent →
 * the default (what the parser returns for `undefined` is the documented default).
 */
export type Parser<T> = (name: string, value: unknown) => T

/** One option: its parser and, unless the option is a prop only, its attribute. */
export interface OptionSpec<T> {
  readonly parse: Parser<T>
  /** Attribute name; `undefined`: the option's name in kebab-case (`showTable` → `show-table`); `false`: no attribute (functions, objects). */
  readonly attribute?: string | false
}

/** Option name → its spec. */
export type Spec = Readonly<Record<string, OptionSpec<unknown>>>

/** The checked values of a spec, keyed by option name. */
export type Values<S extends Spec> = { -readonly [K in keyof S]: ReturnType<S[K]['parse']> }

/**
 * `true` when a widget's props interface `P` names exactly the options of its spec `S`; otherwise the
 * names only one of them has. A widget's options file asserts it (`Expect<SameOptions<Props, typeof
 * spec>>`), so a prop and its option cannot drift apart: a type error, no code.
 */
export type SameOptions<P, S extends Spec> = [Exclude<keyof P, keyof S> | Exclude<keyof S, keyof P>] extends [never] ? true : { onlyOneHas: Exclude<keyof P, keyof S> | Exclude<keyof S, keyof P> }

/** Compiles only when `T` is `true` (with {@link SameOptions}). */
export type Expect<T extends true> = T

/** An option read as a prop and as an attribute. */
export function option<T>(parse: Parser<T>, attribute?: string | false): OptionSpec<T> {
  return attribute === undefined ? { parse } : { parse, attribute }
}

/** An option that is a prop only (a function, a store, a table): no attribute. */
export function propOnly<T>(parse: Parser<T>): OptionSpec<T> {
  return { parse, attribute: false }
}

/** The attribute of an option: its own, or the name in kebab-case; `undefined` for a prop only. */
export function attributeOf(name: string, spec: OptionSpec<unknown>): string | undefined {
  if (spec.attribute === false) return undefined
  return spec.attribute ?? name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

/** Checks the props once, at the entry: every option of `spec` parsed, defaults applied. Throws `invalid <name>: <value>`. */
export function checkSpec<S extends Spec>(spec: S, props: Readonly<Record<string, unknown>>): Values<S> {
  const out: Record<string, unknown> = {}
  for (const name in spec) out[name] = spec[name]!.parse(name, props[name])
  return out as Values<S>
}

/** What went wrong reading an element's attributes: the attribute, its text, the error thrown. */
export interface AttributeProblem {
  attribute: string
  value: string | null
  error: unknown
}

/**
 * Reads the attributes of `spec` from `element` through the same parsers as the props, so
 * `classes="cinq"` fails like `{ classes: 'cinq' }`, naming the attribute. Prop-only options are
 * left out.
 */
export function readSpec<S extends Spec>(element: Element, spec: S): { ok: true; value: Values<S> } | { ok: false; problem: AttributeProblem } {
  const out: Record<string, unknown> = {}
  for (const name in spec) {
    const attribute = attributeOf(name, spec[name]!)
    if (!attribute) continue
    const text = element.getAttribute(attribute)
    try {
      out[name] = spec[name]!.parse(attribute, text)
    } catch (error) {
      return { ok: false, problem: { attribute, value: text, error } }
    }
  }
  return { ok: true, value: out as Values<S> }
}

/** `observedAttributes` of an element reading `spec`. */
export function attributesOf(spec: Spec): string[] {
  return Object.entries(spec).flatMap(([name, s]) => attributeOf(name, s) ?? [])
}

/** One option as the reference documents it. */
export interface OptionDoc {
  /** TypeScript type of the prop, e.g. `number`, `'name' | 'rank'`. */
  readonly type: string
  /** Allowed values when not plain from the type: `3 to 9`, `region:<code> or departement:<code>`. */
  readonly values?: string
  /** The default in words, when it is not what the parser returns for an absent option (e.g. « the table's level »). */
  readonly default?: string
  /** One line. */
  readonly doc: string
}

/** A union type written for the reference: `'a' | 'b'`. */
export const union = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(' | ')

/** The docs of every option of a spec: TypeScript requires one per option. */
export type SpecDocs<S extends Spec> = { readonly [K in keyof S]: OptionDoc }
