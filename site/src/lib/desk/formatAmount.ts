import type { Locale } from '../locales'

/** A call's amount range in its currency, e.g. "da 5.000 € a 50.000 €"; '' when none is given. */
export const formatAmount = ({
  min,
  max,
  currency,
  locale,
  t,
}: {
  min: null | number
  max: null | number
  currency: string
  locale: Locale
  t: (key: 'desk.amountFrom' | 'desk.amountRange' | 'desk.amountUpTo', vars: Record<string, string>) => string
}): string => {
  let format: (value: number) => string
  try {
    const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })
    format = (value) => formatter.format(value)
  } catch {
    format = (value) => `${new Intl.NumberFormat(locale).format(value)} ${currency}`
  }
  if (min !== null && max !== null)
    return min === max ? format(max) : t('desk.amountRange', { min: format(min), max: format(max) })
  if (max !== null) return t('desk.amountUpTo', { max: format(max) })
  if (min !== null) return t('desk.amountFrom', { min: format(min) })
  return ''
}
