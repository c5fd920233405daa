import type { Locale } from './locales'
import type { MessageKey, translator } from './translator'

/** One formatter per language: made once, not once per count (thousands of listing pages). */
const formats = new Map<Locale, Intl.NumberFormat>()

/** "1 practice" / "5 practices": the key for one, or the key for many with {n} written as the language writes numbers. */
export const plural = (
  t: ReturnType<typeof translator>,
  n: number,
  one: MessageKey,
  many: MessageKey,
): string => {
  if (n === 1) return t(one)
  let format = formats.get(t.locale)
  if (!format) formats.set(t.locale, (format = new Intl.NumberFormat(t.locale)))
  return t(many, { n: format.format(n) })
}
