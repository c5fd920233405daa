import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../../../access/hasRole'

/**
 * GET /api/users/pending: the registrations waiting for the caller's decision, oldest first —
 * every confirmed pending account for an admin, those of the validator's subtree for a
 * validator (the users' read access already scopes them). 401 anonymous, 403 anyone else.
 * `?page=` pages through them, at most 100 a page.
 */
export const pendingAccounts: Endpoint = {
  path: '/pending',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to see registrations.', 401, undefined, true)
    if (!hasRole(req.user, 'admin', 'validator')) {
      throw new APIError('Only validators and administrators decide on registrations.', 403, undefined, true)
    }
    const page = Math.max(1, Math.min(10_000, Number(req.searchParams.get('page')) || 1))
    const result = await req.payload.find({
      collection: 'users',
      depth: 0,
      limit: 100,
      page,
      overrideAccess: false,
      req,
      select: {
        displayName: true,
        unit: true,
        preferredLanguage: true,
        accountStatus: true,
        createdAt: true,
      },
      sort: 'createdAt',
      user: req.user,
      where: { and: [{ accountStatus: { equals: 'pending' } }, { _verified: { equals: true } }] },
    })
    return Response.json(
      {
        docs: result.docs,
        totalDocs: result.totalDocs,
        page: result.page,
        totalPages: result.totalPages,
      },
      { headers: req.responseHeaders },
    )
  },
}
