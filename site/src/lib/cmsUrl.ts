/**
 * The CMS the site is built from. `CMS_URL` is where the build reaches it; `PUBLIC_CMS_URL` is
 * where a visitor's browser reaches it (media files, sign-in), the same unless a proxy sits in
 * front (docker-compose serves both on one origin).
 */
export const cmsUrl = (env: Record<string, string | undefined> = process.env): string => {
  const raw = env.CMS_URL ?? 'http://localhost:3000'
  try {
    const url = new URL(raw)
    return url.origin + url.pathname.replace(/\/+$/, '')
  } catch {
    throw new Error(`CMS_URL is not a valid address: "${raw}"`)
  }
}
