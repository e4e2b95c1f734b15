/**
 * Why an option or attribute is refused. A reason is the English words of the developer message
 * (`invalid classes: "12" (expected at most 9)`), `{0}`, `{1}` standing for its parameters; those
 * words are also the reason's code, which the error tables (`core/text/errors.fr.ts`, fetched only
 * when an error is shown) turn into the page's language — as a message catalogue keyed by its
 * English text. Kept as words at the call sites so that no page carries a second copy of them.
 */
export type ReasonCode =
  | 'expected one of {0}'
  | 'expected a number'
  | 'expected a finite number'
  | 'expected at least {0}'
  | 'expected at most {0}'
  | 'expected an integer'
  | 'expected a non-empty string'
  | 'expected true or false'
  | 'expected a list of numbers'
  | 'expected increasing numbers'
  | 'expected two numbers, lowest then highest'
  | 'expected a function'
  | 'expected key=value pairs separated by ;'
  | 'expected an object'
  | 'expected string values'
  | 'expected region:<code> or departement:<code>'
  | 'unknown territory'
  | 'a {0} holds no {1}'
  | 'expected the URL of a CSV or JSON file'
  | 'expected a column name'
  | 'no table for this level'
  | 'two tables for one level'
  | 'expected a list of {0}'
  | 'expected an https: URL (allowHttp: true accepts http:)'
  | 'give exactly one of code and name'

/**
 * A reason, alone or with its parameters (`['expected at most {0}', '9']`). Any other English
 * words are accepted too: a widget then says that the value is not valid and shows them as the
 * technical detail.
 */
export type Reason = ReasonCode | readonly [ReasonCode, ...string[]]

/** `words` with the parameters in place of `{0}`, `{1}`. */
export function fill(words: string, params: readonly unknown[]): string {
  return words.replace(/\{(\d)\}/g, (_, i: string) => String(params[+i]))
}
