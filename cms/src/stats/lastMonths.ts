/** The `count` calendar months up to the one holding `now` (UTC), oldest first, as `YYYY-MM`. */
export const lastMonths = ({ now, count }: { now: Date; count: number }): string[] => {
  const months: string[] = []
  for (let back = count - 1; back >= 0; back--) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))
    months.push(date.toISOString().slice(0, 7))
  }
  return months
}
