import crypto from 'node:crypto'

const digest = (value: string) => crypto.createHash('sha256').update(value).digest()

/** Compares in constant time (hashing first, so the lengths always match). */
export const isSecretValid = ({
  expected,
  given,
}: {
  expected: string
  given: string | undefined
}): boolean =>
  Boolean(expected) && typeof given === 'string' && crypto.timingSafeEqual(digest(expected), digest(given))
