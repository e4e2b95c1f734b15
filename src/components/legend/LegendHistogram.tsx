import { histogramModel, type HistogramInput, type HistogramModel } from './histogram-model.js'

/** The small histogram of the legend: an image whose text alternative sums it up. */
export function LegendHistogram({ model }: { model: HistogramModel }) {
  return (
    <svg class="atlas-legend__histogram" role="img" aria-label={model.label} width={model.width} height={model.height} viewBox={`0 0 ${model.width} ${model.height}`}>
      {model.bars.map((b, i) => (
        <rect key={i} x={b.x} y={b.y} width={Math.max(b.width - 0.5, 0.5)} height={b.height} fill={b.color} />
      ))}
      <line x1={0} x2={model.width} y1={model.height - 0.5} y2={model.height - 0.5} stroke="currentColor" stroke-width={1} />
    </svg>
  )
}

/** The legend's histogram of `input`, its model computed here: in the chunk fetched when a histogram is shown. */
export function LegendHistogramOf({ input }: { input: HistogramInput }) {
  return <LegendHistogram model={histogramModel(input.classification, input.values, input.colors, input)} />
}
