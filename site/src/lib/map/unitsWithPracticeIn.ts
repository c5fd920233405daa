import type { PracticeEntry } from '../types'

const byPractices = new WeakMap<readonly PracticeEntry[], Map<null | string, Set<string>>>()

/**
 * The units with a published practice in `theme` (any theme: null), worked out once per list of
 * practices and theme: every map page asks (over 500 pages and 450 region × theme checks a build
 * at 10 000 practices, each of which filtered all the practices again: 9 s of a build).
 */
export const unitsWithPracticeIn = (
  practices: readonly PracticeEntry[],
  theme: null | string,
): Set<string> => {
  let byTheme = byPractices.get(practices)
  if (!byTheme) {
    byTheme = new Map()
    byPractices.set(practices, byTheme)
  }
  let units = byTheme.get(theme)
  if (!units) {
    units = new Set(
      practices.filter((p) => !theme || p.themes.includes(theme)).flatMap((p) => (p.unit ? [p.unit.id] : [])),
    )
    byTheme.set(theme, units)
  }
  return units
}
