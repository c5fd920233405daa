import { en } from './languages/en'
import { es } from './languages/es'
import { fr } from './languages/fr'
import { it } from './languages/it'

/** The plugin's own texts, by language, as Payload's `i18n.translations` take them. */
export const translations = { it, en, fr, es }
