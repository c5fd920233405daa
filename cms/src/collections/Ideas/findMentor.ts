import type { PayloadRequest, ValidationError } from 'payload'

import type { User } from '../../payload-types'
import { idKindOf } from '../../input/idKindOf'
import { isValidId } from '../../input/isValidId'

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}$/

/**
 * The active account a mentor assignment names: by `mentor` (an account id) or, from the admin
 * panel, by `mentorEmail` (the reviewer knows the person, not their id). Bad input is a 400 naming
 * the field it came in (`refuse`); an unknown or inactive account is refused the same way.
 */
export const findMentor = async ({
  req,
  body,
  refuse,
}: {
  req: PayloadRequest
  body: { mentor?: unknown; mentorEmail?: unknown }
  refuse: (message: string, path?: string) => ValidationError
}): Promise<User> => {
  if (body.mentor === undefined && body.mentorEmail !== undefined) {
    const email = typeof body.mentorEmail === 'string' ? body.mentorEmail.trim().toLowerCase() : ''
    if (!EMAIL.test(email)) throw refuse("Enter the mentor's e-mail address.", 'mentorEmail')
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const found = docs[0]
    if (!found || found.accountStatus !== 'active')
      throw refuse('The mentor must be an active account.', 'mentorEmail')
    return found
  }
  const userKind = idKindOf({
    db: req.payload.db,
    fields: req.payload.collections.users.config.flattenedFields,
  })
  if (!isValidId({ id: body.mentor, kind: userKind })) throw refuse('Choose the person who mentors the idea.')
  const mentor = await req.payload.findByID({
    collection: 'users',
    id: body.mentor as number | string,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!mentor || mentor.accountStatus !== 'active') throw refuse('The mentor must be an active account.')
  return mentor
}
