import { createHash, timingSafeEqual } from 'crypto'

/**
 * Whether `given` is the shared secret `expected`, compared in constant time (over SHA-256
 * digests, so neither the content nor the length leaks through timing). Never true when the
 * secret is not configured.
 */
export const isSharedSecret = ({
  given,
  expected,
}: {
  given: null | string
  expected: null | string
}): boolean => {
  if (!expected || !given) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}
