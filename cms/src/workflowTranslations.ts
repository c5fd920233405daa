import { assessmentLabels } from './contract/assessmentLabels'
import { criterionLabels } from './contract/criterionLabels'
import { LOCALES, type Locale } from './contract/locales'
import type { en } from './i18n/languages/en'

/**
 * The staged-approval plugin's texts that are RedCloud's own, per language: the `workflow`
 * namespace of the admin's language files, plus the scoring form's criteria (`criterion_<key>`)
 * and scale (`score_<n>`), the same words as the self-assessment's.
 */
export const workflowTranslations = (
  languages: Record<Locale, typeof en>,
): Record<string, Record<string, string>> =>
  Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      {
        ...languages[locale].workflow,
        ...Object.fromEntries(
          Object.entries(criterionLabels).map(([key, label]) => [`criterion_${key}`, label[locale]]),
        ),
        ...Object.fromEntries(
          Object.entries(assessmentLabels).map(([value, label]) => [`score_${value}`, label[locale]]),
        ),
      },
    ]),
  )
