import type { CollectionBeforeChangeHook } from 'payload'

/**
 * `first-register` writes with access control off and takes any field from its body. The very
 * first account is the administrator who sets RedCloud up, whatever the body said.
 */
export const protectFirstUser: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) {
    return { ...data, roles: ['admin', 'member'] }
  }
  return data
}
