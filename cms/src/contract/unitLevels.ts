/** Unit levels from the top of the tree down; a unit's parent is exactly one level up. */
export const UNIT_LEVELS = ['national', 'regional', 'local'] as const

export type UnitLevel = (typeof UNIT_LEVELS)[number]
