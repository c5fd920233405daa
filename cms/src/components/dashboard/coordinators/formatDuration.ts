const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/**
 * A duration as people read it, in `language`: days (one decimal) from a day up, hours from an
 * hour up, minutes below; "–" for none.
 */
export const formatDuration = ({ ms, language }: { ms: null | number; language: string }): string => {
  if (ms === null || !Number.isFinite(ms)) return '–'
  const [unit, amount, digits] =
    ms >= DAY
      ? (['day', ms / DAY, 1] as const)
      : ms >= HOUR
        ? (['hour', ms / HOUR, 1] as const)
        : (['minute', ms / 60_000, 0] as const)
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: digits,
  }).format(amount)
}
