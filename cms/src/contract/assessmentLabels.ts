import type { Translated } from './locales'

/** The self-assessment's scale, from '0' (not yet) to '3' (fully), with its words. */
export const assessmentLabels: Record<'0' | '1' | '2' | '3', Translated> = {
  '0': { it: 'Non ancora', en: 'Not yet', fr: 'Pas encore', es: 'Todavía no' },
  '1': { it: 'In parte', en: 'Partly', fr: 'En partie', es: 'En parte' },
  '2': { it: 'In buona parte', en: 'Largely', fr: 'En grande partie', es: 'En gran parte' },
  '3': { it: 'Pienamente', en: 'Fully', fr: 'Pleinement', es: 'Plenamente' },
}
