/** The geometry of charts drawn as SVG at build time. Pure: no DOM, no fonts, so it can be tested. */
import { scaleBand, scaleLinear } from 'd3-scale'

export type BarDatum = { label: string; value: number }

export type BarChartOptions = {
  /** Turns a value into the text shown at the end of its bar and on the axis. */
  format: (value: number) => string
  /**
   * The largest size text is drawn at, in viewBox units. Space is measured for it, so text
   * drawn smaller (the usual size) or at this size (large-text mode) fits either way.
   */
  fontSize: number
  /** Thickness of a bar, in viewBox units. */
  barHeight?: number
  /** About how many axis ticks to aim for. */
  tickCount?: number
  /** The viewBox width. */
  width: number
}

export type BarGeometry = BarDatum & {
  height: number
  labelX: number
  labelY: number
  valueLabel: string
  valueX: number
  valueY: number
  width: number
  x: number
  y: number
}

export type HorizontalBarChart = {
  bars: BarGeometry[]
  height: number
  /** Where labels sit: beside their bar when they are short enough, otherwise on a line above it. */
  labelPlacement: 'above' | 'side'
  plot: { bottom: number; left: number; right: number; top: number }
  ticks: { label: string; value: number; x: number }[]
  tickLabelY: number
  width: number
}

const GAP = 8
/** Labels longer than this share of the width go on their own line above the bar. */
const SIDE_LABEL_SHARE = 0.3

/**
 * A generous estimate of how wide `text` is drawn at `fontSize`: Chinese characters are a full
 * em, capitals and m/w 0.85 em, other letters and digits about 0.6 em. Over-estimating only costs a little white space.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const char of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char)) ems += 1
    else if (/[\s.,'’:;]/.test(char)) ems += 0.35
    else if (/[A-Zmw]/.test(char)) ems += 0.85
    else ems += 0.62
  }
  return ems * fontSize
}

/** Bars running left to right, one per datum in the order given, with a value axis along the bottom. */
export function horizontalBarChart(data: BarDatum[], options: BarChartOptions): HorizontalBarChart {
  const { fontSize, format, width } = options
  const barHeight = options.barHeight ?? Math.round(fontSize * 1.1)
  const tickCount = options.tickCount ?? 4

  const longestLabel = Math.max(0, ...data.map((datum) => textWidth(datum.label, fontSize)))
  const labelPlacement = longestLabel <= width * SIDE_LABEL_SHARE ? 'side' : 'above'
  const labelLine = labelPlacement === 'above' ? Math.round(fontSize * 1.4) : 0
  const rowHeight = Math.max(barHeight, labelPlacement === 'side' ? fontSize * 1.4 : 0) + labelLine + GAP * 1.5

  const max = Math.max(0, ...data.map((datum) => datum.value))
  const value = scaleLinear().domain([0, max || 1]).nice(tickCount)
  const tickValues = value.ticks(tickCount).filter((tick) => max > 0 || tick === 0)
  const tickLabels = tickValues.map(format)

  const widestValue = Math.max(0, ...data.map((datum) => textWidth(format(datum.value), fontSize)))
  const lastTick = textWidth(tickLabels.at(-1) ?? '', fontSize)
  const left = Math.max(labelPlacement === 'side' ? longestLabel + GAP : 0, textWidth(tickLabels[0] ?? '', fontSize) / 2)
  const right = width - Math.max(widestValue + GAP, lastTick / 2)
  value.range([left, right])

  const top = GAP / 2
  const rows = scaleBand<number>()
    .domain(data.map((_, index) => index))
    .range([top, top + rowHeight * data.length])
  const bottom = top + rowHeight * data.length

  const bars = data.map((datum, index) => {
    const rowTop = rows(index) ?? top
    const y = rowTop + labelLine + (rowHeight - labelLine - barHeight) / 2
    const x = value(0)
    const barWidth = value(datum.value) - x
    const middle = y + barHeight / 2
    return {
      ...datum,
      height: barHeight,
      labelX: labelPlacement === 'side' ? left - GAP : left,
      labelY: labelPlacement === 'side' ? middle : rowTop + labelLine / 2 + GAP / 2,
      valueLabel: format(datum.value),
      valueX: x + barWidth + GAP / 2,
      valueY: middle,
      width: barWidth,
      x,
      y,
    }
  })

  const tickLabelY = bottom + fontSize
  return {
    bars,
    height: tickLabelY + fontSize,
    labelPlacement,
    plot: { bottom, left, right, top },
    ticks: tickValues.map((tick, index) => ({ label: tickLabels[index] ?? '', value: tick, x: value(tick) })),
    tickLabelY,
    width,
  }
}
