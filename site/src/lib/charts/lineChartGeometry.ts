import { dateValue } from './dateValue'
import { linearScale } from './linearScale'
import { niceTicks } from './niceTicks'

export interface DatedValue {
  date: string
  value: number
}

export interface ReferenceValue {
  value: number
  /** When the value was (baseline) or should be (target) reached; null draws only the line. */
  date: null | string
}

export interface ChartPoint extends DatedValue {
  x: number
  y: number
}

export interface ReferenceLine {
  value: number
  y: number
  /** The marker's place when the value has a date. */
  point: ChartPoint | null
}

export interface LineChartGeometry {
  width: number
  height: number
  plot: { left: number; top: number; right: number; bottom: number }
  yTicks: { value: number; y: number }[]
  xTicks: { date: string; x: number }[]
  /** The measurements joined in date order ("M x y L x y …"); empty with fewer than two. */
  path: string
  points: ChartPoint[]
  baseline: null | ReferenceLine
  target: null | ReferenceLine
}

export const LINE_CHART_SIZE = { width: 320, height: 150 }
const MARGIN = { left: 46, right: 10, top: 16, bottom: 22 }

const isUsable = (d: DatedValue) => Number.isFinite(d.value) && Number.isFinite(dateValue(d.date))

/**
 * Where everything of one indicator's chart goes in a 320 × 150 box: measurements as a line
 * in date order, baseline and target as horizontal reference lines (with a marker when dated),
 * round ticks on the value axis, the first and last date on the time axis. Coordinates are
 * whole numbers. Null when there is nothing to draw (no measurement, baseline or target).
 */
export const lineChartGeometry = ({
  measurements,
  baseline = null,
  target = null,
}: {
  measurements: DatedValue[]
  baseline?: null | ReferenceValue
  target?: null | ReferenceValue
}): LineChartGeometry | null => {
  const refs = [baseline, target].map((ref) =>
    ref && Number.isFinite(ref.value)
      ? { value: ref.value, date: ref.date && Number.isFinite(dateValue(ref.date)) ? ref.date : null }
      : null,
  )
  const points = measurements.filter(isUsable).sort((a, b) => dateValue(a.date) - dateValue(b.date))
  const values = [...points.map((p) => p.value), ...refs.flatMap((r) => (r ? [r.value] : []))]
  if (!values.length) return null

  const { width, height } = LINE_CHART_SIZE
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: height - MARGIN.bottom,
  }
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 4)
  const y = linearScale([ticks.min, ticks.max], [plot.bottom, plot.top])
  const dates = [...points.map((p) => p.date), ...refs.flatMap((r) => (r?.date ? [r.date] : []))].sort(
    (a, b) => dateValue(a) - dateValue(b),
  )
  const first = dates[0]
  const last = dates.at(-1)
  const x = linearScale(
    [first ? dateValue(first) : 0, last ? dateValue(last) : 0],
    [plot.left + 6, plot.right - 6],
  )
  const place = (d: DatedValue): ChartPoint => ({
    date: d.date,
    value: d.value,
    x: Math.round(x(dateValue(d.date))),
    y: Math.round(y(d.value)),
  })
  const placed = points.map(place)
  const reference = (ref: (typeof refs)[number]): null | ReferenceLine =>
    ref
      ? {
          value: ref.value,
          y: Math.round(y(ref.value)),
          point: ref.date ? place({ date: ref.date, value: ref.value }) : null,
        }
      : null

  return {
    width,
    height,
    plot,
    yTicks: ticks.ticks.map((value) => ({ value, y: Math.round(y(value)) })),
    xTicks:
      first && last
        ? [...new Set([first, last])].map((date) => ({ date, x: Math.round(x(dateValue(date))) }))
        : [],
    path: placed.length > 1 ? placed.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join('') : '',
    points: placed,
    baseline: reference(refs[0] ?? null),
    target: reference(refs[1] ?? null),
  }
}
