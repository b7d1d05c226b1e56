import { describe, expect, it } from 'vitest'

import { horizontalBarChart, textWidth } from './charts'

const format = (value: number) => new Intl.NumberFormat('en-US').format(value)
const months = [
  { label: 'Jan', value: 50 },
  { label: 'Feb', value: 200 },
  { label: 'Mar', value: 0 },
  { label: 'Dec', value: 1200 },
]

describe('textWidth', () => {
  it('counts a Chinese character as a full em and a Latin letter as less', () => {
    expect(textWidth('进社区', 10)).toBe(30)
    expect(textWidth('Jan', 10)).toBeLessThan(30)
    expect(textWidth('Jan', 10)).toBeGreaterThan(15)
  })
})

describe('horizontalBarChart', () => {
  const chart = horizontalBarChart(months, { fontSize: 16, format, width: 360 })

  it('draws the bars in the order given, one below the other', () => {
    expect(chart.bars.map((bar) => bar.label)).toEqual(['Jan', 'Feb', 'Mar', 'Dec'])
    const ys = chart.bars.map((bar) => bar.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    expect(new Set(ys).size).toBe(4)
  })

  it('makes bar lengths proportional to the values, from a common baseline', () => {
    const [jan, feb, mar, dec] = chart.bars
    expect(new Set(chart.bars.map((bar) => bar.x)).size).toBe(1)
    expect(feb!.width / jan!.width).toBeCloseTo(4)
    expect(dec!.width / jan!.width).toBeCloseTo(24)
    expect(mar!.width).toBe(0)
  })

  it('runs the axis from zero to a round number at least as large as the biggest value', () => {
    expect(chart.ticks[0]).toMatchObject({ label: '0', value: 0, x: chart.plot.left })
    const last = chart.ticks.at(-1)!
    expect(last.value).toBeGreaterThanOrEqual(1200)
    expect(last.x).toBeCloseTo(chart.plot.right)
    expect(chart.ticks.map((tick) => tick.label)).toContain('1,000')
  })

  it('keeps every bar and its value label inside the viewBox', () => {
    for (const bar of chart.bars) {
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right + 0.001)
      expect(bar.valueX + textWidth(bar.valueLabel, 16)).toBeLessThanOrEqual(chart.width)
    }
    expect(chart.bars.at(-1)!.valueLabel).toBe('1,200')
    expect(chart.height).toBeGreaterThan(chart.plot.bottom)
  })

  it('puts short labels beside their bars, right-aligned before the baseline', () => {
    expect(chart.labelPlacement).toBe('side')
    expect(chart.bars[0]!.labelX).toBeLessThan(chart.plot.left)
    expect(chart.bars[0]!.labelX).toBeGreaterThanOrEqual(textWidth('Jan', 16))
  })

  it('puts long labels on a line above their bars, so the bars keep most of a narrow width', () => {
    const long = horizontalBarChart([{ label: 'Government office', value: 12 }, { label: 'Army', value: 1 }], { fontSize: 16, format, width: 360 })
    expect(long.labelPlacement).toBe('above')
    for (const bar of long.bars) expect(bar.labelY).toBeLessThan(bar.y)
    expect(long.plot.right - long.plot.left).toBeGreaterThan(360 * 0.8)
  })

  it('shows only whole numbers on the axis of small counts, and a lone zero when there is nothing', () => {
    const small = horizontalBarChart([{ label: 'A', value: 3 }], { fontSize: 16, format, width: 360 })
    expect(small.ticks.every((tick) => Number.isInteger(tick.value))).toBe(true)
    const none = horizontalBarChart([{ label: 'A', value: 0 }], { fontSize: 16, format, width: 360 })
    expect(none.ticks.map((tick) => tick.value)).toEqual([0])
    expect(none.bars[0]!.width).toBe(0)
  })
})
