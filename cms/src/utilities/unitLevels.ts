/** Unit levels from the top of the tree down; a unit's parent is exactly one level up. */
export const UNIT_LEVELS = ['national', 'regional', 'local'] as const

export type UnitLevel = (typeof UNIT_LEVELS)[number]

/** The level a unit's parent must have, or null for the national committee (no parent). */
export const parentLevelOf = (level: UnitLevel): null | UnitLevel => {
  const index = UNIT_LEVELS.indexOf(level)
  return index > 0 ? (UNIT_LEVELS[index - 1] ?? null) : null
}
