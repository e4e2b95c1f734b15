import type { AtlasError } from '../../core/errors.js'
import type { Lang } from '../../core/locale.js'
import { ERROR_TEXTS, errorText } from '../../core/text/error-text.js'
import { errorMessageCss } from './error-message.css.js'
import { adoptCss } from './styles.js'

/**
 * A widget's error in its page's language (RGAA 8.7): `title` (an element's « Widget indisponible »),
 * the sentence from the error tables, then the developer's message — URL, row, column, value — on a
 * second line marked `lang="en"`, after `prefix` (the element and attribute). Fetched only when an
 * error is shown: the error tables and the message's CSS are not part of any first paint. With
 * `onRetry`, a « Réessayer » button calls it (default: none), unless the error is a bad value.
 */
export function ErrorMessage(props: { error: unknown; lang: Lang; names?: 'attribute' | 'option'; title?: string; prefix?: string; onRetry?: () => void }) {
  const { text, detail } = errorText(props.error, props.lang, props.names)
  return (
    // Its CSS adopted by the root it is attached to (a ref runs at commit, before the first paint).
    <div ref={(box) => void (box && adoptCss(box, errorMessageCss))} class="atlas-error" role="alert">
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
      {/* A value found wrong while loading (an `invalid` error: a territory code, a `within`) is not fixed by loading again. */}
      {props.onRetry && (props.error as AtlasError)?.code !== 'invalid' && (
        <button type="button" onClick={props.onRetry}>
          {ERROR_TEXTS[props.lang].retry}
        </button>
      )}
    </div>
  )
}
