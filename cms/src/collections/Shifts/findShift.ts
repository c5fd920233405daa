import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Shift } from '../../payload-types'

/** The shift of a sign-up, cancel or roster request (`:id`), or a 404 naming it. */
export const findShift = async (req: PayloadRequest): Promise<Shift> => {
  const id = req.routeParams?.id as number | string | undefined
  const shift =
    id === undefined
      ? null
      : await req.payload.findByID({
          collection: 'shifts',
          id,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
  if (!shift) throw new APIError(`Shift ${String(id)} not found.`, 404, undefined, true)
  return shift
}
