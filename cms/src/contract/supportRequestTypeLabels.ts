import type { SupportRequestType } from './supportRequestTypes'
import type { Translated } from './locales'

export const supportRequestTypeLabels: Record<SupportRequestType, Translated> = {
  needsAnalysis: {
    it: 'Analisi dei bisogni',
    en: 'Needs analysis',
    fr: 'Analyse des besoins',
    es: 'Análisis de necesidades',
  },
  trainingPlan: {
    it: 'Piano di formazione',
    en: 'Long-term training plan',
    fr: 'Plan de formation',
    es: 'Plan de formación',
  },
  fundraising: {
    it: 'Raccolta fondi',
    en: 'Fundraising',
    fr: 'Collecte de fonds',
    es: 'Captación de fondos',
  },
  campaign: { it: 'Campagna', en: 'Campaign', fr: 'Campagne', es: 'Campaña' },
  digitalisation: { it: 'Digitalizzazione', en: 'Digitalisation', fr: 'Numérisation', es: 'Digitalización' },
  proposalDrafting: {
    it: 'Scrittura di un progetto',
    en: 'Drafting a proposal',
    fr: 'Rédaction d’un projet',
    es: 'Redacción de un proyecto',
  },
  other: { it: 'Altro', en: 'Other', fr: 'Autre', es: 'Otro' },
}
