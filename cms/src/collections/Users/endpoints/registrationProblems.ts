import type { PayloadRequest } from 'payload'

import { email as payloadEmail } from 'payload/shared'

import { LOCALES, type Locale } from '../../../contract/locales'
import { passwordProblem } from '../../../contract/passwordProblem'
import { findUnsafeCharacter } from '../../../fields/findUnsafeCharacter'
import { idKindOf } from '../../../input/idKindOf'
import { isValidId } from '../../../input/isValidId'

export const NAME_MAX_LENGTH = 80
const EMAIL_MAX_LENGTH = 320

/** What POST /api/users/register takes, read from the body and nothing else. */
export type Registration = {
  name: string
  email: string
  password: string
  unit: number | string
  language: Locale
}

type Problem = { path: string; message: string }

/**
 * Checks a registration before anything is answered (the account is created after the answer,
 * so whatever the database would refuse is refused here): every field's problem, named by its
 * path, or the registration to create.
 */
export const registrationProblems = async ({
  body,
  req,
}: {
  body: Record<string, unknown>
  req: PayloadRequest
}): Promise<{ problems: Problem[]; registration: null | Registration }> => {
  const problems: Problem[] = []
  const name = typeof body.name === 'string' ? body.name.trim() : ''
  if (!name) problems.push({ path: 'name', message: 'Your name is required.' })
  else if (name.length > NAME_MAX_LENGTH)
    problems.push({ path: 'name', message: `The name can be at most ${NAME_MAX_LENGTH} characters long.` })
  else {
    const unsafe = findUnsafeCharacter({ text: name, multiline: false, allowZeroWidth: false })
    if (unsafe) problems.push({ path: 'name', message: `The name contains ${unsafe}.` })
  }

  const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : ''
  const emailValid =
    email.length > 0 &&
    email.length <= EMAIL_MAX_LENGTH &&
    payloadEmail(email, { req, required: true } as never) === true
  if (!emailValid)
    problems.push({ path: 'email', message: 'Enter a valid e-mail address, like name@example.org.' })

  const password = typeof body.password === 'string' ? body.password : ''
  const weak = typeof body.password === 'string' ? passwordProblem(password) : 'A password is required.'
  if (weak) problems.push({ path: 'password', message: weak })

  const unitKind = idKindOf({
    db: req.payload.db,
    fields: req.payload.collections.units.config.flattenedFields,
  })
  const unitId =
    isValidId({ id: body.unit, kind: unitKind }) &&
    (typeof body.unit === 'string' || typeof body.unit === 'number')
      ? unitKind === 'number'
        ? Number(body.unit)
        : String(body.unit)
      : null
  const unit =
    unitId === null
      ? null
      : await req.payload.db.findOne<{ id: number | string }>({
          collection: 'units',
          req,
          where: { id: { equals: unitId } },
        })
  if (!unit) problems.push({ path: 'unit', message: 'Choose your unit from the list.' })

  const language = LOCALES.find((locale) => locale === body.language)
  if (!language)
    problems.push({ path: 'language', message: `The language must be one of ${LOCALES.join(', ')}.` })

  if (body.acceptTerms !== true && body.acceptTerms !== 'true') {
    problems.push({ path: 'acceptTerms', message: 'Accept the terms of use to register.' })
  }

  if (problems.length > 0 || !unit || !language) return { problems, registration: null }
  return { problems, registration: { name, email, password, unit: unit.id, language } }
}
