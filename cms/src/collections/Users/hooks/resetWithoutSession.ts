import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

/** Set in `req.context` while a password reset runs, and what refuseInactiveLogin found then. */
export const PASSWORD_RESET = 'passwordReset'
export const INACTIVE_AFTER_RESET = 'inactiveAfterReset'

/**
 * A password reset signs the person in (Payload adds a session and a token). For an account that
 * may not sign in (waiting for approval, rejected, deactivated) the new password is kept but the
 * session is not: refuseInactiveLogin lets the reset through, and this takes the session and the
 * token away again, in the reset's own transaction.
 */
export const resetWithoutSession: {
  beforeOperation: CollectionBeforeOperationHook
  afterOperation: CollectionAfterOperationHook
} = {
  beforeOperation: ({ args, operation, req }) => {
    if (operation === 'resetPassword') req.context[PASSWORD_RESET] = true
    return args
  },
  afterOperation: async ({ operation, req, result }) => {
    if (operation !== 'resetPassword' || !req.context[INACTIVE_AFTER_RESET]) return result
    const rest = { ...(result as Record<string, unknown> & { user?: { id?: number | string } }) }
    delete rest.token
    const id = rest.user?.id
    if (id !== undefined) {
      await req.payload.db.updateOne({
        collection: 'users',
        id,
        data: { sessions: [], updatedAt: null },
        req,
        returning: false,
      })
    }
    return rest as typeof result
  },
}
