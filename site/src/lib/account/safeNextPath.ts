/**
 * Where to send someone after signing in: `next` only when it is a path on this site (so a link
 * like `?next=https://evil.example` or `//evil.example` cannot turn the sign-in page into an
 * open redirect), else `fallback`. Account pages themselves are never a destination.
 */
export const safeNextPath = ({ next, fallback }: { next: unknown; fallback: string }): string => {
  if (typeof next !== 'string' || next.length > 2000) return fallback
  // Browsers read "\" as "/" and drop tabs and newlines: "/\evil.example" would leave the site.
  const hasControl = [...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\') || hasControl) {
    return fallback
  }
  const base = 'http://site.invalid'
  let url: URL
  try {
    url = new URL(next, base)
  } catch {
    return fallback
  }
  if (url.origin !== base) return fallback
  if (/^\/[a-z]{2}\/account\/(login|logout|forgot|reset)\//.test(url.pathname)) return fallback
  if (/^\/(api|admin|_next)(\/|$)/.test(url.pathname)) return fallback
  return url.pathname + url.search + url.hash
}
