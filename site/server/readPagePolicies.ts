import fs from 'node:fs'
import path from 'node:path'

/**
 * The Content-Security-Policy Astro computed for each prerendered page (with the hashes of the
 * scripts and styles it inlined), from the build's `_headers.json`, by page path ("/en/faq/").
 * Empty when the build has none: pages then get the site's base policy, which allows no inline script.
 */
export const readPagePolicies = ({ buildDir }: { buildDir: string }): Map<string, string> => {
  const policies = new Map<string, string>()
  let entries: unknown
  try {
    entries = JSON.parse(fs.readFileSync(path.join(buildDir, '_headers.json'), 'utf8'))
  } catch {
    return policies
  }
  if (!Array.isArray(entries)) return policies
  for (const entry of entries as { pathname?: unknown; headers?: unknown }[]) {
    if (typeof entry?.pathname !== 'string' || !Array.isArray(entry.headers)) continue
    for (const header of entry.headers as { key?: unknown; value?: unknown }[]) {
      if (String(header?.key).toLowerCase() === 'content-security-policy' && typeof header.value === 'string')
        policies.set(entry.pathname, header.value)
    }
  }
  return policies
}
