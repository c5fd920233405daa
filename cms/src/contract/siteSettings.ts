import type { Locale } from './locales'

/**
 * What the CMS's environment decides and the site must agree with, answered by the CMS's public
 * `GET /api/site-settings` (never read from the site's own environment). Nothing personal.
 */
export interface SiteSettings {
  /** Content language shown when a visitor's is missing, and the CMS's default (DEFAULT_LOCALE). */
  defaultLocale: Locale
  /** Largest upload the CMS accepts, in bytes (UPLOAD_MAX_BYTES). */
  uploadMaxBytes: number
  /** How long after writing a comment its author may still edit it (COMMENT_EDIT_WINDOW_MINUTES). */
  commentEditWindowMinutes: number
  /** The IANA time zone every shift's times are shown in, on pages, feeds and e-mails (SHIFT_TIME_ZONE). */
  shiftTimeZone: string
}
