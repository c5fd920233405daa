import type { PayloadRequest, Where } from 'payload'

import { hasRole } from '../access/hasRole'
import { readShiftClaims } from '../access/readShiftClaims'

type Reader = (req: PayloadRequest) => boolean | Promise<boolean | Where> | Where

/**
 * Who reads the claims on one collection's items, besides the claimant (always their own) and
 * admins (all): `true` for all of that collection's claims, a `where` on the claims for some.
 * A collection that uses the capacity rule adds its line here (shifts: the unit's coordinators).
 */
export const claimReaders: Record<string, Reader> = {
  trainings: (req) => hasRole(req.user, 'contentManager'),
  shifts: readShiftClaims,
}
