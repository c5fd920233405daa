import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Training } from '../../payload-types'

/** The training of an apply or withdraw request (`:id`), or a 404 naming it. */
export const findTraining = async (req: PayloadRequest): Promise<Training> => {
  const id = req.routeParams?.id as number | string | undefined
  const training =
    id === undefined
      ? null
      : await req.payload.findByID({
          collection: 'trainings',
          id,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
  if (!training) throw new APIError(`Training ${String(id)} not found.`, 404, undefined, true)
  return training
}
