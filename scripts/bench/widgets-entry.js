// Entry of the widget benchmarks' page bundle (scripts/bench-widgets.mjs): the four widgets' host-page
// API, as a host using the map, the ranking and the table ships it.
import { h, render } from 'preact'
import { ChoroplethMap, ComparisonTable, RankingChart, loadTerritories, setAssetBase, territories } from '../../dist/index.js'
import { fromCSV, fromRecords } from '../../dist/data-adapters.js'

window.atlasBench = { h, render, ChoroplethMap, ComparisonTable, RankingChart, loadTerritories, setAssetBase, territories, fromCSV, fromRecords }
