import type { Translated } from './locales'
import type { ResourceLanguage } from './resourceLanguages'

export const resourceLanguageLabels: Record<ResourceLanguage, Translated> = {
  it: { it: 'Italiano', en: 'Italian', fr: 'Italien', es: 'Italiano' },
  en: { it: 'Inglese', en: 'English', fr: 'Anglais', es: 'Inglés' },
  fr: { it: 'Francese', en: 'French', fr: 'Français', es: 'Francés' },
  es: { it: 'Spagnolo', en: 'Spanish', fr: 'Espagnol', es: 'Español' },
  other: { it: 'Altra lingua', en: 'Other language', fr: 'Autre langue', es: 'Otro idioma' },
}
