import type { Criterion } from './criteria'
import type { Translated } from './locales'

export const criterionLabels: Record<Criterion, Translated> = {
  meaningfulObjectives: {
    it: 'Obiettivi significativi',
    en: 'Meaningful objectives',
    fr: 'Objectifs pertinents',
    es: 'Objetivos significativos',
  },
  measurable: {
    it: 'Misurabile con indicatori di qualità',
    en: 'Measurable by quality indicators',
    fr: 'Mesurable par des indicateurs de qualité',
    es: 'Medible con indicadores de calidad',
  },
  innovativeSolution: {
    it: 'Soluzione innovativa',
    en: 'An innovative solution',
    fr: 'Une solution innovante',
    es: 'Una solución innovadora',
  },
  preciseTargetGroup: {
    it: 'Destinatari precisi',
    en: 'A precise target group',
    fr: 'Un public cible précis',
    es: 'Un grupo destinatario preciso',
  },
  newTechnologies: {
    it: 'Uso di nuove tecnologie',
    en: 'Use of new technologies',
    fr: 'Usage de nouvelles technologies',
    es: 'Uso de nuevas tecnologías',
  },
  socialNeed: {
    it: 'Risponde a un bisogno sociale o organizzativo',
    en: 'Answers a social or organisational need',
    fr: 'Répond à un besoin social ou organisationnel',
    es: 'Responde a una necesidad social u organizativa',
  },
  valueProposition: {
    it: 'Proposta di valore innovativa',
    en: 'An innovative value proposition',
    fr: 'Une proposition de valeur innovante',
    es: 'Una propuesta de valor innovadora',
  },
  socialImpact: { it: 'Impatto sociale', en: 'Social impact', fr: 'Impact social', es: 'Impacto social' },
  strategicInterest: {
    it: 'Interesse strategico per il Movimento',
    en: 'Strategic interest for the Movement',
    fr: 'Intérêt stratégique pour le Mouvement',
    es: 'Interés estratégico para el Movimiento',
  },
}
