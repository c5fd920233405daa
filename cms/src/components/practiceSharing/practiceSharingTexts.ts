import { LOCALES, type Locale } from '../../contract/locales'
import { en } from '../../i18n/languages/en'
import { es } from '../../i18n/languages/es'
import { fr } from '../../i18n/languages/fr'
import { it } from '../../i18n/languages/it'

const texts: Record<Locale, (typeof en)['practiceSharing']> = {
  it: it.practiceSharing,
  en: en.practiceSharing,
  fr: fr.practiceSharing,
  es: es.practiceSharing,
}

/** The `practiceSharing` texts of the admin panel's language (Italian for any other). */
export const practiceSharingTexts = (language: string): (typeof en)['practiceSharing'] =>
  texts[LOCALES.find((locale) => locale === language) ?? 'it']
