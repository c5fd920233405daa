const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * A duration as people read it, in `language`: days (one decimal) from a day up, hours from an
 * hour up, minutes from a minute up, seconds (one decimal) below; "–" for none.
 */
export const formatDuration = ({ ms, language }: { ms: null | number; language: string }): string => {
  if (ms === null || !Number.isFinite(ms)) return '–'
  const [unit, amount, digits] =
    ms >= DAY
      ? (['day', ms / DAY, 1] as const)
      : ms >= HOUR
        ? (['hour', ms / HOUR, 1] as const)
        : ms >= MINUTE
          ? (['minute', ms / MINUTE, 0] as const)
          : (['second', ms / 1000, 1] as const)
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: digits,
  }).format(amount)
}
