import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../../../contract/idOf'
import type { UnitLevel } from '../../../contract/unitLevels'
import { parentLevelOf } from '../../../utilities/parentLevelOf'

/**
 * Keeps the unit tree a tree: one national committee at the root, every other unit's parent
 * exactly one level up (so cycles cannot form), and a unit with children keeps its level.
 */
export const validateUnitTree: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const level = (data.level ?? originalDoc?.level) as UnitLevel | undefined
  const parentId = idOf(data.parent === undefined ? originalDoc?.parent : data.parent)
  const errors: { message: string; path: string }[] = []
  const expectedParentLevel = level ? parentLevelOf(level) : null

  if (level && expectedParentLevel === null) {
    if (parentId !== null) {
      errors.push({ path: 'parent', message: 'The national committee has no parent unit.' })
    }
    const others = await req.payload.count({
      collection: 'units',
      req,
      where: {
        and: [
          { level: { equals: 'national' } },
          ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
    })
    if (others.totalDocs > 0) {
      errors.push({ path: 'level', message: 'There is already a national committee.' })
    }
  } else if (level) {
    if (parentId === null) {
      errors.push({ path: 'parent', message: `A ${level} unit needs a ${expectedParentLevel} parent unit.` })
    } else if (originalDoc?.id !== undefined && String(parentId) === String(originalDoc.id)) {
      errors.push({ path: 'parent', message: 'A unit cannot be its own parent.' })
    } else {
      const parent = await req.payload
        .findByID({ collection: 'units', id: parentId, depth: 0, req, disableErrors: true })
        .catch(() => null)
      if (!parent) {
        errors.push({ path: 'parent', message: 'The parent unit does not exist.' })
      } else if (parent.level !== expectedParentLevel) {
        errors.push({
          path: 'parent',
          message: `The parent of a ${level} unit must be a ${expectedParentLevel} unit, not a ${parent.level} one.`,
        })
      }
    }
  }

  if (operation === 'update' && originalDoc && level && level !== originalDoc.level) {
    const children = await req.payload.count({
      collection: 'units',
      req,
      where: { parent: { equals: originalDoc.id } },
    })
    if (children.totalDocs > 0) {
      errors.push({ path: 'level', message: 'A unit with units below it cannot change level.' })
    }
  }

  if (errors.length > 0) {
    throw new ValidationError({ collection: 'units', errors, req })
  }
  return data
}
