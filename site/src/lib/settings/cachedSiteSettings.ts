import type { SiteSettings } from '@redcloud/cms/contract'

/**
 * `load`, asked at most once per `ttlMs` (concurrent callers share one request). When asking
 * again fails, the last answer stays in use; with no answer yet, the failure is thrown.
 */
export const cachedSiteSettings = ({
  load,
  ttlMs = 60_000,
  now = Date.now,
}: {
  load: () => Promise<SiteSettings>
  ttlMs?: number
  now?: () => number
}): (() => Promise<SiteSettings>) => {
  let last: null | { at: number; settings: SiteSettings } = null
  let pending: null | Promise<SiteSettings> = null
  return () => {
    if (last && now() - last.at < ttlMs) return Promise.resolve(last.settings)
    pending ??= load()
      .then((settings) => {
        last = { at: now(), settings }
        return settings
      })
      .catch((error: unknown) => {
        if (last) return last.settings
        throw error
      })
      .finally(() => {
        pending = null
      })
    return pending
  }
}
