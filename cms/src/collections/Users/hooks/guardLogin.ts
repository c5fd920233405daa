import type { CollectionBeforeOperationHook } from 'payload'

import { pbkdf2 } from 'crypto'

import { throttleLogin } from '../../../rateLimit/throttleLogin'

// Payload's current password hash (pbkdf2-sha256-v1): verifying a password costs one of these.
const HASH_ITERATIONS = 600_000
const HASH_KEY_LENGTH = 32

const spendHashTime = (password: string) =>
  new Promise<void>((resolve) => {
    pbkdf2(password, 'redcloud-no-such-account', HASH_ITERATIONS, HASH_KEY_LENGTH, 'sha256', () => resolve())
  })

type StoredAccount = { id: number | string; hash?: null | string }

/**
 * Login from outside (REST, GraphQL, the admin panel's form): throttled (throttleLogin), and as
 * slow for an unknown e-mail as for a wrong password, so timing does not tell which addresses
 * have accounts. Payload answers an unknown e-mail at once and only hashes for known ones: here
 * an unknown one (or one without a password) is hashed once too. Payload's own lockout is off
 * (maxLoginAttempts: 0, which also drops its lock fields), so "locked" is never an answer that
 * only real accounts get.
 */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  const password = data?.password
  // Payload answers these with the same validation error for every e-mail.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  await throttleLogin({ email, req })
  const user = await req.payload.db.findOne<StoredAccount>({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  if (!user || typeof user.hash !== 'string') await spendHashTime(password)
  return args
}
