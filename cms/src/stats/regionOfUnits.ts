import { idOf } from '../contract/idOf'

type UnitRow = { id: number | string; parent?: unknown; level?: null | string }

/**
 * For each unit (by id, as a string), the id of the region it belongs to: itself for a regional
 * unit, its nearest regional ancestor for a local one, and null above or outside any region
 * (the national unit). Cycles, which the tree's own checks forbid, end the walk.
 */
export const regionOfUnits = (units: readonly UnitRow[]): Map<string, null | string> => {
  const byId = new Map(units.map((unit) => [String(unit.id), unit]))
  const regions = new Map<string, null | string>()
  for (const unit of units) {
    let current: undefined | UnitRow = unit
    const seen = new Set<string>()
    let region: null | string = null
    while (current && !seen.has(String(current.id))) {
      seen.add(String(current.id))
      if (current.level === 'regional') {
        region = String(current.id)
        break
      }
      const parent = idOf(current.parent)
      current = parent === null ? undefined : byId.get(String(parent))
    }
    regions.set(String(unit.id), region)
  }
  return regions
}
