import { interpolate } from '../contract/interpolate'
import type { Locale } from '../contract/locales'
import { translated } from '../i18n/translated'

type Key = Parameters<typeof translated>[0]

/** A `practiceSharing` text in one language, placeholders filled. */
export const notificationText = (
  locale: Locale,
  key: Key,
  vars: Record<string, number | string> = {},
): string => interpolate(translated(key)[locale], vars)
