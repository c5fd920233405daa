import type { CollectionAfterChangeHook, TypedUser } from 'payload'

import { transition } from '@redcloud/plugin-staged-approval'

/**
 * A declaration goes straight to its unit's validators: it is submitted for confirmation in
 * the same transaction that creates it (a declaration has nothing left to complete). The demo
 * data, created without a user, walks its own way.
 */
export const submitDeclaration: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.user) return doc
  await transition({
    payload: req.payload,
    req,
    collection: 'replications',
    id: doc.id,
    action: 'submit',
    user: req.user as TypedUser,
  })
  return req.payload.findByID({
    collection: 'replications',
    id: doc.id,
    depth: 0,
    req,
    draft: true,
    overrideAccess: true,
  })
}
