/** A unit as the registration form needs it. */
export interface UnitRow {
  id: number | string
  name: string
  level?: null | string
  parent?: null | number | string | { id: number | string }
}

/** One `<optgroup>` of the unit list: a region with its local units, or the national level. */
export interface UnitGroup {
  label: string
  options: { value: string; label: string }[]
}

const idOfParent = (parent: UnitRow['parent']): null | string =>
  parent === null || parent === undefined ? null : String(typeof parent === 'object' ? parent.id : parent)

const byName = (a: UnitRow, b: UnitRow) => a.name.localeCompare(b.name)

/**
 * The unit tree as the registration form's `<select>` shows it: the national unit(s) first,
 * then one group per region (the region itself, then its local units), each sorted by name, so
 * that typing a name finds it. Units whose region is unknown come last in their own group.
 */
export const unitChoices = (
  units: UnitRow[],
  { nationalLabel, otherLabel }: { nationalLabel: string; otherLabel: string },
): UnitGroup[] => {
  const option = (unit: UnitRow) => ({ value: String(unit.id), label: unit.name })
  const regions = units.filter((unit) => unit.level === 'regional').sort(byName)
  const regionIds = new Set(regions.map((region) => String(region.id)))
  const national = units.filter((unit) => unit.level === 'national').sort(byName)
  const groups: UnitGroup[] = []
  if (national.length > 0) groups.push({ label: nationalLabel, options: national.map(option) })
  for (const region of regions) {
    const locals = units.filter(
      (unit) => unit.level === 'local' && idOfParent(unit.parent) === String(region.id),
    )
    groups.push({ label: region.name, options: [region, ...locals.sort(byName)].map(option) })
  }
  const others = units
    .filter((unit) => unit.level !== 'national' && unit.level !== 'regional')
    .filter((unit) => !regionIds.has(idOfParent(unit.parent) ?? ''))
    .sort(byName)
  if (others.length > 0) groups.push({ label: otherLabel, options: others.map(option) })
  return groups
}
