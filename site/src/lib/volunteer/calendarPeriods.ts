const DAY = 86_400_000

/** The Monday (UTC) of the week holding `date`, as YYYY-MM-DD: a week view's address. */
export const weekOf = (date: Date | string): string => {
  const day = new Date(date)
  const monday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()))
  monday.setTime(monday.getTime() - ((monday.getUTCDay() + 6) % 7) * DAY)
  return monday.toISOString().slice(0, 10)
}

/** The month holding `date`, as YYYY-MM: a month view's address. */
export const monthOf = (date: Date | string): string => new Date(date).toISOString().slice(0, 7)

/** The seven days (YYYY-MM-DD) of the week starting on `week`. */
export const daysOfWeek = (week: string): string[] =>
  Array.from({ length: 7 }, (_, i) =>
    new Date(Date.parse(`${week}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10),
  )

/** The month's days as weeks (Monday first), `null` for the days outside it: a month grid. */
export const monthGrid = (month: string): (null | string)[][] => {
  const first = Date.parse(`${month}-01T00:00:00Z`)
  const weeks: (null | string)[][] = []
  let cursor = Date.parse(`${weekOf(new Date(first))}T00:00:00Z`)
  while (new Date(cursor).toISOString().slice(0, 7) <= month) {
    const week = daysOfWeek(new Date(cursor).toISOString().slice(0, 10))
    weeks.push(week.map((day) => (day.startsWith(month) ? day : null)))
    cursor += 7 * DAY
  }
  return weeks
}

/**
 * Every week (or month) from the one holding `now` to the last holding a date of `dates`: the
 * views prerendered, so each has its previous and next.
 */
export const periodsThrough = ({
  dates,
  now,
  kind,
}: {
  dates: string[]
  now: Date
  kind: 'month' | 'week'
}): string[] => {
  const keyOf = kind === 'week' ? weekOf : monthOf
  const last =
    dates
      .map((d) => keyOf(d))
      .sort()
      .at(-1) ?? keyOf(now)
  const periods: string[] = []
  let cursor = new Date(Date.parse(`${keyOf(now)}${kind === 'week' ? '' : '-01'}T00:00:00Z`))
  while (keyOf(cursor) <= last && periods.length < 60) {
    periods.push(keyOf(cursor))
    if (kind === 'week') cursor = new Date(cursor.getTime() + 7 * DAY)
    else cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1))
  }
  return periods
}
