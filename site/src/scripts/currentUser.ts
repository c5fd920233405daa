import type { IdType } from '../lib/cmsIdFromText'
import { idTypeOf } from '../lib/idTypeOf'

/** The signed-in person as the browser sees them (their own account, from /api/users/me). */
export interface CurrentUser {
  id: string
  displayName: string
  /** The CMS database's id type, as this account's own id shows it. */
  idType: IdType
}

let asked: Promise<CurrentUser | null> | undefined

/**
 * Who is signed in, asked once per page of the CMS on this same origin (the session cookie is
 * HttpOnly: only the server can read it). Null when nobody is, or the CMS cannot be reached.
 */
export const currentUser = (): Promise<CurrentUser | null> =>
  (asked ??= fetch('/api/users/me?depth=0', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((body: { user?: { id?: unknown; displayName?: unknown } | null } | null) =>
      body?.user?.id === undefined || body.user.id === null
        ? null
        : {
            id: String(body.user.id),
            displayName: String(body.user.displayName ?? ''),
            idType: idTypeOf(body.user.id),
          },
    )
    .catch(() => null))
