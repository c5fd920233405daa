import type { CollectionAfterOperationHook } from 'payload'

import { signSessionToken } from '../signSessionToken'

/** Where each operation that signs a token returns it. */
const TOKEN_KEYS: Partial<Record<string, 'refreshedToken' | 'token'>> = {
  login: 'token',
  refresh: 'refreshedToken',
  resetPassword: 'token',
}

const claimsOf = (token: string): Record<string, unknown> => {
  const part = token.split('.')[1] ?? ''
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>
}

/**
 * Payload signs its tokens with the e-mail address in them (getFieldsToSign always adds it) and
 * offers no option to leave it out: the token Payload just signed is signed again here, keeping
 * only id, collection and session id. Login, refresh and reset-password are the operations that
 * sign tokens; their REST, GraphQL and admin routes set the cookie from this result.
 */
export const signMinimalTokens: CollectionAfterOperationHook = async ({
  collection,
  operation,
  req,
  result,
}) => {
  const key = TOKEN_KEYS[operation]
  const current = key ? (result as Record<string, unknown> | null)?.[key] : undefined
  if (!key || typeof current !== 'string') return result
  const { id, sid } = claimsOf(current)
  if (typeof id !== 'number' && typeof id !== 'string') return result
  const { exp, token } = await signSessionToken({
    collection: collection.slug,
    id,
    secret: req.payload.secret,
    sid: typeof sid === 'string' ? sid : null,
    tokenExpiration: collection.auth.tokenExpiration,
  })
  const signed = { ...(result as Record<string, unknown>), [key]: token }
  if ('exp' in signed) signed.exp = exp
  return signed as typeof result
}
