import type { Unit } from '@redcloud/cms/payload-types'

import type { UnitEntry } from './types'

import { idOf } from './idOf'
import { toGeoPoint } from './toGeoPoint'

/** A unit as the site needs it: name, page, place in the tree, where it is and its office contact. */
export const toUnitEntry = (unit: Unit): UnitEntry => ({
  cmsId: String(unit.id),
  name: unit.name,
  slug: unit.slug ?? null,
  code: unit.code,
  level: unit.level,
  parentId: idOf(unit.parent),
  address: unit.address ?? '',
  location: toGeoPoint(unit.location),
  contact: {
    email: unit.contact?.email ?? '',
    phone: unit.contact?.phone ?? '',
    website: unit.contact?.website ?? '',
  },
})
