import type { CollectionBeforeChangeHook } from 'payload'

/**
 * What RedCloud's own endpoints put in `req.context` when they create the account of someone who
 * signs themselves up (single sign-on provisioning): a member, even as the very first account.
 */
export const MEMBER_ONLY = 'memberOnly'

/**
 * `first-register` writes with access control off and takes any field from its body. The very
 * first account is the administrator who sets RedCloud up, whatever the body said.
 *
 * "Is there anyone?" is one unpaginated read of one user: this runs inside first-register's
 * transaction, where MongoDB refuses an unfiltered count (the adapter sends it as
 * estimatedDocumentCount) and a paginated find (count and find in parallel on one session).
 */
export const protectFirstUser: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user || req.context[MEMBER_ONLY] === true) return data
  const { docs } = await req.payload.find({
    collection: 'users',
    limit: 1,
    pagination: false,
    depth: 0,
    select: {},
    req,
  })
  if (docs.length === 0) {
    return { ...data, roles: ['admin', 'member'] }
  }
  return data
}
