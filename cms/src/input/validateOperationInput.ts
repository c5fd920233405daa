import type { CollectionBeforeOperationHook } from 'payload'

import { badInput } from './badInput'
import { idKindOf } from './idKindOf'
import { isValidId } from './isValidId'
import { validateWhereValues } from './validateWhereValues'

const WRITES = new Set(['create', 'update'])

/**
 * Refuses (400) what would otherwise reach the database and fail there (500): an id that cannot
 * be one, a body that is not a JSON object, a `where` with unknown operators or values of the
 * wrong kind. Runs first on every operation of every collection (see boundQueries).
 */
export const validateOperationInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data, where, ...rest } = args as {
    id?: unknown
    duplicateFromID?: unknown
    data?: unknown
    where?: unknown
  }
  const id = rest.id ?? rest.duplicateFromID
  const kind = idKindOf({ db: req.payload.db, fields: collection.flattenedFields })
  // Where ids are numbers Payload turns a route's id into one with parseFloat: "1abc" would act
  // on document 1.
  const routeId = req.routeParams?.id
  const fromRoute =
    kind === 'number' && typeof routeId === 'string' && String(id) === String(parseFloat(routeId))
  if (id !== undefined && (!isValidId({ id, kind }) || (fromRoute && !isValidId({ id: routeId, kind })))) {
    throw badInput(`"${String(fromRoute ? routeId : id).slice(0, 40)}" is not a valid id.`)
  }
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data)
  // an upload may come as a file alone, without fields
  if (WRITES.has(operation) && !isObject && !(data === undefined && req.file)) {
    throw badInput('The request body must be a JSON object (Content-Type: application/json).')
  }
  // only the caller's own where (Payload passes the parsed query on as is); RedCloud's code asks
  // its own questions and answers bad values itself
  if (where !== undefined && where === (req.query as { where?: unknown } | undefined)?.where) {
    validateWhereValues({ where, fields: collection.flattenedFields, idKind: kind })
  }
  return args
}
