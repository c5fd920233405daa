import type { translator } from '../translator'

/** "45 seconds" / "15 minutes", for a 429's Retry-After. */
export const waitText = (t: ReturnType<typeof translator>, seconds: number): string =>
  seconds < 120
    ? t('account.waitSeconds', { n: seconds })
    : t('account.waitMinutes', { n: Math.ceil(seconds / 60) })
