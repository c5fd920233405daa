export type MonthSeries = { group: string; counts: number[]; total: number }

/**
 * How many items were first published in each of `months` (`YYYY-MM`, UTC), per group (a
 * region, a theme): an item counts once in each of its groups. Items published outside the
 * months are left out; groups come most published first, then by name.
 */
export const publishedPerMonth = ({
  items,
  months,
}: {
  items: readonly { publishedAt?: null | string; groups: readonly string[] }[]
  months: readonly string[]
}): MonthSeries[] => {
  const index = new Map(months.map((month, i) => [month, i]))
  const series = new Map<string, MonthSeries>()
  for (const { publishedAt, groups } of items) {
    if (!publishedAt) continue
    const at = new Date(publishedAt)
    if (Number.isNaN(at.getTime())) continue
    const slot = index.get(at.toISOString().slice(0, 7))
    if (slot === undefined) continue
    for (const group of new Set(groups)) {
      const entry = series.get(group) ?? { group, counts: months.map(() => 0), total: 0 }
      entry.counts[slot] = (entry.counts[slot] ?? 0) + 1
      entry.total += 1
      series.set(group, entry)
    }
  }
  return [...series.values()].sort((a, b) => b.total - a.total || a.group.localeCompare(b.group))
}
