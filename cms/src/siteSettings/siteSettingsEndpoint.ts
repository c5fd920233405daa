import type { Endpoint } from 'payload'

import type { SiteSettings } from '../contract/siteSettings'
import { SITE_SETTINGS_PATH } from '../contract/SITE_SETTINGS_PATH'
import { settings } from '../settings'

/**
 * GET /api/site-settings: the values of the CMS's environment the public site shows or checks
 * ahead (largest upload, comment edit window, default language, the shifts' time zone), so the site keeps no copy of
 * them. Open to anyone on purpose: limits every visitor meets anyway, nothing personal or secret.
 */
export const siteSettingsEndpoint: Endpoint = {
  path: SITE_SETTINGS_PATH,
  method: 'get',
  handler: () => {
    const body: SiteSettings = {
      defaultLocale: settings.defaultLocale,
      uploadMaxBytes: settings.uploadMaxBytes,
      commentEditWindowMinutes: settings.commentEditWindowMs / 60_000,
      shiftTimeZone: settings.shiftTimeZone,
    }
    return Response.json(body, { headers: { 'Cache-Control': 'public, max-age=60' } })
  },
}
