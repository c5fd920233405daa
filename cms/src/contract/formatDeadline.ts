import type { Locale } from './locales'

/** A deadline as its call states it: date and time in the call's own time zone, named. */
export const formatDeadline = ({
  deadline,
  timeZone,
  locale,
}: {
  deadline: string
  timeZone?: null | string
  locale: Locale
}): string => {
  const zone = timeZone || 'Europe/Rome'
  try {
    const text = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: zone,
    }).format(new Date(deadline))
    return `${text} (${zone})`
  } catch {
    return new Date(deadline).toISOString()
  }
}
