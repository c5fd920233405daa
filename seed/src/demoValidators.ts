import { units } from './data/units'
import type { SeedUser } from './data/users'

const slug = (name: string) =>
  name
    .replace(/^Comitato (Regionale |di )/, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * A validator for every local and regional unit that has none among the named demo accounts,
 * so that each demo practice can climb its unit's chain through real decisions.
 */
export const demoValidators = (named: SeedUser[]): SeedUser[] =>
  units
    .filter(
      (unit) =>
        unit.level !== 'national' &&
        !named.some((user) => user.unit === unit.code && user.roles.includes('validator')),
    )
    .map((unit) => ({
      name: `validator.${slug(unit.name)}`,
      displayName: `Validatore/trice – ${unit.name}`,
      unit: unit.code,
      roles: ['validator', 'member'],
      preferredLanguage: 'it',
    }))
