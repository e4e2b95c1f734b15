// Entry of the benchmark page bundle: what a host page using the map ships (built by scripts/bench-map.mjs).
import { h, render } from 'preact'
import { ChoroplethMap, setAssetBase } from '../../dist/index.js'
import { fromCSV, fromRecords } from '../../dist/data-adapters.js'

window.atlasBench = { h, render, ChoroplethMap, setAssetBase, fromCSV, fromRecords }
