import type { translator } from '../translator'
import type { CmsAuthResult } from './cmsAuth'
import { waitText } from './waitText'

/** What an account page shows, and answers with, when the CMS did not open the door. */
export interface AccountFailure {
  /** `refused`: the CMS said no, in the page's own words; the other two read alike on every page. */
  kind: 'rateLimited' | 'refused' | 'unavailable'
  message: string
  status: number
  /** The wait of a 429, for its Retry-After header. */
  retryAfterSeconds?: number
}

/**
 * The one reading of the CMS's answers for the account pages (sign-in, forgotten password,
 * reset, single sign-on): a rate limit is shown with its wait (429), a CMS that cannot be reached
 * as such (503), and any refusal — unknown e-mail, wrong password, bad link — in the words the
 * page gives in `refused`, or as no failure at all when `refused` is null (the forgotten-password
 * page answers the same whether the address is known or not). Null when the CMS said yes — with
 * a session token, for pages that sign the person in (`needsSession`).
 */
export const accountFailure = ({
  result,
  t,
  rateLimited,
  refused,
  needsSession = false,
}: {
  result: CmsAuthResult
  t: ReturnType<typeof translator>
  /** The page's sentence for a rate limit, with a `{wait}`. */
  rateLimited: 'forgot.rateLimited' | 'login.rateLimited'
  refused: null | { message: string; status: number }
  needsSession?: boolean
}): AccountFailure | null => {
  if (result.kind === 'ok' && (result.token || !needsSession)) return null
  if (result.kind === 'rateLimited') {
    return {
      kind: 'rateLimited',
      message: t(rateLimited, { wait: waitText(t, result.retryAfterSeconds) }),
      status: 429,
      retryAfterSeconds: result.retryAfterSeconds,
    }
  }
  if (result.kind === 'unavailable')
    return { kind: 'unavailable', message: t('account.unavailable'), status: 503 }
  return refused && { kind: 'refused', ...refused }
}
