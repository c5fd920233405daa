import type { SupportUrgency } from './supportUrgencies'
import type { Translated } from './locales'

export const supportUrgencyLabels: Record<SupportUrgency, Translated> = {
  low: { it: 'Bassa', en: 'Low', fr: 'Faible', es: 'Baja' },
  normal: { it: 'Normale', en: 'Normal', fr: 'Normale', es: 'Normal' },
  high: { it: 'Alta', en: 'High', fr: 'Élevée', es: 'Alta' },
}
