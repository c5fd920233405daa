import type { Locale } from '../locales'
import { sessionUser, type SessionUser } from '../session/sessionUser'

/**
 * Who is signed in for a submission page, or where to send them to sign in first (coming back
 * to the same page afterwards).
 */
export const submissionSession = async ({
  token,
  url,
  locale,
}: {
  token: string | undefined
  url: URL
  locale: Locale
}): Promise<{ redirect: string } | { token: string; user: SessionUser }> => {
  const user = token ? await sessionUser({ token }) : null
  if (!user || !token) {
    return { redirect: `/${locale}/account/login/?next=${encodeURIComponent(url.pathname + url.search)}` }
  }
  return { token, user }
}
