import { LOCALES, type Locale } from '@redcloud/cms/contract'

export { LOCALES, type Locale }

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
