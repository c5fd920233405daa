import type { PayloadRequest } from 'payload'

import { settings } from '../settings'
import { clientAddress } from './clientAddress'
import { enforceRateLimit } from './enforceRateLimit'
import { rateLimitStoreOf } from './rateLimitStoreOf'

/** How much later an attempt is answered once its e-mail address is over RATE_LIMIT_LOGIN_EMAIL. */
export const LOGIN_SLOWDOWN_MS = 3000

/**
 * Sign-in throttling that strangers cannot turn into a lockout. RATE_LIMIT_LOGIN refuses (429)
 * per e-mail address *and* client address, and per client address at the address factor, so
 * whoever hammers an account from their address is stopped there while its owner, from theirs,
 * still signs in. Across all addresses an e-mail only slows down (RATE_LIMIT_LOGIN_EMAIL): each
 * attempt over it is answered LOGIN_SLOWDOWN_MS later, never refused. Counted by the e-mail
 * asked for, whether an account has it or not, so every answer is the same for both. Without a
 * known client address (TRUST_PROXY unset) all callers share one, and the first limit becomes
 * per e-mail again.
 */
export const throttleLogin = async ({ email, req }: { email: string; req: PayloadRequest }) => {
  const address = clientAddress({ req }) ?? 'unknown address'
  await enforceRateLimit({ account: `${email} from ${address}`, limit: 'login', req })
  const slow = settings.rateLimits.loginEmail
  if (!slow) return
  const { retryAfterSeconds } = await rateLimitStoreOf(req.payload).hit({
    key: `login-email:${email}`,
    rule: slow,
  })
  if (retryAfterSeconds > 0) await new Promise((resolve) => setTimeout(resolve, LOGIN_SLOWDOWN_MS))
}
