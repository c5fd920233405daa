import { LOCALES, type Locale } from './locales'
import { isTimeZone } from './isTimeZone'
import type { SiteSettings } from './siteSettings'

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0

/** The CMS's answer to `GET /api/site-settings` when it has the expected shape; otherwise an error naming the field. */
export const parseSiteSettings = (body: unknown): SiteSettings => {
  const value = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  if (!(LOCALES as readonly unknown[]).includes(value.defaultLocale)) {
    throw new Error(`site settings: "defaultLocale" must be one of ${LOCALES.join(', ')}.`)
  }
  for (const name of ['uploadMaxBytes', 'commentEditWindowMinutes'] as const) {
    if (!isPositive(value[name])) throw new Error(`site settings: "${name}" must be a positive number.`)
  }
  if (!isTimeZone(value.shiftTimeZone)) {
    throw new Error('site settings: "shiftTimeZone" must be a time-zone name like Europe/Rome.')
  }
  return {
    defaultLocale: value.defaultLocale as Locale,
    uploadMaxBytes: value.uploadMaxBytes as number,
    commentEditWindowMinutes: value.commentEditWindowMinutes as number,
    shiftTimeZone: value.shiftTimeZone,
  }
}
