import type { Config, Endpoint } from 'payload'

import { hasRole } from '../access/hasRole'
import { enforceRateLimit } from './enforceRateLimit'

/**
 * Rate-limits workflow decisions sent by members (submit, resubmit, withdraw) from the CMS side:
 * wraps the staged-approval plugin's POST /api/<collection>/:id/workflow endpoint. Validators and
 * admins work through queues and are not limited.
 */
export const rateLimitWorkflow = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    endpoints:
      collection.endpoints === false
        ? false
        : (collection.endpoints ?? []).map((endpoint): Endpoint =>
            endpoint.path === '/:id/workflow' && endpoint.method === 'post'
              ? {
                  ...endpoint,
                  handler: async (req) => {
                    if (!hasRole(req.user, 'validator', 'admin')) {
                      await enforceRateLimit({ account: req.user?.id ?? null, limit: 'submissions', req })
                    }
                    return endpoint.handler(req)
                  },
                }
              : endpoint,
          ),
  })),
})
