import { linearScale } from './linearScale'
import { niceTicks } from './niceTicks'

export interface Bar {
  label: string
  value: number
}

export interface PlacedBar extends Bar {
  /** The bar's rectangle, from the zero line to the value. */
  x: number
  y: number
  width: number
  height: number
  /** The label's baseline, above the bar. */
  labelY: number
  /** Where the value is written: just past the bar's end, or inside it when the bar is long. */
  valueX: number
  valueInside: boolean
}

export interface BarChartGeometry {
  width: number
  height: number
  zeroX: number
  bars: PlacedBar[]
}

export const BAR_CHART_WIDTH = 320
const ROW = 32
const LABEL = 12
const BAR = 14
const SIDE = 4

/**
 * Horizontal bars, one row each, the label above its bar so long region and theme names fit a
 * phone. The value axis always holds zero (bars start there), widened to round numbers; negative
 * values go left of zero. Non-finite values are left out. Null when no bar is left.
 */
export const barChartGeometry = (bars: Bar[]): BarChartGeometry | null => {
  const usable = bars.filter((bar) => Number.isFinite(bar.value))
  if (!usable.length) return null
  const values = usable.map((bar) => bar.value)
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 4)
  const x = linearScale([ticks.min, ticks.max], [SIDE, BAR_CHART_WIDTH - SIDE])
  const zeroX = Math.round(x(0))
  return {
    width: BAR_CHART_WIDTH,
    height: usable.length * ROW + 2,
    zeroX,
    bars: usable.map((bar, i) => {
      const end = Math.round(x(bar.value))
      const left = Math.min(zeroX, end)
      const width = Math.abs(end - zeroX)
      const valueInside = width > (BAR_CHART_WIDTH - 2 * SIDE) * 0.7
      return {
        ...bar,
        x: left,
        y: i * ROW + LABEL + 4,
        width,
        height: BAR,
        labelY: i * ROW + LABEL,
        valueX: valueInside
          ? bar.value < 0
            ? left + 4
            : left + width - 4
          : bar.value < 0
            ? left - 4
            : left + width + 4,
        valueInside,
      }
    }),
  }
}
