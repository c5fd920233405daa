import type { Locale } from './locales'

/** A file size in kB or MB, written the way that language writes numbers. */
export const formatFileSize = (bytes: number, locale: Locale): string => {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  return bytes >= 1024 * 1024
    ? `${number.format(bytes / 1024 / 1024)} MB`
    : `${number.format(Math.max(1, bytes / 1024))} kB`
}
