import crypto from 'node:crypto'

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

/**
 * Whether `password` is the account's, checked the way Payload's local strategy checks it (its
 * current hash format and the legacy one); Payload does not export that check. Timing-safe.
 */
export const isAccountPassword = async ({
  hash,
  password,
  salt,
}: {
  hash?: unknown
  password: string
  salt?: unknown
}): Promise<boolean> => {
  if (typeof hash !== 'string' || typeof salt !== 'string' || !hash || !salt) return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const given = current
    ? await pbkdf2(password, salt, 600_000, 32)
    : await pbkdf2(password, salt, 25_000, 512)
  return given.length === stored.length && crypto.timingSafeEqual(given, stored)
}
