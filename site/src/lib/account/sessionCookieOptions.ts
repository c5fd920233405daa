import type { AstroCookieSetOptions } from 'astro'

/**
 * The session cookie's attributes, the same as the CMS sets on its own login: HttpOnly (no
 * script reads the token), SameSite=Lax, Secure unless COOKIE_INSECURE=true (plain-http local
 * setups), for the whole origin, until the token expires (`exp`, seconds since 1970).
 */
export const sessionCookieOptions = ({
  exp,
  env = process.env,
}: {
  exp?: null | number
  env?: Record<string, string | undefined>
}): AstroCookieSetOptions => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax',
  secure: env.COOKIE_INSECURE !== 'true',
  ...(typeof exp === 'number' && Number.isFinite(exp) ? { expires: new Date(exp * 1000) } : {}),
})
