import type { Endpoint, Payload } from 'payload'

import { addDataAndFileToRequest, APIError, ValidationError } from 'payload'

import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { MEMBER_ONLY } from '../hooks/protectFirstUser'
import { SELF_REGISTRATION } from '../hooks/sendVerificationOnlyOnRegistration'
import { sendAccountEmail } from '../sendAccountEmail'
import { verifyEmailMessage } from '../verifyEmailMessage'
import { registrationProblems, type Registration } from './registrationProblems'

type StoredAccount = {
  id: number | string
  email?: string
  preferredLanguage?: string
  _verified?: boolean | null
  _verificationToken?: null | string
}

/** The one answer to every registration that passes the checks, known e-mail or not. */
export const REGISTRATION_ACCEPTED =
  'Thank you. Check your e-mail: the message we sent tells you how to go on.'

/**
 * What follows the answer: a new address becomes a pending account whose owner gets Payload's
 * verification link; an address registered but never confirmed gets its link again; the owner of
 * an address that already has an account is told someone tried to register with it. Access
 * control is off for the create on purpose: nobody is signed in, and the data is built field by
 * field from the checked registration, never from the body.
 */
const completeRegistration = async ({
  payload,
  registration,
}: {
  payload: Payload
  registration: Registration
}) => {
  const existing = await payload.db.findOne<StoredAccount>({
    collection: 'users',
    where: { email: { equals: registration.email } },
  })
  if (existing?._verified === false && existing._verificationToken) {
    // Registered before and never confirmed: the same link again (the first e-mail may be lost).
    const args = { token: existing._verificationToken, user: existing }
    await payload.sendEmail({
      to: existing.email,
      subject: verifyEmailMessage.generateEmailSubject(args),
      html: verifyEmailMessage.generateEmailHTML(args),
    })
    return
  }
  if (existing) {
    await sendAccountEmail({ kind: 'existing', payload, to: existing })
    return
  }
  await payload.create({
    collection: 'users',
    // never the first administrator, even on an empty database (protectFirstUser)
    context: { [SELF_REGISTRATION]: true, [MEMBER_ONLY]: true },
    data: {
      email: registration.email,
      password: registration.password,
      displayName: registration.name,
      unit: registration.unit as number,
      preferredLanguage: registration.language,
      roles: ['member'],
      accountStatus: 'pending',
      _verified: false,
      termsAcceptedAt: new Date().toISOString(),
    },
    depth: 0,
    overrideAccess: true,
  })
}

/**
 * POST /api/users/register with `{ name, email, password, unit, language, acceptTerms }`: a
 * volunteer registers. 400 names every field that is wrong; 429 over RATE_LIMIT_REGISTER (per
 * e-mail address asked for, and per client address). Otherwise 202 with the same body whether or
 * not the address has an account, answered before any work that depends on it, so neither the
 * body nor the time tells. Any other field in the body (roles, status, unit of someone else…) is
 * ignored.
 */
export const register: Endpoint = {
  path: '/register',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const body = req.data
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new APIError('Send the registration as a JSON object.', 400, undefined, true)
    }
    const rawEmail = (body as { email?: unknown }).email
    const account = typeof rawEmail === 'string' ? rawEmail.trim().toLowerCase().slice(0, 320) : null
    await enforceRateLimit({ account, limit: 'register', req })
    const { problems, registration } = await registrationProblems({
      body: body as Record<string, unknown>,
      req,
    })
    if (!registration) throw new ValidationError({ collection: 'users', errors: problems, req })
    const { payload } = req
    void completeRegistration({ payload, registration }).catch((err: unknown) =>
      payload.logger.error({ err, msg: 'Registration failed after it was answered' }),
    )
    return Response.json({ message: REGISTRATION_ACCEPTED }, { status: 202, headers: req.responseHeaders })
  },
}
