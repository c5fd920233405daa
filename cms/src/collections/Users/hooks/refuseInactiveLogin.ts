import type { CollectionBeforeLoginHook } from 'payload'

import { APIError } from 'payload'

import type { AccountStatus } from '../../../contract/accountStatuses'

const REFUSALS: Record<Exclude<AccountStatus, 'active'>, string> = {
  pending: 'Your account is waiting for approval by your unit.',
  rejected: 'Your registration was not approved by your unit.',
  deactivated: 'This account has been deactivated.',
}

/**
 * Only active accounts sign in (password login and the sign-in that follows a password reset).
 * Runs after the password was checked, so only the account's owner learns its status; the
 * refusal rolls back the session just added. `data.accountStatus` lets the site say it in the
 * person's language. An account stored before statuses existed counts as active.
 */
export const refuseInactiveLogin: CollectionBeforeLoginHook = ({ user }) => {
  const status = ((user as { accountStatus?: unknown }).accountStatus ?? 'active') as AccountStatus
  if (status === 'active') return user
  const message = REFUSALS[status] ?? REFUSALS.deactivated
  throw new APIError(message, 403, { accountStatus: status }, true)
}
