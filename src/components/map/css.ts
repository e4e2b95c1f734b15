import { dataTableCss } from '../shared/data-table.css.js'
import { mapShellCss } from './styles.js'

/**
 * All of the map's CSS, for hosts that bundle their own: the widget's, then its data table's (the
 * shared table's). The component adopts each part itself (the table's when it is first shown), so it
 * needs neither.
 */
export const mapCss = mapShellCss + dataTableCss
