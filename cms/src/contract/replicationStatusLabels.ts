import type { ReplicationStatus } from './replicationStatuses'
import type { Translated } from './locales'

export const replicationStatusLabels: Record<ReplicationStatus, Translated> = {
  planned: { it: 'In programma', en: 'Planned', fr: 'Prévue', es: 'Prevista' },
  started: { it: 'Avviata', en: 'Started', fr: 'Commencée', es: 'Iniciada' },
  running: { it: 'In corso', en: 'Running', fr: 'En cours', es: 'En curso' },
  completed: { it: 'Conclusa', en: 'Completed', fr: 'Terminée', es: 'Terminada' },
  stopped: { it: 'Interrotta', en: 'Stopped', fr: 'Arrêtée', es: 'Interrumpida' },
}
