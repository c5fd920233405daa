const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * A link target a visitor can follow safely: http(s), mailto and tel addresses and site-relative
 * paths. Anything else (javascript:, data:, vbscript:, protocol-relative tricks) becomes null.
 */
export const safeUrl = (value: unknown): null | string => {
  if (typeof value !== 'string') return null
  // Browsers ignore control characters and whitespace inside a scheme: "java\tscript:" runs.
  // eslint-disable-next-line no-control-regex
  const url = value.trim().replace(/[\u0000-\u001F\u007F\s]+/g, '')
  if (!url) return null
  if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return url
  try {
    const parsed = new URL(url)
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null
  } catch {
    return null
  }
}
