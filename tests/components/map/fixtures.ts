import { render } from '@testing-library/preact'
import type { JSX } from 'preact'

export { culturalShare, useBuiltAssets, withMissing } from '../../../stories/fixtures/cultural-share.js'

/** Renders and resolves once the map reports it has drawn (its `onReady`), never after a fixed sleep. */
export async function draw(ui: (onReady: () => void) => JSX.Element) {
  let ready!: () => void
  const drawn = new Promise<void>((r) => (ready = r))
  const result = render(ui(ready))
  await drawn
  return result
}
