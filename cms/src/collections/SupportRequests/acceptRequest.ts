import type { DuringTransition } from '@redcloud/plugin-staged-approval'

import { hasRole } from '../../access/hasRole'

/**
 * The desk's acceptance publishes the request and starts the work: progress becomes
 * "in progress" and, when nobody is assigned yet, the desk officer who accepted it takes it.
 */
export const acceptRequest: DuringTransition = ({ action, doc, to, user }) => {
  if (action !== 'approve' || to !== 'published') return
  const assigned = doc.deskOfficer !== null && doc.deskOfficer !== undefined
  const takes = !assigned && hasRole(user, 'deskOfficer')
  return {
    progress: 'inProgress',
    ...(takes
      ? {
          deskOfficer: user.id,
          deskOfficerName: String((user as { displayName?: unknown }).displayName ?? ''),
        }
      : {}),
  }
}
