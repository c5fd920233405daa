import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { idKindOf } from '../../../input/idKindOf'
import { isValidId } from '../../../input/isValidId'
import { runErasure } from './runErasure'
import { callerCanReadAccount } from '../callerCanReadAccount'

const notFound = () => new APIError('Not found.', 404, undefined, true)

/**
 * POST /api/users/:id/erase: an administrator erases an account at its owner's request, as the
 * owner could themselves (ownData/eraseAccount); again on an erased account changes nothing.
 * 401 anonymous; 404 an account the caller cannot read or that does not exist; 403 one they
 * read but are not an administrator for. 200 `{ id, displayName, accountStatus: 'erased' }`.
 */
export const eraseAccountOnRequest: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to erase accounts.', 401, undefined, true)
    const id = req.routeParams?.id
    const kind = idKindOf({
      db: req.payload.db,
      fields: req.payload.collections.users.config.flattenedFields,
    })
    if (!isValidId({ id, kind })) throw notFound()
    if (!hasRole(req.user, 'admin')) {
      if (!(await callerCanReadAccount({ req, id: id as number | string }))) throw notFound()
      throw new APIError('Only administrators erase accounts on request.', 403, undefined, true)
    }
    const erased = await runErasure({ id: id as number | string, req })
    if (!erased) throw notFound()
    return Response.json({ ...erased, accountStatus: 'erased' }, { headers: req.responseHeaders })
  },
}
