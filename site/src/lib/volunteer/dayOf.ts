/** The calendar day (YYYY-MM-DD) a shift starts on, on the clock of the shifts' time zone (the week and month views' cells). */
export const dayOf = (value: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(value))
