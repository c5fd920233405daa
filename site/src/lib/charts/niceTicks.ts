export interface NiceTicks {
  /** The domain widened to whole steps, so the axis starts and ends on a tick. */
  min: number
  max: number
  step: number
  ticks: number[]
}

const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step)))

/**
 * About `count` round tick values (1, 2 or 5 times a power of ten apart) covering [min, max].
 * An empty span (one value, or all equal) is widened around the value; zero gets [0, 1].
 * Non-finite input gives [0, 1].
 */
export const niceTicks = (low: number, high: number, count = 4): NiceTicks => {
  let min = Number.isFinite(low) ? low : 0
  let max = Number.isFinite(high) ? high : min
  if (min > max) [min, max] = [max, min]
  if (min === max) {
    if (min === 0) max = 1
    else {
      const pad = Math.abs(min) / 2
      min -= pad
      max += pad
    }
  }
  const raw = (max - min) / Math.max(1, count)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const normal = raw / magnitude
  const step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10) * magnitude
  const decimals = decimalsOf(step)
  const round = (value: number) => Number(value.toFixed(decimals))
  const first = round(Math.floor(min / step + 1e-9) * step)
  const last = round(Math.ceil(max / step - 1e-9) * step)
  const ticks: number[] = []
  for (let i = 0; first + i * step <= last + step / 2; i++) ticks.push(round(first + i * step))
  return { min: first, max: last, step, ticks }
}
