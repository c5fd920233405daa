import type { IdType } from '../cmsIdFromText'
import { cmsUrl } from '../cmsUrl'
import { idTypeOf } from '../idTypeOf'

/** The signed-in person as an on-demand page needs them: no e-mail or other personal fields. */
export interface SessionUser {
  id: string
  displayName: string
  roles: string[]
  unit: { id: string; name: string } | null
  preferredLanguage: null | string
  /** The CMS database's id type, as this account's own id shows it. */
  idType: IdType
}

/** The name of the CMS's session cookie (Payload's default prefix). */
export const SESSION_COOKIE = 'payload-token'

/**
 * Who is signed in, asked of the CMS with the visitor's own session token (so a revoked or
 * expired session is refused there, on the next request), or null.
 */
export const sessionUser = async ({
  token,
  env = process.env,
  fetchImpl = fetch,
}: {
  token: string | undefined
  env?: Record<string, string | undefined>
  fetchImpl?: typeof fetch
}): Promise<null | SessionUser> => {
  if (!token) return null
  const response = await fetchImpl(`${cmsUrl(env)}/api/users/me?depth=1`, {
    headers: { Authorization: `JWT ${token}`, Accept: 'application/json' },
  })
  if (!response.ok) return null
  const { user } = (await response.json()) as { user?: Record<string, unknown> | null }
  if (!user) return null
  const unit =
    user.unit && typeof user.unit === 'object' ? (user.unit as { id: unknown; name?: unknown }) : null
  return {
    id: String(user.id),
    displayName: typeof user.displayName === 'string' ? user.displayName : '',
    roles: Array.isArray(user.roles) ? user.roles.map(String) : [],
    unit: unit ? { id: String(unit.id), name: String(unit.name ?? '') } : null,
    preferredLanguage: typeof user.preferredLanguage === 'string' ? user.preferredLanguage : null,
    idType: idTypeOf(user.id),
  }
}
