import type { FlattenedField } from 'payload'

import { validOperatorSet } from 'payload/shared'

import { badInput } from './badInput'
import { isValidId, type IdKind } from './isValidId'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

/**
 * Refuses (400, naming the field) a `where` the database would fail on: an unknown operator, an
 * object where a value belongs, a geographic operator on a field that is not a point, an id (or
 * relation) of the wrong kind (not a number on SQLite, not an ObjectId on MongoDB), a date that
 * is not one. Paths through relations or groups (`unit.name`) are checked for operators and
 * shapes only.
 */
export const validateWhereValues = ({
  where,
  fields,
  idKind,
}: {
  where: unknown
  fields: FlattenedField[]
  /** The kind of this collection's ids, which its relations share (RedCloud has no custom ids). */
  idKind: IdKind
}): void => {
  if (where === undefined || where === null) return
  if (!isObject(where)) throw badInput('"where" must be an object of conditions.')
  for (const [path, condition] of Object.entries(where)) {
    if (path === 'and' || path === 'or') {
      const branches = Array.isArray(condition)
        ? condition
        : isObject(condition)
          ? Object.values(condition)
          : null
      if (!branches) throw badInput(`"where.${path}" must be a list of conditions.`)
      for (const branch of branches) validateWhereValues({ where: branch, fields, idKind })
      continue
    }
    if (!isObject(condition))
      throw badInput(`"where.${path}" must name an operator, e.g. where[${path}][equals]=…`)
    const field = path === 'id' ? undefined : fields.find((candidate) => candidate.name === path)
    for (const [operator, value] of Object.entries(condition)) {
      if (!validOperatorSet.has(operator as never)) {
        throw badInput(`"where.${path}": "${operator}" is not an operator.`)
      }
      if (GEO_OPERATORS.has(operator)) {
        if (field && field.type !== 'point')
          throw badInput(`"where.${path}": "${operator}" only applies to a point.`)
        continue
      }
      const values = LIST_OPERATORS.has(operator) ? listOf(value) : [value]
      for (const item of values) {
        if (isObject(item) || Array.isArray(item))
          throw badInput(`"where.${path}.${operator}" must be a value.`)
        if (operator === 'exists' || item === null || item === undefined || item === '') continue
        if (TEXT_OPERATORS.has(operator) && typeof item !== 'string') {
          throw badInput(`"where.${path}.${operator}" must be text.`)
        }
        const isId =
          path === 'id' ||
          ((field?.type === 'relationship' || field?.type === 'upload') &&
            typeof field.relationTo === 'string')
        if ((isId || field?.type === 'number') && !TEXT_OPERATORS.has(operator)) {
          const valid = isId ? isValidId({ id: item, kind: idKind }) : Number.isFinite(Number(item))
          if (!valid)
            throw badInput(
              `"where.${path}.${operator}": "${String(item).slice(0, 40)}" is not a valid ${isId ? 'id' : 'number'}.`,
            )
        }
        if (field?.type === 'date' && Number.isNaN(new Date(String(item)).getTime())) {
          throw badInput(`"where.${path}.${operator}": "${String(item).slice(0, 40)}" is not a date.`)
        }
      }
    }
  }
}
