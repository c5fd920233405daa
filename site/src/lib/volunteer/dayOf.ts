/** The calendar day (YYYY-MM-DD) a shift starts on, on Italy's clock (the week and month views' cells). */
export const dayOf = (value: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(value))
