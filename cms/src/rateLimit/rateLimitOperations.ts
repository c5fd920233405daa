import type { CollectionBeforeOperationHook, TypedUser } from 'payload'

import { enforceRateLimit, type RateLimitName } from './enforceRateLimit'

type LimitedOperation = 'create' | 'delete' | 'forgotPassword' | 'login' | 'update'

const emailOf = (data: unknown): null | string => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : null
}

/**
 * A collection hook that rate-limits the given operations when they come from outside (REST or
 * GraphQL; the Local API is the server's own code). Login and password reset count per e-mail
 * address asked for, the rest per signed-in account; both also per client address.
 */
export const rateLimitOperations =
  ({
    limits,
    isExempt = () => false,
  }: {
    limits: Partial<Record<LimitedOperation, RateLimitName>>
    isExempt?: (user: null | TypedUser) => boolean
  }): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const limit = limits[operation as LimitedOperation]
    if (!limit || req.payloadAPI === 'local' || isExempt(req.user)) return args
    const account =
      operation === 'login' || operation === 'forgotPassword'
        ? emailOf((args as { data?: unknown }).data)
        : (req.user?.id ?? null)
    await enforceRateLimit({ account, limit, req })
    return args
  }
