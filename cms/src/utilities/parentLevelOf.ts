import { UNIT_LEVELS, type UnitLevel } from '../contract/unitLevels'

/** The level a unit's parent must have, or null for the national committee (no parent). */
export const parentLevelOf = (level: UnitLevel): null | UnitLevel => {
  const index = UNIT_LEVELS.indexOf(level)
  return index > 0 ? (UNIT_LEVELS[index - 1] ?? null) : null
}
