import { AtlasError } from '../errors.js'
import type { Lang } from '../locale.js'
import { fill, type ReasonCode } from '../reasons.js'
import { errorsEn } from './errors.en.js'
import { errorsFr, type ErrorTexts } from './errors.fr.js'
import { labelled } from './rules.js'

/** The error tables, one per language (fetched with the error message only). */
export const ERROR_TEXTS: Readonly<Record<Lang, ErrorTexts>> = { fr: errorsFr, en: errorsEn }

/** An error as a widget shows it: a sentence in the widget's language, then the developer's English message. */
export interface ErrorText {
  readonly text: string
  /** The developer message (URL, row, column, value…), in English. */
  readonly detail: string
}

/**
 * What to say about `error` in `lang`, from its `code` and `params` ({@link AtlasError}): a bad
 * option or attribute (code `invalid`; `names` says which the reader wrote), a source that cannot
 * be read (params `source`, `row`, `column`; `column-missing`: `missing`), a shipped file that cannot
 * be read (code `asset`, param `failure`), a load that failed
 * (params `url`, `status`). Any other error is « unexpected ». The detail is the English message.
 */
export function errorText(error: unknown, lang: Lang, names: 'attribute' | 'option' = 'option'): ErrorText {
  const t = ERROR_TEXTS[lang]
  const detail = error instanceof Error ? error.message : String(error)
  const p: Readonly<Record<string, unknown>> = error instanceof AtlasError ? error.params : {}
  let text = t.unexpected
  if (error instanceof AtlasError && error.code === 'invalid') {
    const reason = p.reason as ReasonCode | undefined
    // Words without a translation (a check's free text) are left to the technical detail.
    const words = reason && (t.reasons ? t.reasons[reason] : reason)
    const value = typeof p.value === 'string' ? p.value : (JSON.stringify(p.value) ?? String(p.value))
    text = labelled(lang, `${t[names]} ${String(p.option)}`, t.invalid(value, words && fill(words, p.args as unknown[])))
  } else if (error instanceof AtlasError && error.code === 'asset') {
    text = t.asset(p.failure)
  } else if (p.source !== undefined) {
    const at = [p.row !== undefined && t.row(p.row), p.column !== undefined && t.column(p.column), p.missing !== undefined && t.missing(p.missing)]
    const where = at.filter(Boolean).join(', ')
    const why = t.why[(error as AtlasError).code as keyof ErrorTexts['why']]
    text = `${t.data(p.source)}${where ? ` (${where})` : ''}`
    if (why) text = labelled(lang, text, why(p))
  } else if (p.url !== undefined) text = t.http(p.status)
  return { text: `${text}.`, detail }
}
