import { jwtSign } from 'payload'

/**
 * Signs a session token that carries only what finding the session needs: the account's id,
 * its collection and the session id. Nothing personal (Payload's own tokens add the e-mail),
 * since a JWT is readable by whoever holds it: logs, proxies, browser extensions.
 */
export const signSessionToken = ({
  collection,
  id,
  secret,
  sid,
  tokenExpiration,
}: {
  collection: string
  id: number | string
  secret: string
  sid?: null | string
  tokenExpiration: number
}): Promise<{ exp: number; token: string }> =>
  jwtSign({ fieldsToSign: { id, collection, ...(sid ? { sid } : {}) }, secret, tokenExpiration })
