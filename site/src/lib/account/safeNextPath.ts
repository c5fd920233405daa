const BASE = 'http://site.invalid'
const MAX_LENGTH = 2000

/**
 * Backslashes, whitespace, invisible characters and look-alike slashes: browsers read "\" as "/",
 * drop tabs and newlines, and some tools fold "／" or "⁄" into "/". A path of this site needs none.
 */
const UNSAFE_IN_PATH =
  // eslint-disable-next-line no-control-regex
  /[\\\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\u2044\u2215\u2216\u29f5\u29f8\u29f9\ufe68\uff0f\uff3c]/

/** Paths that must never be a destination: the account forms themselves and the CMS. */
const NOT_A_DESTINATION = [
  /^\/[a-z]{2}\/account\/(login|logout|forgot|reset|sso)(\/|$)/i,
  /^\/(api|admin|_next)(\/|$)/i,
]

/** Percent-decodes until nothing changes; null when malformed or encoded too many times over. */
const decodeFully = (value: string): null | string => {
  let current = value
  for (let round = 0; round < 4; round++) {
    let decoded: string
    try {
      decoded = decodeURIComponent(current)
    } catch {
      return null
    }
    if (decoded === current) return current
    current = decoded
  }
  return null
}

/** The address a browser would go to, or null when it would leave this site. */
const onSiteUrl = (value: string): null | URL => {
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return null
  }
  return url.origin === BASE && !url.pathname.startsWith('//') ? url : null
}

/**
 * Where to send someone after signing in or out, and the one check for every redirect the site
 * makes from a value it did not write itself: `next` normalised the way a browser normalises it
 * (dot segments, encodings), and only when that result is a path on this site, else `fallback`.
 * The decision is made on the normalised path (and on its fully decoded form, for the next hop),
 * so `/.//evil.example`, `/%2f%2fevil.example` or `/\evil.example` cannot become `//evil.example`.
 */
export const safeNextPath = ({ next, fallback }: { next: unknown; fallback: string }): string => {
  if (typeof next !== 'string' || next.length > MAX_LENGTH || !next.startsWith('/')) return fallback
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback
  const pathEnd = next.search(/[?#]/)
  const rawPath = pathEnd < 0 ? next : next.slice(0, pathEnd)
  const decodedPath = decodeFully(rawPath)
  if (decodedPath === null || UNSAFE_IN_PATH.test(rawPath) || UNSAFE_IN_PATH.test(decodedPath))
    return fallback

  const url = onSiteUrl(next)
  const decoded = onSiteUrl(decodedPath)
  if (!url || !decoded) return fallback
  // The browser keeps the normalised path encoded; whatever decodes it next must stay on the site too.
  const again = decodeFully(decoded.pathname)
  if (again === null || again.startsWith('//') || UNSAFE_IN_PATH.test(again)) return fallback
  if (NOT_A_DESTINATION.some((pattern) => pattern.test(again))) return fallback
  return url.pathname + url.search + url.hash
}
