import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../contract/idOf'

/** Comments, likes and replications attach to published practices only. */
export const assertPublishedPractice = async ({
  collection,
  practice,
  req,
}: {
  collection: 'comments' | 'likes' | 'replications'
  practice: unknown
  req: PayloadRequest
}): Promise<void> => {
  const id = idOf(practice)
  const found =
    id === null
      ? null
      : await req.payload
          .find({
            collection: 'practices',
            depth: 0,
            limit: 1,
            pagination: false,
            req,
            select: {},
            where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
          })
          .then((result) => result.docs[0] ?? null)
  if (!found) {
    throw new ValidationError({
      collection,
      errors: [{ path: 'practice', message: 'Choose a published practice.' }],
      req,
    })
  }
}
