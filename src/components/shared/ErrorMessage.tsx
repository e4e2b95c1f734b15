import type { Lang } from '../../core/locale.js'
import { ERROR_TEXTS, errorText } from '../../core/text/error-text.js'

/**
 * A widget's error in its page's language (RGAA 8.7): `title` (an element's « Widget indisponible »),
 * the sentence from the error tables, then the developer's message — URL, row, column, value — on a
 * second line marked `lang="en"`, after `prefix` (the element and attribute). Fetched only when an
 * error is shown: the error tables are not part of any first paint.
 */
export function ErrorMessage(props: { error: unknown; lang: Lang; names?: 'attribute' | 'option'; title?: string; prefix?: string }) {
  const { text, detail } = errorText(props.error, props.lang, props.names)
  return (
    <div class="atlas-error" role="alert">
      {props.title && (
        <p>
          <strong>{props.title}</strong>
        </p>
      )}
      <p class="atlas-error__text">{text}</p>
      <p class="atlas-error__detail">
        <span class="atlas-error__label">{ERROR_TEXTS[props.lang].detail}</span>{' '}
        <code lang="en">
          {props.prefix}
          {detail}
        </code>
      </p>
    </div>
  )
}
