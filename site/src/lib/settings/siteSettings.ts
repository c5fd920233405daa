import { cachedSiteSettings } from './cachedSiteSettings'
import { fetchSiteSettings } from './fetchSiteSettings'

/**
 * The CMS's site settings (largest upload, comment edit window, default language), read from the
 * CMS — never from the site's own environment — and kept for a minute, for the build and the
 * pages rendered on demand alike.
 */
export const siteSettings = cachedSiteSettings({ load: () => fetchSiteSettings() })
