import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Idea } from '../../payload-types'
import { idKindOf } from '../../input/idKindOf'
import { isValidId } from '../../input/isValidId'

/**
 * The idea of the route, as the signed-in caller may read it (its latest revision): 401
 * anonymous, 404 for a malformed id or an idea the caller cannot read.
 */
export const findIdeaFor = async (req: PayloadRequest, action: string): Promise<Idea> => {
  const { user } = req
  if (!user) throw new APIError(`Sign in to ${action}.`, 401, undefined, true)
  const id = req.routeParams?.id
  const kind = idKindOf({ db: req.payload.db, fields: req.payload.collections.ideas.config.flattenedFields })
  const notFound = new APIError('Idea not found.', 404, undefined, true)
  if ((typeof id !== 'string' && typeof id !== 'number') || !isValidId({ id, kind })) throw notFound
  const { docs } = await req.payload.find({
    collection: 'ideas',
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
    req,
  })
  if (!docs[0]) throw notFound
  return docs[0]
}
