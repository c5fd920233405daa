import type { RateLimitRule } from './RateLimitRule'

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * Reads a limit written as `<max>/<window>`, e.g. `10/15m` (units s, m, h, d; `10/m` means one
 * minute). `off` switches the limit off (null).
 */
export const parseRateLimit = ({ name, value }: { name: string; value: string }): null | RateLimitRule => {
  const text = value.trim().toLowerCase()
  if (text === 'off') return null
  const match = /^(\d+)\s*\/\s*(\d*)\s*([smhd])$/.exec(text)
  const max = Number(match?.[1])
  const amount = match?.[2] ? Number(match[2]) : 1
  const unit = UNITS[match?.[3] ?? '']
  if (!match || !unit || max < 1 || amount < 1) {
    throw new Error(`${name} must look like "10/15m" (at most 10 per 15 minutes) or "off" (got "${value}").`)
  }
  return { max, windowMs: amount * unit }
}
