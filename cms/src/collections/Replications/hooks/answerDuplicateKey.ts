import type { CollectionAfterErrorHook } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../../../contract/idOf'

/**
 * Two declarations of one unit for one practice at the same moment: the unique `uniqueKey`
 * refuses the second (the database's "must be unique"), answered as the same 409 naming the
 * existing replication as the sequential case.
 */
export const answerDuplicateKey: CollectionAfterErrorHook = async ({ error, req }) => {
  if (!(error instanceof ValidationError)) return
  const errors = (error.data as { errors?: { path?: string }[] } | undefined)?.errors ?? []
  if (!errors.some(({ path }) => path === 'uniqueKey')) return
  const unit = idOf(req.user?.unit)
  const body = (req.data ?? {}) as { practice?: unknown }
  const practice = idOf(body.practice)
  const found =
    unit === null || practice === null
      ? null
      : (
          await req.payload.find({
            collection: 'replications',
            where: { and: [{ practice: { equals: practice } }, { unit: { equals: unit } }] },
            limit: 1,
            pagination: false,
            depth: 0,
            overrideAccess: true,
            select: {},
          })
        ).docs[0]
  const message = found
    ? `Your unit already declared replicating this practice (replication ${String(found.id)}): update that one instead.`
    : 'Your unit already declared replicating this practice.'
  return { response: { errors: [{ message, data: { existing: found?.id ?? null } }] }, status: 409 }
}
