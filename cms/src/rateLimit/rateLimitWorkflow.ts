import type { BeforeTransitionArgs } from '@redcloud/plugin-staged-approval'

import { hasRole } from '../access/hasRole'
import { enforceRateLimit } from './enforceRateLimit'

/**
 * Rate-limits workflow requests sent by members (submit, resubmit, withdraw), as the
 * staged-approval plugin's beforeTransition: it counts every well-formed request, refused ones
 * included, before the transition's transaction. Validators and admins work through queues and
 * are not limited, nor is the server's own code (the Local API: the demo data's walks, which
 * submit more services and measurements per volunteer than a person would in an hour).
 */
export const rateLimitWorkflow = async ({ req, user }: BeforeTransitionArgs): Promise<void> => {
  if (hasRole(user, 'validator', 'admin') || req.payloadAPI === 'local') return
  await enforceRateLimit({ account: user.id, limit: 'submissions', req })
}
