import type { Lang } from '../core/locale.js'

const TITLE: Record<Lang, string> = { fr: 'Widget indisponible', en: 'Widget unavailable' }

/** The inline message an element shows instead of its widget: a title and the technical cause. */
export function ErrorMessage({ lang, message }: { lang: Lang; message: string }) {
  return (
    <p class="atlas-error" role="alert">
      <strong>{TITLE[lang]}</strong> : <code>{message}</code>
    </p>
  )
}
