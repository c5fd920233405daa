import en from '../i18n/en.json'
import es from '../i18n/es.json'
import fr from '../i18n/fr.json'
import it from '../i18n/it.json'
import impactEn from '../i18n/impact/en.json'
import impactEs from '../i18n/impact/es.json'
import impactFr from '../i18n/impact/fr.json'
import impactIt from '../i18n/impact/it.json'
import participationEn from '../i18n/participation/en.json'
import participationEs from '../i18n/participation/es.json'
import participationFr from '../i18n/participation/fr.json'
import participationIt from '../i18n/participation/it.json'
import sharingEn from '../i18n/sharing/en.json'
import sharingEs from '../i18n/sharing/es.json'
import sharingFr from '../i18n/sharing/fr.json'
import sharingIt from '../i18n/sharing/it.json'
import servicesEn from '../i18n/services/en.json'
import servicesEs from '../i18n/services/es.json'
import servicesFr from '../i18n/services/fr.json'
import servicesIt from '../i18n/services/it.json'
import replicationsEn from '../i18n/replications/en.json'
import hubEn from '../i18n/hub/en.json'
import volunteerEn from '../i18n/volunteer/en.json'
import replicationsEs from '../i18n/replications/es.json'
import hubEs from '../i18n/hub/es.json'
import volunteerEs from '../i18n/volunteer/es.json'
import replicationsFr from '../i18n/replications/fr.json'
import hubFr from '../i18n/hub/fr.json'
import volunteerFr from '../i18n/volunteer/fr.json'
import replicationsIt from '../i18n/replications/it.json'
import deskEn from '../i18n/desk/en.json'
import deskEs from '../i18n/desk/es.json'
import deskFr from '../i18n/desk/fr.json'
import deskIt from '../i18n/desk/it.json'
import deskSupportEn from '../i18n/deskSupport/en.json'
import deskSupportEs from '../i18n/deskSupport/es.json'
import deskSupportFr from '../i18n/deskSupport/fr.json'
import deskSupportIt from '../i18n/deskSupport/it.json'
import hubIt from '../i18n/hub/it.json'
import volunteerIt from '../i18n/volunteer/it.json'
import submissionEn from '../i18n/submission/en.json'
import submissionEs from '../i18n/submission/es.json'
import submissionFr from '../i18n/submission/fr.json'
import submissionIt from '../i18n/submission/it.json'

import { interpolate } from '@redcloud/cms/contract'
import type { Locale } from './locales'

/** UI texts: the core site's, signing in and taking part (comments, likes), the submission form, impact, adapting and contacting, the map and unit pages, replications, the Development Desk. */
const MESSAGES = {
  it: {
    ...it,
    ...participationIt,
    ...submissionIt,
    ...impactIt,
    ...sharingIt,
    ...servicesIt,
    ...replicationsIt,
    ...deskIt,
    ...deskSupportIt,
    ...hubIt,
    ...volunteerIt,
  },
  en: {
    ...en,
    ...participationEn,
    ...submissionEn,
    ...impactEn,
    ...sharingEn,
    ...servicesEn,
    ...replicationsEn,
    ...deskEn,
    ...deskSupportEn,
    ...hubEn,
    ...volunteerEn,
  },
  fr: {
    ...fr,
    ...participationFr,
    ...submissionFr,
    ...impactFr,
    ...sharingFr,
    ...servicesFr,
    ...replicationsFr,
    ...deskFr,
    ...deskSupportFr,
    ...hubFr,
    ...volunteerFr,
  },
  es: {
    ...es,
    ...participationEs,
    ...submissionEs,
    ...impactEs,
    ...sharingEs,
    ...servicesEs,
    ...replicationsEs,
    ...deskEs,
    ...deskSupportEs,
    ...hubEs,
    ...volunteerEs,
  },
}

export type MessageKey = keyof (typeof MESSAGES)['en']

/** The UI text `key` in `locale`, with `{name}` placeholders filled from `vars`; `.locale` says which. */
export const translator = (locale: Locale) =>
  Object.assign(
    (key: MessageKey, vars: Record<string, number | string> = {}): string =>
      interpolate((MESSAGES[locale] as Record<MessageKey, string>)[key] ?? MESSAGES.en[key], vars),
    { locale },
  )
