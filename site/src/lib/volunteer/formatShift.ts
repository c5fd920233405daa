import type { Locale } from '../locales'

// Shifts happen in Italy: their times read as the place's clock, whatever the reader's.
const TIME_ZONE = 'Europe/Rome'

/** "Sat 5 Dec, 08:00–12:00" in the page's language (the end's day too when it differs). */
export const formatShift = ({
  start,
  end,
  locale,
}: {
  start: string
  end: string
  locale: Locale
}): string => {
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: TIME_ZONE,
  })
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE })
  const sameDay = day.format(new Date(start)) === day.format(new Date(end))
  return `${day.format(new Date(start))}, ${time.format(new Date(start))}–${sameDay ? '' : `${day.format(new Date(end))}, `}${time.format(new Date(end))}`
}
