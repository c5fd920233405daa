import type { ActivityStatus } from './activityStatuses'
import type { Translated } from './locales'

export const activityStatusLabels: Record<ActivityStatus, Translated> = {
  planned: { it: 'In programma', en: 'Planned', fr: 'Prévue', es: 'Prevista' },
  ongoing: { it: 'In corso', en: 'Ongoing', fr: 'En cours', es: 'En curso' },
  completed: { it: 'Conclusa', en: 'Completed', fr: 'Terminée', es: 'Terminada' },
  paused: { it: 'Sospesa', en: 'Paused', fr: 'Suspendue', es: 'Suspendida' },
}
