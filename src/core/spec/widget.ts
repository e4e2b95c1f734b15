import { LANGS } from '../locale.js'
import { oneOf, string } from '../options.js'
import { parseWithin } from '../view.js'
import { option } from './spec.js'

/**
 * The options every widget has (map, ranking, table, portrait): a widget's spec starts with
 * `...widgetSpec`, and its element reads them as attributes of the same names.
 */
export const widgetSpec = {
  lang: option((name, v) => oneOf(name, v, LANGS, 'fr')),
  within: option((_, v) => parseWithin(v)),
  title: option(string),
  subtitle: option((name, v) => string(name, v, undefined, true)),
}
