import type { Unit } from '@redcloud/cms/payload-types'

import type { UnitEntry } from './types'

import { idOf } from './idOf'

/** A unit as the site needs it (name, code, level, parent). */
export const toUnitEntry = (unit: Unit): UnitEntry => ({
  cmsId: String(unit.id),
  name: unit.name,
  code: unit.code,
  level: unit.level,
  parentId: idOf(unit.parent),
})
