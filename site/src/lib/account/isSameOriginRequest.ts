/**
 * Whether a state-changing request (sign in, sign out, password pages) comes from this site's
 * own pages, so another site cannot post a form here in the visitor's name (CSRF, and "login
 * CSRF" into an attacker's account). The browser's Sec-Fetch-Site decides when it is sent;
 * otherwise Origin must be one of `origins` (the request's own and the configured SITE_URL:
 * behind a TLS proxy the server may see http:// while the browser says https://). A request
 * with neither header is refused: every current browser sends at least one on a POST.
 */
export const isSameOriginRequest = ({
  headers,
  origins,
}: {
  headers: Headers
  origins: (string | undefined)[]
}): boolean => {
  const fetchSite = headers.get('sec-fetch-site')
  if (fetchSite) return fetchSite === 'same-origin'
  const origin = headers.get('origin')
  if (!origin || origin === 'null') return false
  return origins.some((allowed) => {
    if (!allowed) return false
    try {
      return new URL(allowed).origin === origin
    } catch {
      return false
    }
  })
}
