// examples/embed-html/four-widgets.html as its tests see it: the page, its four elements, their readiness.
import type { Page } from 'playwright-core'
import { settled } from './atlas-browser.js'

export const PAGE = 'embed-html/four-widgets.html'
/** The map, the ranking, the table and the portrait of the page, by id. */
export const IDS = ['#carte', '#classement', '#tableau', '#portrait']

/** The state each of the four elements settles in (`ready` or `error`). */
export function allReady(page: Page): Promise<string[]> {
  return Promise.all(IDS.map((id) => settled(page, id)))
}
