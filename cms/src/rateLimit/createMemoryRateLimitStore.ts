import type { RateLimitStore } from './RateLimitStore'

/**
 * A fixed-window counter per key, in this process's memory. Expired windows are swept at most
 * once a minute so the map cannot grow without bound.
 */
export const createMemoryRateLimitStore = ({
  now = Date.now,
}: { now?: () => number } = {}): RateLimitStore => {
  const windows = new Map<string, { count: number; resetAt: number }>()
  let nextSweep = 0

  const sweep = (time: number) => {
    if (time < nextSweep) return
    nextSweep = time + 60_000
    for (const [key, window] of windows) if (window.resetAt <= time) windows.delete(key)
  }

  return {
    hit: async ({ key, rule }) => {
      const time = now()
      sweep(time)
      let window = windows.get(key)
      if (!window || window.resetAt <= time) {
        window = { count: 0, resetAt: time + rule.windowMs }
        windows.set(key, window)
      }
      window.count += 1
      if (window.count <= rule.max) return { retryAfterSeconds: 0 }
      return { retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - time) / 1000)) }
    },
  }
}
