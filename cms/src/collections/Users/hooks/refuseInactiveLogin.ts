import type { CollectionBeforeLoginHook } from 'payload'

import { APIError } from 'payload'

import type { AccountStatus } from '../../../contract/accountStatuses'
import { INACTIVE_AFTER_RESET, PASSWORD_RESET } from './resetWithoutSession'

/** What sign-in (password or single sign-on) answers the owner of an account that may not sign in. */
export const REFUSALS: Record<Exclude<AccountStatus, 'active'>, string> = {
  pending: 'Your account is waiting for approval by your unit.',
  rejected: 'Your registration was not approved by your unit.',
  deactivated: 'This account has been deactivated.',
  erased: 'This account has been deactivated.',
}

/**
 * Only active accounts sign in. Runs after the password was checked, so only the account's owner
 * learns its status; the refusal rolls back the session just added. `data.accountStatus` lets
 * the site say it in the person's language. A password reset keeps its new password and loses
 * its session instead (resetWithoutSession). An account stored before statuses existed counts as
 * active.
 */
export const refuseInactiveLogin: CollectionBeforeLoginHook = ({ req, user }) => {
  const status = ((user as { accountStatus?: unknown }).accountStatus ?? 'active') as AccountStatus
  if (status === 'active') return user
  if (req.context[PASSWORD_RESET] === true) {
    req.context[INACTIVE_AFTER_RESET] = status
    return user
  }
  const message = REFUSALS[status] ?? REFUSALS.deactivated
  throw new APIError(message, 403, { accountStatus: status }, true)
}
