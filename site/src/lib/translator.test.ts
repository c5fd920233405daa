import { describe, expect, it } from 'vitest'

import en from '../i18n/en.json'
import impactEn from '../i18n/impact/en.json'
import participationEn from '../i18n/participation/en.json'
import sharingEn from '../i18n/sharing/en.json'
import servicesEn from '../i18n/services/en.json'
import replicationsEn from '../i18n/replications/en.json'
import hubEn from '../i18n/hub/en.json'
import submissionEn from '../i18n/submission/en.json'
import { LOCALES } from './locales'
import { translator, type MessageKey } from './translator'

const keys = Object.keys({
  ...en,
  ...participationEn,
  ...submissionEn,
  ...impactEn,
  ...sharingEn,
  ...servicesEn,
  ...replicationsEn,
  ...hubEn,
}) as MessageKey[]

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('it')('catalogue.count', { n: 3 })).toBe('3 pratiche')
    expect(translator('fr')('pagination.page', { n: 2, total: 5 })).toBe('Page 2 sur 5')
  })

  it.each(LOCALES)('has every text in %s, with the same placeholders as in English', async (locale) => {
    const t = translator(locale)
    const english = translator('en')
    for (const key of keys) {
      const text = t(key)
      expect(text, key).toBeTruthy()
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(placeholders(text), key).toEqual(placeholders(english(key)))
    }
    const own = {
      ...(await import(`../i18n/${locale}.json`)).default,
      ...(await import(`../i18n/participation/${locale}.json`)).default,
      ...(await import(`../i18n/submission/${locale}.json`)).default,
      ...(await import(`../i18n/services/${locale}.json`)).default,
      ...(await import(`../i18n/impact/${locale}.json`)).default,
      ...(await import(`../i18n/sharing/${locale}.json`)).default,
      ...(await import(`../i18n/replications/${locale}.json`)).default,
      ...(await import(`../i18n/hub/${locale}.json`)).default,
    }
    expect(Object.keys(own).sort()).toEqual([...keys].sort())
  })
})
