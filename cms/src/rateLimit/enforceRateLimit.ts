import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { settings } from '../settings'
import { isRepeatedAttempt } from '../transactions/repeatedAttempts'
import { clientAddress } from './clientAddress'
import { rateLimitStoreOf } from './rateLimitStoreOf'

export type RateLimitName = keyof typeof settings.rateLimits

const waitText = (seconds: number) =>
  seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`

/**
 * Counts one request against the limit `limit`, per client address and per account, and
 * answers 429 with Retry-After when either is over it. A request the API guard runs again after
 * a transient transaction conflict was counted on its first attempt.
 */
export const enforceRateLimit = async ({
  account,
  limit,
  req,
}: {
  account?: null | number | string
  limit: RateLimitName
  req: PayloadRequest
}): Promise<void> => {
  const rule = settings.rateLimits[limit]
  if (!rule || isRepeatedAttempt(req)) return
  const address = clientAddress({ req })
  const store = rateLimitStoreOf(req.payload)
  const hits = [
    address === null
      ? null
      : store.hit({
          key: `${limit}:address:${address}`,
          rule: { max: rule.max * settings.rateLimitAddressFactor, windowMs: rule.windowMs },
        }),
    account === null || account === undefined || account === ''
      ? null
      : store.hit({ key: `${limit}:account:${String(account)}`, rule }),
  ]
  const results = await Promise.all(hits)
  const wait = Math.max(0, ...results.map((result) => result?.retryAfterSeconds ?? 0))
  if (wait === 0) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(wait))
  req.responseHeaders = headers
  throw new APIError(`Too many requests: please try again in ${waitText(wait)}.`, 429, undefined, true)
}
