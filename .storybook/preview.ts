import type { Preview } from '@storybook/preact-vite'
import { h } from 'preact'

// The widgets take the host page's font and set none of their own; the bare iframe would show the
// browser default (Times), so the stories get the font a DSFR page would give them.
const HOST_FONT = 'Marianne, system-ui, Arial, sans-serif'

const preview: Preview = {
  parameters: { layout: 'padded' },
  decorators: [(Story) => h('div', { style: { fontFamily: HOST_FONT } }, h(Story, null))],
}
export default preview
