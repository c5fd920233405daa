const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * A link target the editor's link drawer produces and a browser follows safely: http(s),
 * mailto and tel addresses, or a relative address (no scheme, not protocol-relative).
 * Whitespace and control characters are refused outright: browsers drop them inside a scheme,
 * so "java\tscript:" runs.
 */
export const isSafeLinkUrl = (url: unknown): boolean => {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return false
  if (
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u0020\u007F-\u009F\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/.test(url)
  ) {
    return false
  }
  if (/^[/\\]{2}|^\/\\/.test(url)) return false
  const scheme = /^([^/?#]*?):/.exec(url)
  if (!scheme) return true
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol)
  } catch {
    return false
  }
}
