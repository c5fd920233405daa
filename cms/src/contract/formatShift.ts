import type { Locale } from './locales'

/**
 * "Sat 5 Dec, 08:00–12:00" in one language, on the clock of `timeZone` (the CMS's
 * SHIFT_TIME_ZONE, the site's `siteSettings().shiftTimeZone`): every page, e-mail and list shows
 * a shift's times this way. The end's day too when it differs.
 */
export const formatShift = ({
  start,
  end,
  locale,
  timeZone,
}: {
  start: string
  end: string
  locale: Locale
  timeZone: string
}): string => {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone })
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone })
  const [from, to] = [new Date(start), new Date(end)]
  const sameDay = day.format(from) === day.format(to)
  return `${day.format(from)}, ${time.format(from)}–${sameDay ? '' : `${day.format(to)}, `}${time.format(to)}`
}
