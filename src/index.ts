// The root export `atlas-culture`: an explicit list, so that what users can import is decided here
// and nothing internal leaks through an `export *` chain (tests/index.test.ts pins the list).
// Adding a public name: add it to its group below (values, then types) and to the list in
// tests/index.test.ts, and say so in CHANGELOG.md. Sub-index files may keep re-exporting; the
// adapters are `atlas-culture/data-adapters`, the elements `atlas-culture/embed`.

// Widgets
export { ChoroplethMap, choroplethMapDefaults } from './components/map/index.js'
export type { ChoroplethMapProps, TooltipInfo, RendererChoice } from './components/map/index.js'
export { Legend, legendDefaults } from './components/legend/index.js'
export type { LegendProps, LegendOptions } from './components/legend/index.js'
export { RankingChart, rankingChartDefaults } from './components/ranking/index.js'
export type { RankingChartProps, RankingOrder, ReferenceKind, RatioParts } from './components/ranking/index.js'
export { ComparisonTable, comparisonTableDefaults } from './components/table/index.js'
export type { ComparisonTableProps, Reference as ComparisonReference, ComparisonReferenceKind } from './components/table/index.js'
// The format passed to the widgets' `onExport` (`png`, `svg`, `csv`).
export type { ExportFormat } from './components/shared/export/index.js'
export { PortraitCard, portraitCardDefaults } from './components/portrait/index.js'
export type { PortraitCardProps, PortraitSubject, PortraitFigureInput } from './components/portrait/index.js'

// Data: the indicator table, its cells and report
export { IndicatorTable } from './core/indicator-table.js'
export { LEVELS, MISSING_STATUSES } from './core/types.js'
export type { Level, Status, MissingStatus, Cell, IndicatorMeta, JoinReport, Territory } from './core/types.js'

// Selection shared by the widgets of a group
export { createSelectionStore, joinGroup, selectionGroup } from './core/selection.js'
export type { SelectionStore, View } from './core/selection.js'
export type { Within } from './core/view.js'

// Languages and formatting
export { LANGS } from './core/locale.js'
export type { Lang } from './core/locale.js'
export { formatNumber, formatRank } from './core/format.js'
export { levelNames } from './core/text/levels.js'
export type { LevelName } from './core/text/levels.js'

// Options: the error every widget and adapter throws for a bad option or attribute
export { AtlasError } from './core/errors.js'
export { OptionError } from './core/options.js'
export type { Reason, ReasonCode } from './core/reasons.js'

// Territory registry and codes
export { territories, territory, loadTerritories, findByName, checkCode, normalizeCode, children, parentOf, currentCommuneCode } from './core/registry/index.js'
export type { CodeCheck, CodeOptions } from './core/registry/index.js'

// Shipped geometry and the projection
export { setAssetBase } from './core/assets.js'
export { GEO_LEVELS, INSET_LAYOUTS, geoFrance, loadGeometry, projectFeatures } from './core/geo/index.js'
export type { GeoLevel, GeoWithin, GeoProperties, GeoFeature, LevelGeometry, GeoFrance, GeoFranceOptions, InsetFrame, InsetLayout, ProjectOptions, ProjectedGeometry } from './core/geo/index.js'

// Classification and palettes (shared breaks between widgets, colours of a custom legend)
export { CLASS_METHODS, classify, classifyDefaults, classifyCategories, PALETTES, DEFAULT_PALETTES, sequentialColors, divergingColors, categoricalColors } from './core/scales/index.js'
export type { ClassMethod, Classification, NumericClassification, CategoricalClassification, ValueClass, CategoryClass, ClassifyOptions, ClassifyCategoriesOptions, PaletteName, PaletteKind, Palette } from './core/scales/index.js'
