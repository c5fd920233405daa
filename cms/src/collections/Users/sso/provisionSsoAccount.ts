import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'
import { randomBytes } from 'crypto'

import type { SsoProvisionMode } from '../../../settings'
import type { SsoProfile } from './ssoProfile'

import { settings } from '../../../settings'
import { MEMBER_ONLY } from '../hooks/protectFirstUser'

type Account = NonNullable<PayloadRequest['user']> & { roles?: null | string[] }

/** First sign-ins in progress in this process, by e-mail address. */
const inProgress = new Map<string, Promise<unknown>>()

const findAccount = (req: PayloadRequest, email: string) =>
  req.payload.db.findOne<Account>({ collection: 'users', req, where: { email: { equals: email } } })

/**
 * A double click at the provider sends two first sign-ins at once: the second waits for the
 * first here and then finds its account, instead of racing it to the unique e-mail (on SQLite,
 * its failing create would also hold the one write lock while the first opens its session).
 */
const oneAtATime = async <T>(email: string, run: () => Promise<T>): Promise<T> => {
  const previous = inProgress.get(email)
  const mine = (previous ?? Promise.resolve()).catch(() => {}).then(run)
  inProgress.set(email, mine)
  try {
    return await mine
  } finally {
    if (inProgress.get(email) === mine) inProgress.delete(email)
  }
}

/** Lost the race to another instance that has not committed yet: the API guard runs the request again. */
const retryLater = (error: unknown) =>
  Object.assign(
    new APIError('Another sign-in is creating this account. Try again in a moment.', 503, undefined, true),
    { errorLabels: ['TransientTransactionError'], cause: error },
  )

/** The create itself, once no account has this address (see provisionSsoAccount). */
const createAccount = async ({
  mode,
  profile,
  req,
}: {
  mode: Exclude<SsoProvisionMode, 'off'>
  profile: SsoProfile
  req: PayloadRequest
}): Promise<Account | null> => {
  const unit = await req.payload.db.findOne<{ id: number | string }>({
    collection: 'units',
    req,
    where: { code: { equals: profile.unitCode } },
  })
  if (!unit) return null
  try {
    await req.payload.create({
      collection: 'users',
      // Not the first-register rule that makes the very first account an administrator.
      context: { [MEMBER_ONLY]: true },
      data: {
        email: profile.email,
        // Letters, digits and a dash whatever the random bytes: the password policy always holds.
        password: `sso-${randomBytes(32).toString('base64url')}-7`,
        displayName: profile.displayName,
        unit: unit.id as number,
        preferredLanguage: profile.preferredLanguage ?? settings.defaultLocale,
        roles: ['member'],
        accountStatus: mode,
        _verified: true,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    const raced = await findAccount(req, profile.email)
    if (raced) return raced
    const errors = (error as { data?: { errors?: { path?: unknown }[] } }).data?.errors ?? []
    // Payload's "email taken" without the account in sight: another instance's create not yet committed.
    throw errors.some(({ path }) => path === 'email') ? retryLater(error) : error
  }
  // Read back as the endpoint reads every account (the sessions field included).
  return findAccount(req, profile.email)
}

/**
 * Creates the account of someone single sign-on does not know yet, from the checked claims: a
 * member of the unit with the claimed code, confirmed (the provider vouched for the address),
 * `pending` or `active` as SSO_PROVISION says, with a random password nobody knows (a password
 * of their own is a reset away). Null when no unit has that code. Built field by field, so no
 * claim ever sets roles, status or anything else; access control is off because nobody is signed
 * in. When the same person's other sign-in created the account a moment earlier (the e-mail is
 * unique), that account is returned instead: linked, never duplicated.
 */
export const provisionSsoAccount = async ({
  mode,
  profile,
  req,
}: {
  mode: Exclude<SsoProvisionMode, 'off'>
  profile: SsoProfile
  req: PayloadRequest
}): Promise<Account | null> =>
  oneAtATime(profile.email, async () => {
    const existing = await findAccount(req, profile.email)
    if (existing) return existing
    return createAccount({ mode, profile, req })
  })
