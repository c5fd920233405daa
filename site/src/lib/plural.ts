import type { MessageKey, translator } from './translator'

/** "1 practice" / "5 practices": the key for one, or the key for many with {n} filled. */
export const plural = (
  t: ReturnType<typeof translator>,
  n: number,
  one: MessageKey,
  many: MessageKey,
): string => (n === 1 ? t(one) : t(many, { n: new Intl.NumberFormat().format(n) }))
