/**
 * Base of the errors a widget can meet: a stable `code` and its `params`, from which the widget
 * says what went wrong in the page's language (the error tables, `core/text/errors.fr.ts`);
 * `message` stays in English, for developers and logs.
 */
export class AtlasError extends Error {
  /**
   * What went wrong: `invalid` (an option or attribute), `http` (a load failed), `data` (the file
   * cannot be read), or a more precise code of the adapters (`too-large`, `column-missing`…).
   */
  declare readonly code: string
  /** The values the sentence names: option and value, URL and status, source, row and column… */
  declare readonly params: Readonly<Record<string, unknown>>
  constructor(code: string, message: string, params: Readonly<Record<string, unknown>> = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.params = params
  }
}
