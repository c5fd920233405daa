import type { Endpoint, PayloadRequest } from 'payload'

import {
  addDataAndFileToRequest,
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
} from 'payload'

import { hasRole } from '../../../access/hasRole'
import { idKindOf } from '../../../input/idKindOf'
import { isValidId } from '../../../input/isValidId'
import { getUnitSubtree } from '../../../utilities/getUnitSubtree'
import { sameId } from '../../../utilities/sameId'
import { sendAccountEmail } from '../sendAccountEmail'
import { callerCanReadAccount } from '../callerCanReadAccount'

const COMMENT_MAX_LENGTH = 1000

type Account = {
  id: number | string
  email?: string
  unit?: unknown
  preferredLanguage?: string
  accountStatus?: string
  _verified?: boolean | null
}

const notFound = () => new APIError('Not found.', 404, undefined, true)

/** Admins decide on every registration; a validator on those whose unit is in their subtree. */
const mayDecide = async ({ account, req }: { account: Account; req: PayloadRequest }): Promise<boolean> => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'validator')) return false
  const subtree = await getUnitSubtree({ req, unit: req.user?.unit })
  return subtree.some((id) => sameId(id, account.unit))
}

const readInput = (data: unknown): { decision: 'approve' | 'reject'; comment: null | string } => {
  const { decision, comment } = (data ?? {}) as { decision?: unknown; comment?: unknown }
  if (decision !== 'approve' && decision !== 'reject') {
    const message = 'The decision must be "approve" or "reject".'
    throw new APIError(message, 400, [{ path: 'decision', message }], true)
  }
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    throw new APIError(
      'The comment must be text.',
      400,
      [{ path: 'comment', message: 'The comment must be text.' }],
      true,
    )
  }
  const text = comment?.trim() || null
  if (text && text.length > COMMENT_MAX_LENGTH) {
    const message = `The comment can be at most ${COMMENT_MAX_LENGTH} characters long.`
    throw new APIError(message, 400, [{ path: 'comment', message }], true)
  }
  return { decision, comment: text }
}

/**
 * POST /api/users/:id/account-decision with `{ decision: 'approve' | 'reject', comment? }`: an
 * admin, or a validator whose subtree holds the account's unit, decides on a registration whose
 * e-mail address is confirmed. Approval makes the account active with the member role only
 * (other roles are an admin's to give); rejection closes it. The person is e-mailed the decision
 * in their language. 401 anonymous; 404 an account the caller cannot read (nothing said about
 * whether it exists); 403 one the caller reads but may not decide on; 409 an account that is
 * not waiting for a decision.
 */
export const accountDecision: Endpoint = {
  path: '/:id/account-decision',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to decide on registrations.', 401, undefined, true)
    const id = req.routeParams?.id
    const kind = idKindOf({
      db: req.payload.db,
      fields: req.payload.collections.users.config.flattenedFields,
    })
    if (!isValidId({ id, kind })) throw notFound()
    await addDataAndFileToRequest(req)
    const { decision, comment } = readInput(req.data)
    const shouldCommit = await initTransaction(req)
    let account: Account
    try {
      if (!(await callerCanReadAccount({ req, id: id as number | string }))) throw notFound()
      // The status and address are read on the server's own authority, after the check above.
      account = (await req.payload.db.findOne<Account>({
        collection: 'users',
        req,
        where: { id: { equals: id } },
      })) as Account
      if (!account || !(await mayDecide({ account, req }))) {
        throw new APIError('You cannot decide on this registration.', 403, undefined, true)
      }
      if (account.accountStatus !== 'pending' || account._verified !== true) {
        throw new APIError('This account is not waiting for a decision.', 409, undefined, true)
      }
      // The decision is authorised above: validators have no update access to accounts.
      await req.payload.update({
        collection: 'users',
        id: account.id,
        data: {
          accountStatus: decision === 'approve' ? 'active' : 'rejected',
          accountDecisionComment: comment,
          ...(decision === 'approve' ? { roles: ['member' as const] } : {}),
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    await sendAccountEmail({
      comment,
      kind: decision === 'approve' ? 'approved' : 'rejected',
      payload: req.payload,
      to: account,
    })
    return Response.json(
      { id: account.id, accountStatus: decision === 'approve' ? 'active' : 'rejected' },
      { headers: req.responseHeaders },
    )
  },
}
